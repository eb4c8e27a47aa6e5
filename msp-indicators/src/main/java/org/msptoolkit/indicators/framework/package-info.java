/**
 * Frameworks: named, versioned sets of indicators grouped by principle or dimension.
 *
 * <h2>Contents</h2>
 * <ul>
 *   <li>{@link org.msptoolkit.indicators.framework.Framework} and
 *       {@link org.msptoolkit.indicators.framework.FrameworkGroup}.</li>
 *   <li>{@link org.msptoolkit.indicators.framework.Frameworks}: the built-in {@code hemmati-2002} and
 *       {@code oecd-2021}.</li>
 *   <li>{@link org.msptoolkit.indicators.framework.FrameworkCodec}: to and from plain trees (maps and lists),
 *       reporting every problem with its location.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.indicators.framework;
