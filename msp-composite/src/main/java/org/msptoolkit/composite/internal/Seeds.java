package org.msptoolkit.composite.internal;

import java.util.SplittableRandom;

/** Reproducible per-task random streams derived from (seed, stream, index), independent of threads. */
public final class Seeds {
    private Seeds() {}

    /**
     * Returns a generator determined by the three numbers only.
     *
     * @param seed the analysis seed
     * @param stream which kind of draw (replication parameters, weights, bootstrap…)
     * @param index the replication or set index
     * @return a generator determined by the three numbers only
     */
    public static SplittableRandom random(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed + 0x9E3779B97F4A7C15L * (stream + 1)) + index));
    }

    /**
     * SplitMix64's finaliser.
     *
     * @param z input
     * @return a well-mixed 64-bit value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
