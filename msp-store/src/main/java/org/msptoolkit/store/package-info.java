/**
 * The hub: a store of MSP processes, embedded ({@link org.msptoolkit.store.Hub#open(java.nio.file.Path)},
 * an H2 file) or on a PostgreSQL server ({@link org.msptoolkit.store.Hub#connect(javax.sql.DataSource)}).
 *
 * <p>Every {@link org.msptoolkit.store.Hub#put put} is a new {@link org.msptoolkit.store.Revision}; nothing
 * is overwritten. A put names the revision it was based on; a stale put fails with a
 * {@link org.msptoolkit.store.HubConflictException} naming both revisions. {@link
 * org.msptoolkit.store.HubQuery} finds processes by stakeholder group, sector, level, country, date range
 * and text, one stable {@link org.msptoolkit.store.HubPage} at a time.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.store;
