package org.sitrep.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.sitrep.testing.Fixtures;

/**
 * One real server per test JVM on a free loopback port, analysing with the shared test pipeline, with small
 * limits so the size checks are cheap to exercise, serving the {@link DeskCorpus}. API and browser tests share it (and its loaded models).
 */
final class TestServer {

    static final int MAX_BODY = 300_000;
    static final int MAX_TEXT = 50_000;

    private static final class Holder {
        static final SitrepServer SERVER = SitrepServer.start(
                ServerSettings.DEFAULT.withPort(0).withLimits(MAX_BODY, MAX_TEXT), Fixtures::sitrep,
                new Corpus(DeskCorpus.store()));
        static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private TestServer() {
    }

    static SitrepServer server() {
        return Holder.SERVER;
    }

    static String base() {
        return "http://127.0.0.1:" + Holder.SERVER.port();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return Holder.CLIENT.send(b.timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
