package org.sitrep.read;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.read.feed.FeedItem;
import org.sitrep.read.feed.FeedParser;

/**
 * Polls news feeds politely and hands on the items it has not seen before: conditional requests
 * ({@code If-None-Match} with the feed's ETag, {@code If-Modified-Since} with its Last-Modified), a pause
 * between rounds, and a pause of at least {@code perHostDelay} between a host's answer and the next request to
 * it. An item's page is fetched and read as HTML when {@code fetchPages} is on; when the page cannot be read the
 * item's own content is used. A host answering 429 or 503 is left alone for its Retry-After (or one interval).
 * One watcher serves one thread.
 */
public final class FeedWatcher {

    /** How to poll: pause between rounds, least gap between two requests to one host, rounds (0 = forever). */
    public record Settings(Duration interval, Duration perHostDelay, int rounds, boolean fetchPages) {

        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), Duration.ofSeconds(2), 0, true);
        /** One look at a feed named on the command line: its items' pages fetched a second apart per host. */
        public static final Settings ONCE = new Settings(Duration.ZERO, Duration.ofSeconds(1), 1, true);

        public Settings {
            if (interval.isNegative() || perHostDelay.isNegative() || rounds < 0) {
                throw new IllegalArgumentException("interval, delay and rounds must not be negative");
            }
        }
    }

    private static final int MAX_SEEN = 10_000;

    private record FeedState(String etag, String lastModified) {
    }

    private final HttpFetcher http;
    private final Settings settings;
    private final Map<String, FeedState> feeds = new HashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Long> lastRequest = new HashMap<>();

    public FeedWatcher(HttpFetcher http, Settings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** Polls every feed {@code settings.rounds()} times (or until interrupted), new items to {@code sink}. */
    public void run(List<String> feedUrls, Consumer<ReadResult> sink) throws InterruptedException {
        for (int round = 1; settings.rounds() == 0 || round <= settings.rounds(); round++) {
            for (String feed : feedUrls) {
                poll(feed).forEach(sink);
            }
            if (settings.rounds() == 0 || round < settings.rounds()) {
                Thread.sleep(settings.interval().toMillis());
            }
        }
    }

    /** One conditional request for {@code feed}; the items not seen before, read (failures included). */
    public List<ReadResult> poll(String feed) throws InterruptedException {
        FeedState state = feeds.getOrDefault(feed, new FeedState(null, null));
        HttpFetcher.Fetched f;
        try {
            f = politely(feed, () -> http.get(feed, state.etag(), state.lastModified()));
        } catch (IOException e) {
            return List.of(ReadResult.failed(feed, "cannot fetch feed: " + e.getMessage()));
        }
        if (f.status() == 304) {
            return List.of();
        }
        if (f.status() == 429 || f.status() == 503) {
            long seconds = retryAfterSeconds(f.retryAfter(), settings.interval());
            hold(feed, seconds);
            return List.of(ReadResult.failed(feed, "feed answered HTTP " + f.status() + "; next request to its host in "
                    + seconds + " s"));
        }
        if (f.status() != 200) {
            return List.of(ReadResult.failed(feed, "feed answered HTTP " + f.status()));
        }
        feeds.put(feed, new FeedState(f.etag(), f.lastModified()));
        return items(feed, f.body());
    }

    /** The items of a fetched feed not seen before, each read from its page where it can be. */
    public List<ReadResult> items(String feed, byte[] body) throws InterruptedException {
        List<FeedItem> items;
        try {
            items = FeedParser.parse(body);
        } catch (UnreadableInputException e) {
            return List.of(ReadResult.failed(feed, e.getMessage()));
        }
        List<ReadResult> out = new ArrayList<>();
        for (FeedItem item : items) {
            String key = item.id() != null ? item.id() : item.link() + "|" + item.title();
            if (!seen.add(key)) {
                continue;
            }
            out.add(read(feed, item));
        }
        while (seen.size() > MAX_SEEN) {
            seen.remove(seen.iterator().next());
        }
        return out;
    }

    private ReadResult read(String feed, FeedItem item) throws InterruptedException {
        String origin = item.link() != null ? item.link() : feed;
        if (settings.fetchPages() && item.link() != null && item.link().startsWith("http")) {
            try {
                HttpFetcher.Fetched page = politely(item.link(), () -> http.get(item.link()));
                if (page.format() == InputFormat.HTML) {
                    ReadResult r = Documents.html(origin, item.id() != null ? item.id() : item.link(), page.body(),
                            page.url(), page.charset());
                    if (!r.failed()) {
                        return r;
                    }
                }
            } catch (IOException e) {
                // The page is out of reach; the item's own content still tells the story.
            }
        }
        return Documents.feedItem(origin, item);
    }

    /** Retry-After in seconds (a number; a date or nothing means the polling interval), at least one. */
    static long retryAfterSeconds(String header, Duration fallback) {
        if (header != null && header.strip().matches("\\d{1,6}")) {
            return Math.max(1, Long.parseLong(header.strip()));
        }
        return Math.max(1, fallback.toSeconds());
    }

    /** Makes the next request to the URL's host wait {@code seconds} (a server asked us to slow down). */
    private void hold(String url, long seconds) {
        String host = host(url);
        if (host != null) {
            lastRequest.put(host, System.nanoTime() + seconds * 1_000_000_000L - settings.perHostDelay().toNanos());
        }
    }

    /** One request, at least {@code perHostDelay} after the previous answer from the same host. */
    private HttpFetcher.Fetched politely(String url, Request request) throws IOException, InterruptedException {
        String host = host(url);
        if (host != null) {
            Long last = lastRequest.get(host);
            long wait = last == null ? 0 : last + settings.perHostDelay().toNanos() - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        try {
            return request.send();
        } finally {
            // Counted from the end of the answer, so a slow host gets its full pause too.
            if (host != null) {
                lastRequest.put(host, System.nanoTime());
            }
        }
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @FunctionalInterface
    private interface Request {
        HttpFetcher.Fetched send() throws IOException;
    }
}
