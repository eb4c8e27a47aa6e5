package org.msptoolkit.composite.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads COINr-style CSV exports through jackson-dataformat-csv: RFC 4180 (quoted fields, doubled quotes,
 * quoted line breaks, CRLF), an optional UTF-8 byte order mark, and the {@code ;}-separated dialect that
 * spreadsheets write in locales with a decimal comma (detected from the header line). Blank lines are
 * skipped. Each record keeps the line it starts on, so problems can name the line a user sees.
 */
public final class Csv {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private Csv() {}

    /**
     * The records of one CSV text.
     *
     * @param records the records, header first; each record's fields unquoted
     * @param lines for each record, the 1-based line it starts on
     * @param separator the field separator found, {@code ','} or {@code ';'}
     */
    public record Records(List<List<String>> records, List<Integer> lines, char separator) {
        /**
         * Copies the lists.
         *
         * @param records the records
         * @param lines their lines
         * @param separator the separator
         */
        public Records {
            records = List.copyOf(records);
            lines = List.copyOf(lines);
        }

        /**
         * Returns the 1-based line that record starts on.
         *
         * @param index a record index
         * @return the 1-based line that record starts on
         */
        public int line(int index) {
            return lines.get(index);
        }

        /**
         * Returns {@code true} for the {@code ;} dialect, whose numbers may use a decimal comma.
         *
         * @return {@code true} for the {@code ;} dialect, whose numbers may use a decimal comma
         */
        public boolean decimalComma() {
            return separator == ';';
        }
    }

    /**
     * Reads all records of a file.
     *
     * @param file the CSV file (UTF-8, optional BOM)
     * @return the records
     * @throws IOException when the file cannot be read
     * @throws JacksonException when the text is not well-formed CSV
     */
    public static Records read(Path file) throws IOException {
        return parse(Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
    }

    /**
     * Parses CSV text.
     *
     * @param text the text (a leading BOM is ignored)
     * @return the records
     * @throws JacksonException when the text is not well-formed CSV
     */
    public static Records parse(String text) {
        String s = Objects.requireNonNull(text, "text");
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        char separator = separator(s);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser p = MAPPER.reader(schema).createParser(s)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return new Records(records, lines, separator);
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> rec = new ArrayList<>();
                int line = -1;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (line < 0) {
                        // the first value's location: the row's own START_ARRAY reports the previous row's end
                        line = p.currentTokenLocation().getLineNr();
                    }
                    rec.add(p.getString());
                }
                lines.add(line);
                records.add(rec);
            }
        }
        return new Records(records, lines, separator);
    }

    /** {@code ;} when the header line has more semicolons than commas, else {@code ,}. */
    private static char separator(String s) {
        String header = s.lines().findFirst().orElse("");
        return header.chars().filter(c -> c == ';').count()
                        > header.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
    }
}
