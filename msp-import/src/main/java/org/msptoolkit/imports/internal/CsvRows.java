package org.msptoolkit.imports.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV file, one at a time, read with jackson-dataformat-csv's streaming parser (each
 * row as an array of strings) from strict UTF-8, so memory holds one row. Each row knows the line
 * it started on. A malformed row or a byte that is not UTF-8 ends the reading with a
 * {@link CsvException} that names the line and column.
 */
public final class CsvRows implements AutoCloseable {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private final JsonParser parser;
    private final String file;
    private final List<String> row = new ArrayList<>();
    private long line;

    private CsvRows(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /**
     * Opens a file.
     *
     * @param path the file
     * @param separator the column separator, e.g. {@code ';'}
     * @return the rows
     * @throws IOException when the file cannot be opened
     */
    public static CsvRows open(Path path, char separator) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(Files.newInputStream(path), utf8);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try {
            return new CsvRows(MAPPER.reader(schema).createParser(reader), path.toString());
        } catch (JacksonException e) {
            reader.close();
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    /**
     * Moves to the next row.
     *
     * @return {@code false} at the end of the file
     * @throws CsvException when the row is malformed or not UTF-8
     */
    public boolean next() {
        row.clear();
        long previous = line;
        try {
            JsonToken t = parser.nextToken();
            while (t != null && t != JsonToken.START_ARRAY) {
                t = parser.nextToken();
            }
            if (t == null) {
                return false;
            }
            t = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            while (t != null && t != JsonToken.END_ARRAY) {
                row.add(parser.getString() == null ? "" : parser.getString());
                t = parser.nextToken();
            }
            if (row.isEmpty()) {
                row.add("");
            }
            return true;
        } catch (JacksonException e) {
            var at = parser.currentLocation();
            Throwable cause = e.getCause();
            String why = cause instanceof java.nio.charset.CharacterCodingException
                    ? "the file is not UTF-8 text (a byte sequence that is not UTF-8)"
                    : e.getOriginalMessage();
            String msg = why == null ? "malformed CSV" : why;
            if (msg.contains("closing quote")) {
                // found at the end of the file; the value opened on the line after the last good row
                throw new CsvException(
                        file + ":" + (previous + 1),
                        "a quoted value starts on this line and is never closed (" + msg + ")");
            }
            throw new CsvException(file + ":" + Math.max(1, at.getLineNr()) + ":" + Math.max(1, at.getColumnNr()), msg);
        }
    }

    /**
     * Returns the current row's values; an empty line is one empty value.
     *
     * @return the current row's values (a view, changed by {@link #next()})
     */
    public List<String> row() {
        return row;
    }

    /**
     * Returns the line the current row starts on, counting from 1.
     *
     * @return the line the current row starts on, counting from 1
     */
    public long line() {
        return line;
    }

    /**
     * Returns the location of a column of the current row, as {@code file:line:column-name}.
     *
     * @param column the column's name, e.g. {@code "cost"}
     * @return e.g. {@code "x.pb:12: cost"}
     */
    public String at(@Nullable String column) {
        return file + ":" + line + (column == null ? "" : " (" + column + ")");
    }

    /** Closes the file. */
    @Override
    public void close() {
        parser.close();
    }

    /** A row that cannot be read, with where it is. */
    public static final class CsvException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The location, {@code file:line:column}. */
        private final String location;

        CsvException(String location, String message) {
            super(message);
            this.location = location;
        }

        /**
         * Returns the location, {@code file:line:column}.
         *
         * @return the location, {@code file:line:column}
         */
        public String location() {
            return location;
        }
    }
}
