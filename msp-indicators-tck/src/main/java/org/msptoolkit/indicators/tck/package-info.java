/**
 * The compatibility kit for {@link org.msptoolkit.indicators.spi.IndicatorProvider} implementations:
 * {@link org.msptoolkit.indicators.tck.IndicatorProviderCompatibilityKit}.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.tck;
