/**
 * Seat apportionment among stakeholder groups by constituency size (D'Hondt, Sainte-Laguë, largest
 * remainder), with optional minimum and maximum seats and disproportionality indices.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance.seats;
