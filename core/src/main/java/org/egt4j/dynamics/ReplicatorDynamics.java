package org.egt4j.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egt4j.expr.Polynomial;
import org.egt4j.game.BoundGame;
import org.egt4j.game.Game;

/**
 * The replicator dynamics (Taylor and Jonker 1978; Hofbauer and Sigmund 1998, ch. 7), per population
 * ẋ<sub>k,i</sub> = x<sub>k,i</sub>(f<sub>k,i</sub> − f̄<sub>k</sub>); in reduced coordinates
 * ẋ<sub>c</sub> = x<sub>c</sub>(g<sub>c</sub> − Σ<sub>m</sub> x<sub>m</sub> g<sub>m</sub>) with the
 * advantages g<sub>c</sub> = f<sub>k,i</sub> − f<sub>k,last</sub> (m over the population's reduced
 * coordinates). It is the mean dynamic of pairwise proportional imitation
 * ({@link PairwiseProportionalImitation}). The field is {@link Replicator}, compiled to bytecode with
 * its fused Jacobian. The default dynamic everywhere.
 */
public final class ReplicatorDynamics implements Dynamics {

    /** The replicator dynamics (it has no parameters). */
    public static final ReplicatorDynamics INSTANCE = new ReplicatorDynamics();

    /** The name in specs and on the command line. */
    public static final String NAME = "replicator";

    private ReplicatorDynamics() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of();
    }

    @Override
    public Replicator field(BoundGame bound) {
        return Replicator.of(bound);
    }

    @Override
    public boolean isImitative() {
        return true;
    }

    @Override
    public boolean hasRelativeEntropyLyapunovFunction() {
        return true;
    }

    @Override
    public boolean hasVertexTable() {
        return true;
    }

    @Override
    public Optional<List<Equation>> equations(Game game) {
        return Optional.of(List.copyOf(replicatorEquations(game)));
    }

    /**
     * The replicator equations as papers write them: x(1 − x)(f<sub>1</sub> − f<sub>2</sub>) for a
     * two-strategy population, x<sub>i</sub>(f<sub>i</sub> − f̄) otherwise, with the expanded right-hand
     * sides.
     *
     * @param game the symbolic game
     * @return one equation per reduced coordinate
     */
    public static List<ReplicatorEquation> replicatorEquations(Game game) {
        List<ReplicatorEquation> list = new ArrayList<>();
        for (int k = 0; k < game.populations().size(); k++) {
            Polynomial mean = Polynomial.ZERO;
            for (int m = game.offset(k); m < game.offset(k + 1); m++) {
                mean = mean.add(Polynomial.of(game.coordinates().get(m)).multiply(game.advantage(m)));
            }
            boolean binary = game.populations().get(k).size() == 2;
            for (int c = game.offset(k); c < game.offset(k + 1); c++) {
                Polynomial x = Polynomial.of(game.coordinates().get(c));
                Polynomial bracket = game.advantage(c).subtract(mean);
                list.add(new ReplicatorEquation(
                        game.coordinates().get(c), binary, binary ? game.advantage(c) : bracket, x.multiply(bracket)));
            }
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
