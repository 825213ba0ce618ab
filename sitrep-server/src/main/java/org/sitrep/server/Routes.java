package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitrep.format.JsonFormat;
import org.sitrep.model.Analysis;

/**
 * Every route of the server, and the one place where failures become JSON error bodies
 * {@code {"error": {"status", "code", "message"}}}. The OpenAPI description ({@code openapi.json}) lists
 * the same routes; a test compares the two.
 */
final class Routes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPENAPI = resource("openapi.json");
    private static final String ANALYSIS_SCHEMA = resource("analysis.schema.json");

    private final ServerSettings settings;
    private final Engine engine;
    private final CorpusHandlers corpus;
    /** Analyses are CPU-heavy: a few at a time, the rest wait briefly and then get 503 rather than pile up. */
    private final Semaphore analyses = new Semaphore(2);

    Routes(ServerSettings settings, Engine engine, Corpus corpus) {
        this.settings = settings;
        this.engine = engine;
        this.corpus = new CorpusHandlers(corpus);
    }

    void register(Javalin app) {
        app.before(Routes::securityHeaders);
        app.get("/api/health", this::health);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
        app.get("/api/analysis.schema.json", ctx -> ctx.contentType("application/json").result(ANALYSIS_SCHEMA));
        app.post("/api/analyze", this::analyze);
        app.get("/api/corpus", corpus::counts);
        app.get("/api/search", corpus::search);
        app.get("/api/articles", corpus::articles);
        app.get("/api/articles/{id}", corpus::article);
        app.get("/api/quotes", corpus::quotes);
        app.get("/api/events", corpus::events);
        app.get("/api/entities", corpus::entities);
        app.get("/api/stories", corpus::stories);
        app.get("/api/timeline", corpus::timeline);
        app.get("/api/network", corpus::network);
        app.get("/api/dyads", corpus::dyads);
        errors(app);
    }

    private void health(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("modelsLoaded", engine.loaded());
        json(ctx, 200, o);
    }

    private void analyze(Context ctx) throws InterruptedException {
        long declared = ctx.contentLength();
        if (declared > settings.maxBodyBytes()) {
            throw new ApiError(413, "body-too-large", "the request body has " + declared
                    + " bytes; the limit is " + settings.maxBodyBytes());
        }
        AnalyzeRequest req = AnalyzeRequest.parse(ctx.contentType(), ctx.bodyAsBytes(),
                new AnalyzeRequest.Meta(ctx.queryParam("id"), ctx.queryParam("title"), ctx.queryParam("url"),
                        ctx.queryParam("source"), ctx.queryParam("published")),
                settings.maxTextChars());
        if (!analyses.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new ApiError(503, "busy", "too many analyses running; retry in a minute");
        }
        Analysis a;
        try {
            a = engine.analyze(req.article());
        } finally {
            analyses.release();
        }
        if (req.charsetProblem() != null) {
            a = a.withProblem(req.charsetProblem());
        }
        ctx.contentType("application/json").result(JsonFormat.write(a, false));
    }

    /** The single mapping from failures to JSON error bodies. */
    private void errors(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            switch (status) {
                case 404 -> error(ctx, 404, "not-found", "no route " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)");
                case 405 -> error(ctx, 405, "method-not-allowed", ctx.method() + " is not accepted on " + ctx.path()
                        + " (see /api/openapi.json for its method)");
                case 413 -> error(ctx, 413, "body-too-large", "the request body is over the limit of " + settings.maxBodyBytes() + " bytes");
                default -> error(ctx, status, "http-" + status, e.getMessage());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal-error", "the server failed on this request: " + e.getClass().getSimpleName());
        });
    }

    private static void error(Context ctx, int status, String code, String message) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode e = o.putObject("error");
        e.put("status", status);
        e.put("code", code);
        e.put("message", message);
        json(ctx, status, o);
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Article text is untrusted: the page builds its DOM with textContent, and the policy below forbids inline
     * and foreign scripts as a second line of defence.
     */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
