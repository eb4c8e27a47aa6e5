/**
 * Internal: the built-in rule kinds, registered as {@link org.msptoolkit.governance.spi.RuleKind} services.
 * Any usage by external parties is not supported; use their ids in charters.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance.internal.rules;
