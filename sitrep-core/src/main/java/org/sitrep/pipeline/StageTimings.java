package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Accumulates wall time and thread CPU time per stage across threads; {@link #NONE} discards everything (and
 * reads no clocks). CPU time is the steadier figure on a busy machine, where wall time includes waiting for a core.
 */
public class StageTimings {

    public static final StageTimings NONE = new StageTimings() {
        @Override
        public void add(String stage, long nanos, long cpuNanos) {
        }

        @Override
        public long threadCpuNanos() {
            return 0;
        }
    };

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cpu = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public void add(String stage, long ns) {
        add(stage, ns, 0);
    }

    public void add(String stage, long ns, long cpuNs) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(ns);
        cpu.computeIfAbsent(stage, k -> new LongAdder()).add(cpuNs);
    }

    /** CPU time of the calling thread so far, or 0 where the JVM cannot measure it. */
    public long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    /** Stage name to total wall milliseconds, in first-seen order. */
    public Map<String, Double> millis() {
        return inOrder(nanos);
    }

    /** Stage name to total CPU milliseconds of the threads that ran it, in first-seen order. */
    public Map<String, Double> cpuMillis() {
        return inOrder(cpu);
    }

    private Map<String, Double> inOrder(Map<String, LongAdder> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), m.get(e.getKey()).sum() / 1e6));
        return out;
    }
}
