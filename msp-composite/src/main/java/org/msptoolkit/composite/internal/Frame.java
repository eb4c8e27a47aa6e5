package org.msptoolkit.composite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One data set in array form: the kept units (rows of the model) and one column per node.
 *
 * @param rows indices of the kept units in the model
 * @param cols one column per node, {@code cols[node][row]}; {@code NaN} = missing
 * @param unitCodes the codes of the kept units
 */
public record Frame(int[] rows, double[][] cols, List<String> unitCodes) {
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
}
