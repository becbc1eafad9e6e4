package org.egt4j.stability;

import java.util.List;

/**
 * The logit equilibrium correspondence of a game (McKelvey and Palfrey 1995, "Quantal response equilibria
 * for normal form games", Games Econ. Behav. 10): the logit equilibria x = softmax(F(x)/η), per
 * population, as λ = 1/η grows from 0 (the centre of every simplex, the unique equilibrium at η = ∞) —
 * the principal branch, followed by pseudo-arclength continuation ({@link LogitContinuation}; Turocy
 * 2005, "A dynamic homotopy interpretation of the logistic quantal response equilibrium correspondence",
 * Games Econ. Behav. 51). The branch may turn back at folds (saddle-node points, where the Jacobian of
 * the fixed-point map in (x, λ) has a vanishing determinant and λ is extremal along the branch). Each
 * point carries its stability under the logit dynamic ẋ = softmax(F/η) − x at that η (eigenvalues of the
 * reduced Jacobian). Immutable.
 *
 * <p>Other components (not connected to the centre; they start and end at λ = ∞ and pass a fold) are
 * followed from the logit equilibria at the analysis's η that multi-start Newton finds off the principal
 * branch.
 *
 * @param eta the analysis's noise level η (branches are followed to λ = {@link #lambdaMax})
 * @param lambdaMax the largest λ followed
 * @param branches the principal branch first, then the other components found
 */
public record LogitCorrespondence(double eta, double lambdaMax, List<Branch> branches) {

    /**
     * Copies the list.
     *
     * @param eta the analysis's noise level
     * @param lambdaMax the largest λ followed
     * @param branches the branches
     */
    public LogitCorrespondence {
        branches = List.copyOf(branches);
    }

    /**
     * One connected piece of the correspondence.
     *
     * @param principal whether it is the branch from the centre (λ = 0)
     * @param points the branch in arclength order (from λ = 0 for the principal branch)
     * @param folds the folds passed, in arclength order
     */
    public record Branch(boolean principal, List<Point> points, List<Fold> folds) {

        /**
         * Copies the lists.
         *
         * @param principal whether it is the branch from the centre
         * @param points the points
         * @param folds the folds
         */
        public Branch {
            points = List.copyOf(points);
            folds = List.copyOf(folds);
        }

        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * One point of the branch.
     *
     * @param lambda λ = 1/η (0 at the centre)
     * @param shares shares[k][i], the logit equilibrium at this λ
     * @param stability its stability under the logit dynamic with η = 1/λ ({@link Stability#STABLE} at λ =
     *     0)
     * @param residual max-norm of the logit field softmax(λF(x)) − x at the point (round-off level)
     */
    public record Point(double lambda, double[][] shares, Stability stability, double residual) {

        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    /**
     * A fold of the branch: λ extremal along it, where stability changes.
     *
     * @param lambda the λ of the fold
     * @param shares the equilibrium at the fold
     */
    public record Fold(double lambda, double[][] shares) {

        @Override
        public String toString() {
            return org.egt4j.Show.record(this);
        }
    }

    @Override
    public String toString() {
        return org.egt4j.Show.record(this);
    }
}
