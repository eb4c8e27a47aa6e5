/**
 * Taxonomies that describe who takes part in a multi-stakeholder process and what it is about,
 * kept as data and open to extension by code.
 *
 * <h2>Contents</h2>
 * <ul>
 *   <li>{@link org.msptoolkit.core.taxonomy.StakeholderGroup}: the nine Agenda 21 Major Groups,
 *       governments, intergovernmental organisations, and any "other stakeholders" a user adds.</li>
 *   <li>{@link org.msptoolkit.core.taxonomy.Sector}: issue areas; the 17 SDGs built in, free codes allowed.</li>
 *   <li>{@link org.msptoolkit.core.taxonomy.Level}: local to international, ordered.</li>
 *   <li>{@link org.msptoolkit.core.taxonomy.Country}: ISO 3166-1 alpha-2 codes, validated.</li>
 *   <li>{@link org.msptoolkit.core.taxonomy.Role}, {@link org.msptoolkit.core.taxonomy.Phase},
 *       {@link org.msptoolkit.core.taxonomy.ProcessType}: participant roles, Hemmati's design phases
 *       and the kinds of MSP.</li>
 * </ul>
 * Every value has a stable lower-case {@code code()} used in files.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.core.taxonomy;
