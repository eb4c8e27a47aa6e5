/**
 * The service-provider interface for third-party indicators:
 * {@link org.msptoolkit.indicators.spi.IndicatorProvider}. Contracts only; implementations live with
 * their authors (the built-in provider is internal).
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.spi;
