/**
 * The {@code msp} command line; {@link org.msptoolkit.cli.Msp} is its entry point.
 */
package org.msptoolkit.cli;
