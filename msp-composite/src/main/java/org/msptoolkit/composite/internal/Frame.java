package org.msptoolkit.composite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One data set in array form: the kept units (rows of the model) and one column per node. A working
 * buffer the pipeline steps fill and read in place, not a value: a class rather than a record, so
 * that nothing compares frames by their arrays' identity.
 */
public final class Frame {
    private final int[] rows;
    private final double[][] cols;
    private final List<String> unitCodes;

    /**
     * A frame over the given arrays, which it keeps (no copy).
     *
     * @param rows indices of the kept units in the model
     * @param cols one column per node, {@code cols[node][row]}; {@code NaN} = missing
     * @param unitCodes the codes of the kept units
     */
    private Frame(int[] rows, double[][] cols, List<String> unitCodes) {
        this.rows = rows;
        this.cols = cols;
        this.unitCodes = unitCodes;
    }

    /**
     * Returns the frame.
     *
     * @param model the model
     * @param rows kept rows
     * @param cols columns
     * @return the frame
     */
    static Frame of(Model model, int[] rows, double[][] cols) {
        List<String> codes = new ArrayList<>(rows.length);
        for (int r : rows) {
            codes.add(model.units[r]);
        }
        return new Frame(rows, cols, List.copyOf(codes));
    }

    /**
     * Returns the indices of the kept units in the model.
     *
     * @return the indices of the kept units in the model
     */
    public int[] rows() {
        return rows;
    }

    /**
     * Returns one column per node, {@code cols[node][row]}; {@code NaN} = missing.
     *
     * @return one column per node, {@code cols[node][row]}; {@code NaN} = missing
     */
    public double[][] cols() {
        return cols;
    }

    /**
     * Returns the codes of the kept units.
     *
     * @return the codes of the kept units
     */
    public List<String> unitCodes() {
        return unitCodes;
    }

    /**
     * Returns the number of units.
     *
     * @return the number of units
     */
    public int size() {
        return rows.length;
    }

    /**
     * Returns a frame with the same units.
     *
     * @param cols new columns for the same units
     * @return a frame with the same units
     */
    Frame withCols(double[][] cols) {
        return new Frame(rows, cols, unitCodes);
    }

    /**
     * Returns e.g. {@code Frame[units=12, nodes=40]}.
     *
     * @return e.g. {@code Frame[units=12, nodes=40]}
     */
    @Override
    public String toString() {
        return "Frame[units=" + rows.length + ", nodes=" + cols.length + "]";
    }
}
