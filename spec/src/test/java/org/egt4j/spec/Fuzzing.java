package org.egt4j.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.egt4j.ModelException;

/** The properties every fuzz target checks: a per-input time limit and well-formed refusals. */
final class Fuzzing {

    /** The per-input time limit: every bad input must be refused fast. */
    static final long LIMIT_SECONDS = 10;

    private Fuzzing() {}

    /**
     * Runs one input under the time limit; a {@link ModelException} is the documented refusal and must
     * say what is wrong and how to fix it; any other exception fails the input.
     */
    static void refusesOrRuns(Runnable input) {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true); // an input that hangs must not keep the JVM alive
            return t;
        });
        try {
            Future<?> run = one.submit(input);
            run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("the input took longer than " + LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelException refusal) {
                assertFalse(refusal.problem().isEmpty(), "a refusal says what is wrong");
                assertFalse(refusal.hint().isEmpty(), () -> "a refusal says how to fix it: " + refusal.problem());
                return;
            }
            throw new AssertionError("not a ModelException: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } finally {
            one.shutdownNow();
        }
    }
}
