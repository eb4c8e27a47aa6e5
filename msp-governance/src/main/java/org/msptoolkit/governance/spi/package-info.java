/**
 * Service-provider interface for rule kinds: how an institution adds its own kind of charter rule
 * ({@link org.msptoolkit.governance.spi.RuleKind}), declares its parameters
 * ({@link org.msptoolkit.governance.spi.ParameterSpec}) and reads them
 * ({@link org.msptoolkit.governance.spi.RuleParameters}).
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance.spi;
