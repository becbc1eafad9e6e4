package org.egt4j.random;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams indexed by (seed, index): {@link #stream(long, long)}
 * returns the same generator for the same pair whatever the thread, the thread count or the machine,
 * so that work split by index over threads or machines draws exactly what a sequential run draws.
 *
 * <p>Construction (SplitMix64, Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): with the golden gamma γ = 0x9e3779b97f4a7c15, SplitMix64's output
 * function mix64 (Stafford's variant 13 of the murmur3 finalizer) and the murmur3 finalizer fmix64
 * itself (Appleby's MurmurHash3), stream {@code index} of {@code seed} is {@code new
 * SplittableRandom(fmix64(k + (index + 1)·γ))}, where k = mix64(seed + γ) is the first SplitMix64
 * output of the seed (all arithmetic mod 2<sup>64</sup>). Because γ is odd and fmix64 is a bijection,
 * distinct indices of one seed give distinct stream seeds; mixing the seed first keeps nearby seeds
 * (1, 2, 3 …) from giving index-shifted copies of each other. The stream seeds are derived with fmix64
 * rather than mix64 because each stream, a {@link SplittableRandom}, is itself SplitMix64 with gamma γ
 * (outputs mix64(s + m·γ), m = 1, 2, …): deriving s with the same function on the same γ-lattice
 * showed a measurable excess of χ² in the first draws of consecutive streams, fmix64 does not. The
 * algorithm of {@code SplittableRandom} is that of the paper and has not changed since Java 8.
 */
public final class RandomStreams {

    /** The generator, as written in every manifest next to the seeds. */
    public static final String GENERATOR = "java.util.SplittableRandom(fmix64(mix64(seed + γ) + (index + 1)·γ)),"
            + " SplitMix64 streams (Steele, Lea, Flood 2014)";

    /** The golden gamma of SplitMix64: the odd integer nearest 2<sup>64</sup>/φ. */
    static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private RandomStreams() {}

    /**
     * The generator of stream {@code index} of {@code seed}: a new object on every call, each call with
     * the same arguments drawing the same sequence.
     *
     * @param seed the seed (any value)
     * @param index the stream index (any value; e.g. the index of a start, a sample or a work item)
     * @return a fresh generator, to be used by one thread
     */
    public static SplittableRandom stream(long seed, long index) {
        return new SplittableRandom(streamSeed(seed, index));
    }

    /**
     * The seed {@link #stream} gives its {@link SplittableRandom}: fmix64(mix64(seed + γ) + (index + 1)·γ).
     *
     * @param seed the seed
     * @param index the stream index
     * @return the 64-bit seed of that stream
     */
    public static long streamSeed(long seed, long index) {
        long k = mix64(seed + GOLDEN_GAMMA);
        return fmix64(k + (index + 1) * GOLDEN_GAMMA);
    }

    /**
     * SplitMix64's output function, Stafford's variant 13 of the murmur3 64-bit finalizer: a bijection
     * of 64-bit integers in which every input bit affects every output bit.
     *
     * @param z the input
     * @return the mixed value
     */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * The 64-bit finalizer of Appleby's MurmurHash3: a bijection of 64-bit integers with full
     * avalanche, different from {@link #mix64}.
     *
     * @param z the input
     * @return the mixed value
     */
    public static long fmix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
