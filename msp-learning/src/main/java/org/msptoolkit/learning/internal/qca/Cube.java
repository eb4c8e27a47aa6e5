package org.msptoolkit.learning.internal.qca;

/**
 * A term in packed form: the set of conditions it fixes ({@code mask}, bit j = condition j) and
 * their values ({@code bits}, in the fields of an {@link Encoding}).
 *
 * @param mask conditions fixed by the term
 * @param bits their values
 */
public record Cube(int mask, long bits) {
    @Override
    public int hashCode() {
        long h = (bits * 0x9E3779B97F4A7C15L) ^ (mask * 0xC2B2AE3D27D4EB4FL);
        return (int) (h ^ (h >>> 29));
    }

    /**
     * Returns the number of literals.
     *
     * @return the number of literals
     */
    public int complexity() {
        return Integer.bitCount(mask);
    }

    /**
     * Returns true when the configuration lies in this cube.
     *
     * @param enc the encoding
     * @param config a packed configuration
     * @return true when the configuration lies in this cube
     */
    public boolean covers(Encoding enc, long config) {
        return (config & enc.fields(mask)) == bits;
    }

    /**
     * Returns true when every configuration of {@code other} lies in this cube.
     *
     * @param enc the encoding
     * @param other another cube
     * @return true when every configuration of {@code other} lies in this cube
     */
    public boolean contains(Encoding enc, Cube other) {
        return (mask & ~other.mask) == 0 && (other.bits & enc.fields(mask)) == bits;
    }
}
