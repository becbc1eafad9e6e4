package org.egt4j.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.egt4j.parallel.IndexedRunner;

/**
 * Progress of a long run on stderr, one line rewritten in place ({@code egt4j: sde paths 4200/10000
 * (42%)}): shown when stderr belongs to a terminal ({@link System#console()}: standard input and output
 * are a terminal, so nothing is shown in a {@code --json} pipeline or a redirection) or when {@code
 * --progress} asks for it. Redrawn at most every {@value #INTERVAL_MILLIS} ms and erased at the end, so
 * that stdout and the data never change. (The project's own rather than a library: one line, no
 * dependency; {@code me.tongfei:progressbar} would pull JLine for the same line.)
 */
final class ProgressBar implements IndexedRunner.Progress {

    /** The shortest time between two redraws. */
    static final long INTERVAL_MILLIS = 200;

    private final PrintWriter err;
    private final String what;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    /**
     * A bar for one run, or null when progress is not shown.
     *
     * @param forced {@code --progress} was given
     * @param err stderr
     * @param what what is counted, e.g. "sde paths"
     * @return the bar, or null (no progress) when not forced and not on a terminal
     */
    static ProgressBar of(boolean forced, PrintWriter err, String what) {
        return forced || System.console() != null ? new ProgressBar(err, what) : null;
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = System.nanoTime() / 1_000_000;
        if (done < total && drawn && now - lastDraw < INTERVAL_MILLIS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        err.print(String.format(
                Locale.ROOT,
                "\r\u001b[Kegt4j: %s %d/%d (%d%%)",
                what,
                done,
                total,
                total == 0 ? 100 : 100 * done / total));
        err.flush();
    }

    /** Erases the line, if one was drawn. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
