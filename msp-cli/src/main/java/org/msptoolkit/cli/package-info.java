/**
 * The {@code msp} command line; {@link org.msptoolkit.cli.Msp} is its entry point.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.cli;
