/**
 * The built-in indicators, registered through
 * {@link org.msptoolkit.indicators.internal.builtin.BuiltinIndicatorProvider}. Their ids, formulas and
 * sources are public in {@link org.msptoolkit.indicators.BuiltinIndicators}.
 * <strong>Internal: any usage by external parties is not supported.</strong>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.internal.builtin;
