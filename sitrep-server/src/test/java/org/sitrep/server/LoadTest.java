package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Bounded concurrent load on the corpus API over loopback: C clients, each with its own connection pool,
 * send R requests each from a mix of list, filter, search, aggregate, article and asset requests; every
 * answer must be a 200. Prints throughput and p50/p99 latency. The suite runs 10 × 50; the full run
 * (50 × 200) is {@code mvn -pl sitrep-server -am test -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsitrep.load.clients=50 -Dsitrep.load.requests=200} (see docs/reliability.md).
 */
class LoadTest {

    private static final List<String> MIX = List.of(
            "/api/corpus", "/api/health",
            "/api/articles?limit=20", "/api/articles?text=Karabakh&limit=10", "/api/articles?offset=5&limit=5",
            "/api/quotes?who=Peskov", "/api/quotes?text=ceasefire", "/api/quotes?limit=100",
            "/api/events?type=ATTACK", "/api/events?dyad=AZE-ARM", "/api/events?from=2023-09-01&to=2023-09-30",
            "/api/entities?limit=50", "/api/entities?who=Azerbaijan", "/api/stories",
            "/api/search?q=Peskov", "/api/search?q=Karabakh%20ceasefire",
            "/api/timeline?by=day", "/api/timeline?by=week&who=Armenia", "/api/network", "/api/dyads",
            "/api/articles/1", "/api/articles/2", "/", "/app.js");

    @Test
    void corpusApiUnderConcurrentLoadAnswersEveryRequest() throws Exception {
        int clients = Integer.getInteger("sitrep.load.clients", 10);
        int requests = Integer.getInteger("sitrep.load.requests", 50);
        for (String path : MIX) {
            assertEquals(200, TestServer.get(path).statusCode(), path); // warm up, and every request is valid
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long[][] latencies = new long[clients][requests];
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                start.await();
                for (int i = 0; i < requests; i++) {
                    String path = MIX.get((client * 7 + i) % MIX.size());
                    HttpRequest req = HttpRequest.newBuilder(URI.create(TestServer.base() + path))
                            .timeout(Duration.ofSeconds(60)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.add(r.statusCode() + " " + path);
                        }
                    } catch (Exception e) {
                        errors.add(e + " " + path);
                    }
                    latencies[client][i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        int n = all.length;
        System.out.printf("load: %d clients x %d requests = %d in %.1f s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, %d errors%n", clients, requests, n, seconds, n / seconds, all[n / 2] / 1e6,
                all[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6, all[n - 1] / 1e6, errors.size());
        assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(errors.size(), 20)), errors.size() + " errors");
        assertTrue(n == clients * requests);
        assertEquals(200, TestServer.get("/api/health").statusCode());
    }
}
