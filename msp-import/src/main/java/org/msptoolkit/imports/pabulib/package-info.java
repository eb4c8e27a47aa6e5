/**
 * Pabulib participatory-budgeting elections: {@link org.msptoolkit.imports.pabulib.Pabulib#verify}
 * recomputes the winners with the file's {@code rule} and compares them with the published
 * {@code selected} projects ({@link org.msptoolkit.imports.pabulib.PabulibVerification}).
 *
 * @since 0.2.0
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports.pabulib;
