package org.msptoolkit.cli.internal.report;

import java.util.List;
import java.util.OptionalDouble;
import org.msptoolkit.io.csv.CsvExport;

/** RFC 4180 CSV rows: quoted when needed, formula-like text neutralised, numbers that read back exactly. */
public final class Csv {
    private Csv() {}

    /**
     * One CSV line.
     *
     * @param cells the cells; text that a spreadsheet would run as a formula gets a leading apostrophe
     * @return the line, ending with {@code \n}
     */
    public static String row(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (!isNumber(c)) {
                c = neutralise(c);
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append('\n').toString();
    }

    /**
     * A number as the shortest text that reads back as the same double ({@link Double#toString}); an
     * empty cell when absent.
     *
     * @param d the number, if any
     * @return the cell
     */
    public static String number(OptionalDouble d) {
        return d.isPresent() ? number(d.getAsDouble()) : "";
    }

    /**
     * Returns the shortest text that reads back as {@code d}; whole numbers without {@code .0}.
     *
     * @param d a number
     * @return the shortest text that reads back as {@code d}; whole numbers without {@code .0}
     */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    /**
     * Text a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
     * return) with a leading apostrophe, so an exported file cannot execute anything.
     *
     * @param cell a text cell
     * @return the cell, safe to open in a spreadsheet
     */
    public static String neutralise(String cell) {
        return CsvExport.neutralise(cell);
    }

    private static boolean isNumber(String c) {
        return c.matches("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
    }
}
