package org.msptoolkit.store;

/**
 * What a put says about itself: the revision it was based on, who makes it and why.
 *
 * @param basedOn the head revision the put was based on; 0 to create a new process
 * @param author who stores it (a name or account, not blank)
 * @param message why, in a short message (at most 4,000 characters)
 * @since 0.2.0
 */
public record Change(int basedOn, String author, String message) {

    /** Checks the components. */
    public Change {
        if (basedOn < 0) {
            throw new IllegalArgumentException("a put is based on revision 0 (new) or higher, got " + basedOn);
        }
        if (author.isBlank() || author.length() > 200) {
            throw new IllegalArgumentException("the author of a put must be 1 to 200 characters");
        }
        if (message.length() > 4000) {
            throw new IllegalArgumentException("the message of a put must be at most 4,000 characters");
        }
    }

    /**
     * A put that creates a new process.
     *
     * @param author who stores it
     * @param message why
     * @return the change, based on revision 0
     */
    public static Change create(String author, String message) {
        return new Change(0, author, message);
    }

    /**
     * A put that revises a process whose head revision was {@code revision} when it was read.
     *
     * @param revision the head revision it was based on
     * @param author who stores it
     * @param message why
     * @return the change
     */
    public static Change basedOn(int revision, String author, String message) {
        return new Change(revision, author, message);
    }

    @Override
    public String toString() {
        return "change based on " + basedOn + " by " + author + ": " + message;
    }
}
