/**
 * Decision procedures that compute an outcome from positions or ballots and explain it: ISO consensus,
 * unanimity, majorities with quorum, and chamber-weighted voting such as the FSC General Assembly's.
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.governance.decision;
