/**
 * The one random-number policy of egt4j: every random choice that influences a result draws from
 * {@link org.egt4j.random.RandomStreams#stream(long, long)}, a reproducible generator per (seed, stream
 * index), so that results depend on the seed and the index only, never on the thread or machine that
 * asks; and every fixed seed of the library is named in {@link org.egt4j.random.FixedSeeds}, so that a
 * manifest can list them all.
 */
package org.egt4j.random;
