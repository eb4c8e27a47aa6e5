/**
 * The compatibility kit for {@link org.msptoolkit.indicators.spi.IndicatorProvider} implementations:
 * {@link org.msptoolkit.indicators.tck.IndicatorProviderCompatibilityKit}.
 */
package org.msptoolkit.indicators.tck;
