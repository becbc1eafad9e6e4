package org.egt4j.spark;

import java.io.Serializable;
import org.egt4j.parallel.IndexedWork;

/**
 * Work described as data, broadcast to the executors: each executor rebuilds the named parts from
 * it ({@link #rebuild()}, once per JVM and {@link #key()}), never receiving live objects.
 */
public interface WorkPlan extends Serializable {

    /** {@return a digest of every value of the plan, naming it in an executor's cache} */
    String key();

    /**
     * Rebuilds the plan's parts (on an executor, or on the driver to check the plan).
     *
     * @return the parts by name
     */
    Parts rebuild();

    /** A plan's rebuilt parts. */
    @FunctionalInterface
    interface Parts {
        /**
         * One part by name.
         *
         * @param name the part's name
         * @return the part
         */
        IndexedWork<?, ?> part(String name);
    }
}
