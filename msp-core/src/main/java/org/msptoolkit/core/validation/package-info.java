/**
 * Validation of the MSP model that reports every problem at once, each with its location.
 *
 * <h2>Contents</h2>
 * <ul>
 *   <li>{@link org.msptoolkit.core.validation.Problem}: one problem, with a location such as
 *       {@code participants[3].stakeholder}, a stable code and a plain message. Reused by governance
 *       (rule problems) and io (file:line:column, JSON pointers).</li>
 *   <li>{@link org.msptoolkit.core.validation.ValidationReport}: all problems of one check.</li>
 *   <li>{@link org.msptoolkit.core.validation.ModelValidator}: Jakarta Validation constraints plus the
 *       checks annotations cannot express (references resolve, ids unique, dates in order).</li>
 *   <li>{@link org.msptoolkit.core.validation.InvalidModelException}: thrown by
 *       {@link org.msptoolkit.core.validation.ValidationReport#orThrow()}.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.core.validation;
