/**
 * The subcommands of {@code msp}, one class each. Internal: any usage by external parties is not
 * supported; run them through {@link org.msptoolkit.cli.Msp}.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.cli.internal.command;
