package org.msptoolkit.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.msptoolkit.core.internal.Checks;
import org.msptoolkit.core.taxonomy.DocumentKind;

/**
 * A document produced in or for a process (agenda, minutes, position paper, report…), and whether
 * and when it was made public: the basis of transparency measures such as publication delay.
 * Build new values with {@link #builder(String, DocumentKind, String, String)} (or {@link #of} for the plain case) rather than the
 * canonical constructor, which grows with the record.
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
        return new Document(
                DocumentId.of(id),
                kind,
                title,
                Dates.parse(produced, "document produced"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy made public on that day.
     *
     * @param value ISO date
     * @return a copy made public on that day
     */
    public Document publishedOn(String value) {
        return new Document(
                id, kind, title, produced, Optional.of(Dates.parse(value, "document published")), meeting, link);
    }

    /**
     * Returns a copy belonging to that meeting.
     *
     * @param value meeting id
     * @return a copy belonging to that meeting
     */
    public Document forMeeting(String value) {
        return new Document(id, kind, title, produced, published, Optional.of(MeetingId.of(value)), link);
    }

    /**
     * Returns a copy with that link.
     *
     * @param value URL or archive reference
     * @return a copy with that link
     */
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

    /**
     * Starts a document with its required values; as {@link #of(String, DocumentKind, String, String)},
     * unpublished, with no meeting or link.
     *
     * @param id unique id
     * @param kind kind of document
     * @param title its title
     * @param produced ISO date it was finished
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String id, DocumentKind kind, String title, String produced) {
        return new Builder(of(id, kind, title, produced));
    }

    /**
     * Returns a builder holding all of this document's values, to make a changed copy.
     *
     * @return a builder holding all of this document's values, to make a changed copy
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the values of a document: one method per component, each setting it. Not thread-safe; each
     * {@link #build()} returns a new immutable document.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final DocumentId id;
        private DocumentKind kind;
        private String title;
        private LocalDate produced;
        private Optional<LocalDate> published;
        private Optional<MeetingId> meeting;
        private Optional<String> link;

        private Builder(Document d) {
            id = d.id;
            kind = d.kind;
            title = d.title;
            produced = d.produced;
            published = d.published;
            meeting = d.meeting;
            link = d.link;
        }

        /**
         * Returns this builder.
         *
         * @param value what kind of document it is
         * @return this builder
         */
        public Builder kind(DocumentKind value) {
            kind = Checks.notNull(value, "document kind");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value its title
         * @return this builder
         */
        public Builder title(String value) {
            title = Checks.notNull(value, "document title");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value the day it was finished
         * @return this builder
         */
        public Builder produced(LocalDate value) {
            produced = Checks.notNull(value, "document produced");
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date it was finished
         * @return this builder
         */
        public Builder produced(String value) {
            return produced(Dates.parse(value, "document produced"));
        }

        /**
         * Returns this builder.
         *
         * @param value the day it was made public
         * @return this builder
         */
        public Builder published(LocalDate value) {
            published = Optional.of(Checks.notNull(value, "document published"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value ISO date it was made public
         * @return this builder
         */
        public Builder published(String value) {
            return published(Dates.parse(value, "document published"));
        }

        /**
         * Returns this builder.
         *
         * @param value the meeting it belongs to
         * @return this builder
         */
        public Builder meeting(MeetingId value) {
            meeting = Optional.of(Checks.notNull(value, "document meeting"));
            return this;
        }

        /**
         * Returns this builder.
         *
         * @param value id of the meeting it belongs to
         * @return this builder
         */
        public Builder meeting(String value) {
            return meeting(MeetingId.of(value));
        }

        /**
         * Returns this builder.
         *
         * @param value where it can be found (a URL or archive reference)
         * @return this builder
         */
        public Builder link(String value) {
            link = Optional.of(Checks.notNull(value, "document link"));
            return this;
        }

        /**
         * Returns a new immutable document.
         *
         * @return a new immutable document
         */
        public Document build() {
            return new Document(id, kind, title, produced, published, meeting, link);
        }
    }
}
