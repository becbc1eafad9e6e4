package org.egt4j.stability;

import java.util.List;

/**
 * A periodic orbit γ of ẋ = F(x) with its Floquet multipliers: the eigenvalues of the monodromy matrix
 * M = Φ(T), the solution at time T of the variational equation Φ' = DF(γ(t)) Φ, Φ(0) = I, along one
 * period (Hartman 1964, ch. IX; Guckenheimer and Holmes 1983, §1.5). One multiplier is always 1 (the
 * trivial one, eigenvector F(γ(0)): a shift along the orbit); the orbit is orbitally asymptotically
 * stable when every other multiplier lies inside the unit circle.
 *
 * <p>States are in reduced coordinates (docs/architecture.md §3), except {@code min} and {@code max},
 * which hold the range of every share of every population (the last share of each included) when the
 * orbit was found on a product of simplices, and of every coordinate otherwise.
 *
 * @param period the least period T
 * @param point γ(0), a point of the orbit on the Poincaré section used to refine it
 * @param min the smallest value along the orbit of every share (or coordinate)
 * @param max the largest value along the orbit of every share (or coordinate)
 * @param multipliers the n Floquet multipliers, in {@link Eigenvalue#ORDER}
 * @param trivial the index in {@code multipliers} of the trivial multiplier (the one closest to 1)
 * @param stability {@link Stability#STABLE} when every non-trivial multiplier has modulus below 1,
 *     {@link Stability#UNSTABLE} when every one is above, {@link Stability#SADDLE} when some are on each
 *     side, {@link Stability#NON_HYPERBOLIC} when one is within {@link LimitCycles#UNIT_CIRCLE} of it
 * @param residual |φ<sub>T</sub>(γ(0)) − γ(0)|, how closely the refined orbit closes
 * @param orbit samples of the orbit at equal time steps over one period, in reduced coordinates (for
 *     figures)
 */
public record LimitCycle(
        double period,
        double[] point,
        double[] min,
        double[] max,
        List<Eigenvalue> multipliers,
        int trivial,
        Stability stability,
        double residual,
        double[][] orbit) {

    /**
     * Copies the arrays and the list.
     *
     * @param period the least period T
     * @param point γ(0)
     * @param min the smallest value of every share (or coordinate)
     * @param max the largest value of every share (or coordinate)
     * @param multipliers the Floquet multipliers
     * @param trivial the index of the trivial multiplier
     * @param stability the verdict from the non-trivial multipliers
     * @param residual |φ<sub>T</sub>(γ(0)) − γ(0)|
     * @param orbit samples of one period
     */
    public LimitCycle {
        point = point.clone();
        min = min.clone();
        max = max.clone();
        multipliers = List.copyOf(multipliers);
        double[][] o = new double[orbit.length][];
        for (int i = 0; i < o.length; i++) {
            o[i] = orbit[i].clone();
        }
        orbit = o;
    }

    /** {@return γ(0), a copy} */
    @Override
    public double[] point() {
        return point.clone();
    }

    /** {@return the smallest value of every share or coordinate along the orbit, a copy} */
    @Override
    public double[] min() {
        return min.clone();
    }

    /** {@return the largest value of every share or coordinate along the orbit, a copy} */
    @Override
    public double[] max() {
        return max.clone();
    }

    /** {@return the orbit samples, a deep copy} */
    @Override
    public double[][] orbit() {
        double[][] o = new double[orbit.length][];
        for (int i = 0; i < o.length; i++) {
            o[i] = orbit[i].clone();
        }
        return o;
    }

    /** {@return the largest modulus of a non-trivial multiplier (0 in one dimension)} */
    public double largestNonTrivialModulus() {
        double m = 0;
        for (int i = 0; i < multipliers.size(); i++) {
            if (i != trivial) {
                m = Math.max(
                        m,
                        Math.hypot(multipliers.get(i).re(), multipliers.get(i).im()));
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "LimitCycle[period " + period + ", point " + java.util.Arrays.toString(point) + ", multipliers "
                + multipliers + " (trivial #" + trivial + "), " + stability.label() + "]";
    }
}
