/**
 * The model of a multi-stakeholder process: the {@link org.msptoolkit.core.model.MspProcess} and its
 * stakeholders, participants, meetings, contributions, consultations, decisions, commitments, documents,
 * funding and links to other processes. All values are immutable.
 *
 * <h2>Builders</h2>
 * The process is made with its builder, and so is every entity that will grow (stakeholders, participants,
 * meetings, contributions, consultations, decisions, commitments, documents, funding): {@code builder(...)} takes
 * the required values (a plain {@code of(...)} factory does the simple case), rather than a canonical constructor
 * that grows with the record; {@code toBuilder()} starts a changed copy, and {@code build()} runs the
 * constructor's checks.
 * <p>
 * Every builder of the model follows one convention: a method taking several values (varargs or a
 * collection) <em>adds</em> them to those already held, in order (for sets: in first-seen order, without
 * repeats); a method taking one value sets it. Nothing is replaced by a method of the same name: to replace a
 * list in a copy made with {@code toBuilder()}, clear it first ({@code clearMeetings()}, …).
 */
@org.jspecify.annotations.NullMarked
package org.msptoolkit.core.model;
