package org.egt4j.ode;

/**
 * A {@link StepObserver} that records the solution at given times from the dense output: the
 * "samples" of a trajectory. Times must be ordered in the direction of integration; a sample at the
 * start time is the start state and one at the end time is the solver's end state, exactly. When an
 * integration stops early (event, stop condition), only the samples up to the stop are filled:
 * {@link #count()} says how many.
 */
public final class Sampler implements StepObserver {

    private final double[] times;
    private double[][] states;
    private int next;

    private Sampler(double[] times) {
        this.times = times;
    }

    /**
     * {@code count} ≥ 2 samples evenly spaced on [t0, t1], both ends included.
     *
     * @param t0 the first sample time, the start of the integration
     * @param t1 the last sample time, the end of the integration
     * @param count the number of samples, at least 2
     * @return a sampler with t<sub>k</sub> = t0 + k (t1 − t0)/(count − 1) and the last exactly t1
     */
    public static Sampler evenly(double t0, double t1, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("at least 2 samples are needed for both ends, not " + count);
        }
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = t0 + k * (t1 - t0) / (count - 1);
        }
        t[count - 1] = t1;
        return new Sampler(t);
    }

    /**
     * Samples at these times, ordered in the direction of integration.
     *
     * @param times the sample times (copied)
     * @return a sampler for those times
     */
    public static Sampler at(double... times) {
        return new Sampler(times.clone());
    }

    @Override
    public void start(double t0, double[] x0, double t1) {
        if (states == null || states.length == 0 || states[0].length != x0.length) {
            states = new double[times.length][x0.length];
        }
        next = 0;
        double dir = Math.signum(t1 - t0);
        while (next < times.length && (times[next] - t0) * dir <= 0) {
            if (times[next] != t0) {
                throw new IllegalArgumentException("sample time " + times[next] + " lies before the start time " + t0);
            }
            System.arraycopy(x0, 0, states[next++], 0, x0.length);
        }
    }

    @Override
    public void step(DenseOutput step, boolean last) {
        double t1 = step.currentTime();
        double dir = Math.signum(t1 - step.previousTime());
        while (next < times.length && (times[next] - t1) * dir <= 0) {
            step.state(times[next], states[next]);
            next++;
        }
    }

    /** {@return the sample times} */
    public double[] times() {
        return times.clone();
    }

    /** {@return the recorded states, one row per sample time (rows past {@link #count()} are not filled)} */
    public double[][] states() {
        return states;
    }

    /** {@return how many samples were recorded} */
    public int count() {
        return next;
    }
}
