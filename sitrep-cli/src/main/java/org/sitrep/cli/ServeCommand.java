package org.sitrep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.server.Corpus;
import org.sitrep.server.ServerSettings;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the analyst's desk (JSON API and web page) on this machine until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the corpus and the analyser: JSON API (/api/) and web page (/) on 127.0.0.1 until interrupted.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Mixin
    EngineOptions engine = new EngineOptions();

    @Mixin
    StoreOption store = new StoreOption();

    @Override
    public Integer call() throws InterruptedException {
        SitrepConfig config = engine.config();
        ServerSettings settings = ServerSettings.DEFAULT.withHost(host).withPort(port);
        Store corpus = store.open();
        SitrepServer server = SitrepServer.start(settings, () -> Sitrep.create(config), new Corpus(corpus));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            corpus.close();
            stopped.countDown();
        }, "sitrep-serve-stop"));
        System.err.println("sitrep: serving " + store.location + " on http://" + host + ":" + server.port()
                + "/ (API under /api/, Ctrl-C stops)");
        String empty = emptyNote(corpus, store.location);
        if (empty != null) {
            System.err.println(empty);
        }
        stopped.await();
        return 0;
    }

    /** A mistyped --store opens a new, empty corpus: say so, or the desk just shows zeros. */
    static String emptyNote(Store corpus, String location) {
        if (corpus.counts().articles() > 0) {
            return null;
        }
        return "sitrep: " + location + " holds no articles yet; fill it with: sitrep ingest FILES… --store " + location
                + " (\"Analyse a text\" works meanwhile)";
    }
}
