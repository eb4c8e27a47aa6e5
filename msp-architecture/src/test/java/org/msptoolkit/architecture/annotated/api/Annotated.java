package org.msptoolkit.architecture.annotated.api;

import org.msptoolkit.architecture.annotated.marks.Note;
import org.msptoolkit.architecture.annotated.marks.Rule;

/** Fixture: a public class of an exported package whose signatures name no type of the annotations' module. */
public final class Annotated {
    @Rule
    @Note
    public int checked(@Rule int value) {
        return value;
    }
}
