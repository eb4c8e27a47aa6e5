/**
 * Internals of the {@code msp} command. Any usage by external parties is not supported.
 */
package org.msptoolkit.cli.internal;
