/**
 * A stand-in third party's indicators, offered to msp-toolkit through the indicator SPI.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.it.acme;
