package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import org.egt4j.expr.Polynomial;
import org.egt4j.expr.PolynomialSystem;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The multi-population replicator dynamics in reduced coordinates (architecture §3):
 *
 * <pre>
 *   ẋ_{k,i} = x_{k,i} (f_{k,i}(x) − f̄_k(x)) = x_{k,i} (g_{k,i} − ḡ_k),
 *   g_{k,i} = f_{k,i} − f_{k,last},   ḡ_k = Σ_m x_{k,m} g_{k,m}   (m over the reduced strategies of k).
 * </pre>
 *
 * Subtracting f<sub>k,last</sub> from every payoff of population k changes nothing (the replicator is
 * invariant under adding a function to all payoffs of a population), and it makes the mean a sum over
 * the reduced coordinates only. The Jacobian is exact, from the symbolic derivatives ∂g/∂x:
 *
 * <pre>
 *   ∂ẋ_{k,i}/∂x_j = δ_{(k,i),j} (g_{k,i} − ḡ_k) + x_{k,i} (∂g_{k,i}/∂x_j − ∂ḡ_k/∂x_j),
 *   ∂ḡ_k/∂x_j = [j ∈ k] g_j + Σ_m x_{k,m} ∂g_{k,m}/∂x_j.
 * </pre>
 *
 * Its eigenvalues are those of the linearization on the tangent space of the product of simplices.
 * For a single-population matrix game f = A x this is Taylor and Jonker's replicator equation.
 *
 * <p>Evaluation allocates nothing; scratch arrays make an instance single-threaded ({@link #copy()}).
 */
public final class Replicator implements VectorField {

  private final int n;
  private final int populations;
  private final int[] offsets;
  private final int[] lastIndex;
  private final PolynomialSystem advantages;
  private final PolynomialSystem gradients;
  private final double[] g;
  private final double[] dg;
  private final double[] reduced;

  private Replicator(int n, int[] offsets, int[] lastIndex, PolynomialSystem advantages, PolynomialSystem gradients) {
    this.n = n;
    this.populations = offsets.length - 1;
    this.offsets = offsets;
    this.lastIndex = lastIndex;
    this.advantages = advantages;
    this.gradients = gradients;
    this.g = new double[n];
    this.dg = new double[n * n];
    this.reduced = new double[n];
  }

  /** The replicator field of a bound game. */
  public static Replicator of(BoundGame bound) {
    Game game = bound.game();
    int n = game.dimension();
    List<Polynomial> g = new ArrayList<>();
    List<Polynomial> dg = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      g.add(game.advantage(c));
    }
    for (int c = 0; c < n; c++) {
      for (int j = 0; j < n; j++) {
        dg.add(game.advantage(c).derivative(game.coordinates().get(j)));
      }
    }
    int pops = game.populations().size();
    int[] offsets = new int[pops + 1];
    int[] lastIndex = new int[pops];
    for (int k = 0; k <= pops; k++) {
      offsets[k] = game.offset(k);
    }
    for (int k = 0; k < pops; k++) {
      lastIndex[k] = offsets[k] + k + game.populations().get(k).size() - 1;
    }
    return new Replicator(n, offsets, lastIndex, bound.compile(g), bound.compile(dg));
  }

  @Override
  public int dimension() {
    return n;
  }

  @Override
  public Replicator copy() {
    return new Replicator(n, offsets, lastIndex, advantages.copy(), gradients.copy());
  }

  @Override
  public void derivative(double[] x, double[] out) {
    advantages.evaluate(x, g);
    for (int k = 0; k < populations; k++) {
      int from = offsets[k];
      int to = offsets[k + 1];
      double mean = 0;
      for (int m = from; m < to; m++) {
        mean += x[m] * g[m];
      }
      for (int i = from; i < to; i++) {
        out[i] = x[i] * (g[i] - mean);
      }
    }
  }

  @Override
  public void jacobian(double[] x, double[] out) {
    advantages.evaluate(x, g);
    gradients.evaluate(x, dg);
    for (int k = 0; k < populations; k++) {
      int from = offsets[k];
      int to = offsets[k + 1];
      double mean = 0;
      for (int m = from; m < to; m++) {
        mean += x[m] * g[m];
      }
      for (int j = 0; j < n; j++) {
        double dmean = (j >= from && j < to) ? g[j] : 0.0;
        for (int m = from; m < to; m++) {
          dmean += x[m] * dg[m * n + j];
        }
        for (int i = from; i < to; i++) {
          double v = x[i] * (dg[i * n + j] - dmean);
          if (i == j) {
            v += g[i] - mean;
          }
          out[i * n + j] = v;
        }
      }
    }
  }

  /** Dimension of full coordinates, Σ<sub>k</sub> n<sub>k</sub>. */
  public int fullDimension() {
    return n + populations;
  }

  /**
   * The replicator derivative in full coordinates (every share of every population, in population
   * order) at a state on the product of simplices: ẋ<sub>k,i</sub> = x<sub>k,i</sub>(f<sub>k,i</sub> −
   * f̄<sub>k</sub>) for all i, including the last strategy. On the simplex the components of each
   * population sum to zero.
   *
   * @param full all shares, length {@link #fullDimension()}; not modified
   * @param out receives the derivative, same length
   */
  public void fullDerivative(double[] full, double[] out) {
    for (int k = 0; k < populations; k++) {
      for (int c = offsets[k]; c < offsets[k + 1]; c++) {
        reduced[c] = full[c + k];
      }
    }
    advantages.evaluate(reduced, g);
    for (int k = 0; k < populations; k++) {
      int from = offsets[k];
      int to = offsets[k + 1];
      double mean = 0;
      for (int m = from; m < to; m++) {
        mean += reduced[m] * g[m];
      }
      for (int i = from; i < to; i++) {
        out[i + k] = reduced[i] * (g[i] - mean);
      }
      out[lastIndex[k]] = full[lastIndex[k]] * (-mean);
    }
  }
}
