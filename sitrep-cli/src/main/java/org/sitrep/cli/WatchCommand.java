package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.format.JsonFormat;
import org.sitrep.format.TextReport;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.read.FeedWatcher;
import org.sitrep.read.HttpFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watch FEED…}: poll feeds politely and analyse each new item as it comes. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds (conditional requests, per-host delay) and analyse new items as they come.")
final class WatchCommand implements Callable<Integer> {

    enum Format { jsonl, report, articles }

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (http or https).")
    List<String> feeds;

    @Option(names = "--interval", defaultValue = "300", paramLabel = "SECONDS",
            description = "Pause between polling rounds (default: ${DEFAULT-VALUE} s).")
    long interval;

    @Option(names = "--per-host-delay", defaultValue = "2", paramLabel = "SECONDS",
            description = "Least pause between a host's answer and the next request to it (default: ${DEFAULT-VALUE} s).")
    double perHostDelay;

    @Option(names = "--rounds", defaultValue = "0", paramLabel = "N", description = "Stop after N rounds (default: never).")
    int rounds;

    @Option(names = "--no-pages", description = "Use the feed items' own content; do not fetch their pages.")
    boolean noPages;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output: ${COMPLETION-CANDIDATES}; 'articles' prints the read articles as JSON Lines "
                    + "(id, url, title, published, text) without analysing them (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        FeedWatcher.Settings settings = new FeedWatcher.Settings(Duration.ofSeconds(interval),
                Duration.ofMillis((long) (perHostDelay * 1000)), rounds, !noPages);
        Sitrep sitrep = format == Format.articles ? null : Sitrep.create(SitrepConfig.DEFAULT);
        AtomicBoolean failed = new AtomicBoolean();
        new FeedWatcher(HttpFetcher.DEFAULT, settings).run(feeds, r -> {
            if (r.failed()) {
                failed.set(true);
                err.println("sitrep: " + r.origin() + ": " + r.error());
                return;
            }
            if (sitrep == null) {
                out.println(articleJson(r.article()));
                return;
            }
            Analysis a = sitrep.analyze(r.article());
            for (Problem p : r.problems()) {
                a = a.withProblem(p);
            }
            out.println(format == Format.jsonl ? JsonFormat.write(a, false) : TextReport.render(a, TextReport.Style.PLAIN));
        });
        // As analyze: a feed or item that could not be read makes a non-zero exit (seen when --rounds ends the watch).
        return failed.get() ? 1 : 0;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static String articleJson(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("published", a.published().date() == null ? null : a.published().date().toString());
        o.put("text", a.text());
        return o.toString();
    }
}
