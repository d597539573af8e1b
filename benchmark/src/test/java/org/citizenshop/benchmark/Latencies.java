package org.citizenshop.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The measured phase's requests: Gatling's response time of each (milliseconds, from the request's first byte
 * sent to the response's last byte received) in an HdrHistogram, and how many succeeded or failed. Gatling's
 * HTML report shows the same requests as charts; this is what the summary reads.
 */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMillis(10), 3);
    private final LongAdder ok = new LongAdder();
    private final LongAdder errors = new LongAdder();

    /** A request that got a response; {@code failed} when Gatling's checks failed it. */
    void record(long responseTimeMillis, boolean failed) {
        histogram.recordValue(Math.max(0, Math.min(responseTimeMillis, histogram.getHighestTrackableValue())));
        (failed ? errors : ok).increment();
    }

    /** A request that got no response at all (connection refused, timeout). */
    void recordNoResponse() {
        errors.increment();
    }

    /** Requests, errors, throughput over {@code seconds} and the percentiles, in milliseconds. */
    Map<String, Object> figures(double seconds) {
        Histogram copy = histogram.copy();
        Map<String, Object> figures = new LinkedHashMap<>();
        long succeeded = ok.sum();
        figures.put("requests", succeeded + errors.sum());
        figures.put("ok", succeeded);
        figures.put("errors", errors.sum());
        figures.put("throughputPerSecond", seconds > 0 ? succeeded / seconds : 0);
        figures.put("meanMillis", copy.getTotalCount() == 0 ? 0 : copy.getMean());
        figures.put("p50Millis", copy.getValueAtPercentile(50));
        figures.put("p95Millis", copy.getValueAtPercentile(95));
        figures.put("p99Millis", copy.getValueAtPercentile(99));
        figures.put("p999Millis", copy.getValueAtPercentile(99.9));
        figures.put("maxMillis", copy.getMaxValue());
        return figures;
    }
}
