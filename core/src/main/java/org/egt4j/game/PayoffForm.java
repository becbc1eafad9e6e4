package org.egt4j.game;

/** How a game's payoffs were written. */
public enum PayoffForm {
    /**
     * A symmetric two-player game inside one population: entry A<sub>ij</sub> is the payoff of strategy i
     * against strategy j, and f<sub>i</sub>(x) = (A x)<sub>i</sub>.
     */
    MATRIX,
    /**
     * A normal-form table: for every pure profile (one strategy per population), one payoff per
     * population. f<sub>k,i</sub>(x) = Σ<sub>profiles s with s_k = i</sub> π<sub>k</sub>(s)
     * Π<sub>l≠k</sub> x<sub>l,s_l</sub>.
     */
    PAYOFFS,
    /** Expected payoffs f<sub>k,i</sub>(x) written directly as expressions of parameters and shares. */
    FITNESS
}
