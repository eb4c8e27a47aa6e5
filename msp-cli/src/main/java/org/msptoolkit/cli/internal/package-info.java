/**
 * Internals of the {@code msp} command. Any usage by external parties is not supported.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.cli.internal;
