package org.egt4j.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The one Spark context of the module's tests (a JVM holds one at a time, and starting one costs
 * seconds): {@code local[2,3]}, two task threads and up to three attempts per task (local mode retries
 * a failed task only when the master names a failure count), no web UI. Stopped when the JVM exits.
 */
final class SharedSpark {

    private static JavaSparkContext context;

    private SharedSpark() {}

    static synchronized JavaSparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf()
                    .setMaster("local[2,3]")
                    .setAppName("egt4j-spark tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.sql.shuffle.partitions", "2")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1");
            context = new JavaSparkContext(conf);
            JavaSparkContext c = context;
            Runtime.getRuntime().addShutdownHook(new Thread(c::stop));
            Main.share(c);
        }
        return context;
    }
}
