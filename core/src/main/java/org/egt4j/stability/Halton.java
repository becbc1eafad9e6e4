package org.egt4j.stability;

/**
 * The Halton low-discrepancy sequence: coordinate j of point i is the radical inverse of i in the j-th
 * prime base, φ<sub>b</sub>(i) = Σ<sub>r</sub> d<sub>r</sub> b<sup>−r−1</sup> for i = Σ<sub>r</sub>
 * d<sub>r</sub> b<sup>r</sup> (the base-b digits of i mirrored about the radix point). J. H. Halton, On
 * the efficiency of certain quasi-random sequences of points in evaluating multi-dimensional integrals,
 * <i>Numerische Mathematik</i> 2 (1960) 84–90.
 */
final class Halton {

    /** The bases: the first 25 primes, reused cyclically beyond 25 coordinates. */
    private static final int[] PRIMES = {
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97
    };

    private Halton() {}

    /**
     * The base of a coordinate.
     *
     * @param coordinate j ≥ 0
     * @return the (j mod 25)-th prime, from 2
     */
    static int base(int coordinate) {
        return PRIMES[coordinate % PRIMES.length];
    }

    /**
     * Coordinate j of the i-th Halton point.
     *
     * @param index i ≥ 0
     * @param coordinate j ≥ 0
     * @return φ<sub>base(j)</sub>(i) ∈ [0, 1)
     */
    static double value(int index, int coordinate) {
        return radicalInverse(index, base(coordinate));
    }

    /**
     * The radical inverse φ<sub>b</sub>(i), summed from the lowest digit (each term rounded once).
     *
     * @param i the index, ≥ 0
     * @param base b ≥ 2
     * @return Σ<sub>r</sub> d<sub>r</sub> b<sup>−r−1</sup> ∈ [0, 1)
     */
    static double radicalInverse(int i, int base) {
        double inv = 1.0 / base;
        double f = inv;
        double r = 0;
        int k = i;
        while (k > 0) {
            r += f * (k % base);
            k /= base;
            f *= inv;
        }
        return r;
    }
}
