package org.sitrep.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Accumulates wall time per stage across threads; {@link #NONE} discards everything. */
public class StageTimings {

    public static final StageTimings NONE = new StageTimings() {
        @Override
        public void add(String stage, long nanos) {
        }
    };

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    public void add(String stage, long ns) {
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(ns);
    }

    /** Stage name to total milliseconds, in first-seen order. */
    public Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1e6));
        return out;
    }
}
