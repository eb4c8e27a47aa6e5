package org.msptoolkit.io.internal;

/** Turns msp-core model paths such as {@code participants[3].stakeholder} into JSON pointers. Internal. */
public final class ModelPaths {
    private ModelPaths() {}

    /**
     * The JSON pointer of a model path: {@code participants[3].stakeholder} gives
     * {@code /participants/3/stakeholder}; {@code decisions[0].tally.options[yes]} gives
     * {@code /decisions/0/tally/options/yes}.
     *
     * @param path the model path
     * @return the pointer; {@code ""} for the whole process
     */
    public static String toPointer(String path) {
        StringBuilder out = new StringBuilder();
        StringBuilder token = new StringBuilder();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(out, token);
                i++;
            } else if (c == '[') {
                flush(out, token);
                int depth = 1;
                int j = i + 1;
                while (j < path.length() && depth > 0) {
                    char d = path.charAt(j);
                    if (d == '[') {
                        depth++;
                    } else if (d == ']') {
                        depth--;
                    }
                    if (depth > 0) {
                        token.append(d);
                    }
                    j++;
                }
                flush(out, token);
                i = j;
            } else {
                token.append(c);
                i++;
            }
        }
        flush(out, token);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder token) {
        if (token.length() > 0) {
            out.append('/').append(token.toString().replace("~", "~0").replace("/", "~1"));
            token.setLength(0);
        }
    }
}
