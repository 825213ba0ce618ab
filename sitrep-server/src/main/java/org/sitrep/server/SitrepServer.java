package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.Sitrep;

/**
 * The analyst's desk as a running process: the JSON API under {@code /api/} and the web page at {@code /},
 * served by one embedded Javalin (Jetty) server. Start it with {@link #start}, stop it with {@link #close}.
 */
public final class SitrepServer implements AutoCloseable {

    private final Javalin app;
    private final List<String> routes;

    private SitrepServer(Javalin app, List<String> routes) {
        this.app = app;
        this.routes = routes;
    }

    /**
     * Starts serving. {@code sitrep} is called once, on the first analysis request, so the server is up at
     * once and loads the models only when they are needed. {@code corpus} answers the corpus routes.
     */
    public static SitrepServer start(ServerSettings settings, Supplier<Sitrep> sitrep, Corpus corpus) {
        List<String> routes = Collections.synchronizedList(new ArrayList<>());
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            // "GET /api/analyze" exists as POST: say so (405) rather than that there is no such route (404).
            config.http.prefer405over404 = true;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/sitrep/server/web";
                sf.location = Location.CLASSPATH;
            });
            config.events(ev -> ev.handlerAdded(h -> routes.add(h.getHttpMethod().name() + " " + h.getPath())));
        });
        new Routes(settings, new Engine(sitrep), corpus).register(app);
        app.start(settings.host(), settings.port());
        return new SitrepServer(app, routes);
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return app.port();
    }

    /** The registered HTTP routes as {@code "METHOD /path"}, in registration order (before/after filters included). */
    public List<String> routes() {
        synchronized (routes) {
            return List.copyOf(routes);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
