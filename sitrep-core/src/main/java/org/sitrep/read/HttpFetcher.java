package org.sitrep.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one URL with {@code java.net.http}: redirects followed, gzip accepted, a size cap, and
 * conditional requests ({@code If-None-Match}, {@code If-Modified-Since}) for the feed watcher. Thread-safe.
 */
public final class HttpFetcher {

    public static final HttpFetcher DEFAULT = new HttpFetcher(Duration.ofSeconds(30), 32 << 20);

    private static final String AGENT = "sitrep/0.1 (news analysis; polite polling)";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([A-Za-z0-9_:.-]+)");

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    public HttpFetcher(Duration timeout, int maxBytes) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** A response: status 304 means not modified (no body); {@code retryAfter} as the server sent it. */
    public record Fetched(String url, int status, byte[] body, String contentType, String etag, String lastModified,
            String retryAfter) {

        public String charset() {
            if (contentType == null) {
                return null;
            }
            Matcher m = CHARSET.matcher(contentType);
            return m.find() ? m.group(1) : null;
        }

        /** The format the content type names, or what the bytes show when it names none we know. */
        public InputFormat format() {
            String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (t.contains("html")) {
                return InputFormat.HTML;
            }
            if (t.contains("rss") || t.contains("atom")) {
                return InputFormat.FEED;
            }
            if (t.contains("warc")) {
                return InputFormat.WARC;
            }
            return InputFormat.detect(url, body);
        }
    }

    /** GETs {@code url}; any status other than 200 is an error. */
    public Fetched get(String url) throws IOException {
        Fetched f = get(url, null, null);
        if (f.status() != 200) {
            throw new IOException("HTTP " + f.status());
        }
        return f;
    }

    /** A conditional GET; returns 304 responses as they are, throws for errors other than HTTP statuses. */
    public Fetched get(String url, String etag, String lastModified) throws IOException {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new IOException("not a valid URL: " + url);
        }
        b.timeout(timeout).header("User-Agent", AGENT).header("Accept-Encoding", "gzip");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> r;
        try {
            r = client.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IOException e) {
            throw new IOException(describe(e), e);
        }
        byte[] body;
        try (InputStream in = r.body()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new IOException("response larger than " + maxBytes + " bytes");
        }
        if (r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (InputStream z = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = z.readNBytes(Inputs.MAX_DOCUMENT_BYTES + 1);
            }
            if (body.length > Inputs.MAX_DOCUMENT_BYTES) {
                throw new IOException("response larger than " + (Inputs.MAX_DOCUMENT_BYTES >> 20) + " MB uncompressed");
            }
        }
        return new Fetched(r.uri().toString(), r.statusCode(), body, r.headers().firstValue("Content-Type").orElse(null),
                r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null),
                r.headers().firstValue("Retry-After").orElse(null));
    }

    /**
     * A failed request in words a user can act on: the JDK's exceptions often carry no message at all (a
     * refused connection is a bare {@code ConnectException}), which would print as "null".
     */
    static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer (timed out)";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (is the server running?)";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
