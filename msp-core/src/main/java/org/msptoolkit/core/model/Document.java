package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.DocumentKind;

/**
 * A document produced in or for a process (agenda, minutes, position paper, report…), and whether
 * and when it was made public: the basis of transparency measures such as publication delay.
 *
 * @param id unique within the process
 * @param kind what kind of document it is
 * @param title its title
 * @param produced the day it was finished
 * @param published the day it was made public, empty if it was not published
 * @param meeting the meeting it belongs to, if any
 * @param link where it can be found (a URL or archive reference), if known
 */
public record Document(
        DocumentId id,
        DocumentKind kind,
        @NotBlank String title,
        LocalDate produced,
        Optional<LocalDate> published,
        Optional<MeetingId> meeting,
        Optional<String> link) {

    /** Checks that no component is {@code null}. */
    public Document {
        Checks.notNull(id, "document id");
        Checks.notNull(kind, "document kind");
        Checks.notNull(title, "document title");
        Checks.notNull(produced, "document produced");
        Checks.optional(published, "document published");
        Checks.optional(meeting, "document meeting");
        Checks.optional(link, "document link");
    }

    /**
     * An unpublished document.
     *
     * @param id unique id
     * @param kind kind of document
     * @param title its title
     * @param produced ISO date
     * @return the document
     */
    public static Document of(String id, DocumentKind kind, String title, String produced) {
        return new Document(DocumentId.of(id), kind, title, Dates.parse(produced, "document produced"),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @param value ISO date @return a copy made public on that day */
    public Document publishedOn(String value) {
        return new Document(id, kind, title, produced, Optional.of(Dates.parse(value, "document published")), meeting,
                link);
    }

    /** @param value meeting id @return a copy belonging to that meeting */
    public Document forMeeting(String value) {
        return new Document(id, kind, title, produced, published, Optional.of(MeetingId.of(value)), link);
    }

    /** @param value URL or archive reference @return a copy with that link */
    public Document withLink(String value) {
        return new Document(id, kind, title, produced, published, meeting, Optional.of(value));
    }

    /**
     * Whether the document was made public.
     *
     * @return {@code true} if it has a publication date
     */
    public boolean isPublished() {
        return published.isPresent();
    }
}
