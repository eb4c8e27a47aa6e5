/**
 * Internal: the Popolo importer (EveryPolitician-style Popolo JSON exports: persons, organizations,
 * memberships, events, vote events). Provided through the {@link org.msptoolkit.imports.Importer} SPI.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.imports.internal.popolo;
