package org.msptoolkit.governance.internal;

import java.math.BigInteger;

/**
 * An exact non-negative rational number, so that voting weights such as 1/3 × 1/2 × 9/10 ÷ 7 compare
 * exactly and ties are real ties. Internal: any usage by external parties is not supported.
 *
 * @param num numerator
 * @param den denominator, above zero
 */
public record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {
    /** Zero. */
    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    /** Reduces the fraction. */
    public Ratio {
        if (den.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    /**
     * Returns num/den.
     *
     * @param num numerator
     * @param den denominator
     * @return num/den
     */
    public static Ratio of(long num, long den) {
        return new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    /**
     * Returns the sum.
     *
     * @param o addend
     * @return the sum
     */
    public Ratio plus(Ratio o) {
        return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    /**
     * Returns the product.
     *
     * @param o factor
     * @return the product
     */
    public Ratio times(Ratio o) {
        return new Ratio(num.multiply(o.num), den.multiply(o.den));
    }

    /**
     * Returns the quotient.
     *
     * @param o divisor, not zero
     * @return the quotient
     */
    public Ratio div(Ratio o) {
        return new Ratio(num.multiply(o.den), den.multiply(o.num));
    }

    /**
     * Returns whether this is zero.
     *
     * @return whether this is zero
     */
    public boolean isZero() {
        return num.signum() == 0;
    }

    /**
     * Returns the nearest double.
     *
     * @return the nearest double
     */
    public double toDouble() {
        return new java.math.BigDecimal(num)
                .divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    @Override
    public int compareTo(Ratio o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
