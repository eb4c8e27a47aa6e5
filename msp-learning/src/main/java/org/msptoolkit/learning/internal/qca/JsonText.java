package org.msptoolkit.learning.internal.qca;

/** A tiny streaming JSON writer (no dependency), enough for QCA results. */
public final class JsonText {
    private final StringBuilder sb = new StringBuilder();
    private boolean needComma;

    /** @return this writer, after opening an object */
    public JsonText beginObject() {
        comma();
        sb.append('{');
        needComma = false;
        return this;
    }

    /** @return this writer, after closing an object */
    public JsonText endObject() {
        sb.append('}');
        needComma = true;
        return this;
    }

    /** @return this writer, after opening an array */
    public JsonText beginArray() {
        comma();
        sb.append('[');
        needComma = false;
        return this;
    }

    /** @return this writer, after closing an array */
    public JsonText endArray() {
        sb.append(']');
        needComma = true;
        return this;
    }

    /**
     * @param name field name
     * @return this writer
     */
    public JsonText field(String name) {
        comma();
        string(name);
        sb.append(':');
        needComma = false;
        return this;
    }

    /**
     * @param s a string value
     * @return this writer
     */
    public JsonText value(String s) {
        comma();
        string(s);
        needComma = true;
        return this;
    }

    /**
     * @param d a number (NaN is written as null)
     * @return this writer
     */
    public JsonText value(double d) {
        comma();
        sb.append(Double.isFinite(d) ? Double.toString(d) : "null");
        needComma = true;
        return this;
    }

    /**
     * @param b a boolean
     * @return this writer
     */
    public JsonText value(boolean b) {
        comma();
        sb.append(b);
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) {
            sb.append(',');
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** @return the JSON text */
    @Override
    public String toString() {
        return sb.toString();
    }
}
