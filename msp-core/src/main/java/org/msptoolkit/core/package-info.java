/**
 * Root of the msp-toolkit domain model.
 *
 * <h2>Contents</h2>
 * <ul>
 *   <li>{@link org.msptoolkit.core.MspException}: the root of every domain failure.</li>
 *   <li>{@code org.msptoolkit.core.model}: stakeholders, participants and the
 *       {@link org.msptoolkit.core.model.MspProcess} with its meetings, decisions, commitments,
 *       documents, funding and links to other processes.</li>
 *   <li>{@code org.msptoolkit.core.taxonomy}: stakeholder groups (Agenda 21 Major Groups and more),
 *       sectors (the 17 SDGs and free codes), levels, countries, roles, phases and process types.</li>
 *   <li>{@code org.msptoolkit.core.validation}: {@link org.msptoolkit.core.validation.Problem}s with
 *       model paths, collected all at once by {@link org.msptoolkit.core.validation.ModelValidator}.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.core;
