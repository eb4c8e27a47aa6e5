package org.msptoolkit.core.model;

/**
 * A typed identifier of something in an MSP: a process, stakeholder, participant, meeting, decision,
 * commitment, document, contribution or consultation. Ids are unique within their kind inside one
 * process (processes are unique within a corpus) and are what references in the model point to.
 *
 * <p>An id is a non-blank string of at most 256 characters with no leading or trailing white space
 * and no control characters.
 */
public interface ModelId {
    /**
     * The id as written in files.
     *
     * @return the id text, never blank
     */
    String value();
}
