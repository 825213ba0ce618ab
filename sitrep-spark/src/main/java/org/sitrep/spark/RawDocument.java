package org.sitrep.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.spark.input.PortableDataStream;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;

/**
 * One unit of input as it travels from the reader to the executor that analyses it: a whole file's bytes,
 * one JSON Lines record, or a WARC archive (only a handle: its stream is opened on the executor and read
 * record by record). It is read into articles by the core's {@link Inputs}, on the executor, so a distributed
 * run reads every document exactly as {@code sitrep analyze} does.
 */
public record RawDocument(Kind kind, String origin, String fallbackId, byte[] bytes, PortableDataStream archive)
        implements Serializable {

    public enum Kind { FILE, JSON_LINE, WARC }

    public static RawDocument file(String origin, String id, byte[] bytes) {
        return new RawDocument(Kind.FILE, origin, id, bytes, null);
    }

    public static RawDocument jsonLine(String origin, String fallbackId, String line) {
        return new RawDocument(Kind.JSON_LINE, origin, fallbackId, line.getBytes(StandardCharsets.UTF_8), null);
    }

    public static RawDocument warc(String origin, PortableDataStream archive) {
        return new RawDocument(Kind.WARC, origin, null, null, archive);
    }

    /** The documents, lazily for a WARC archive; close the stream to close the archive. */
    public Stream<ReadResult> read() {
        return switch (kind) {
            case FILE -> Inputs.fromBytes(origin, fallbackId, bytes).stream();
            case JSON_LINE -> Stream.of(Inputs.jsonLine(origin, fallbackId, new String(bytes, StandardCharsets.UTF_8)));
            case WARC -> {
                try {
                    yield Inputs.warc(origin, archive.open());
                } catch (Exception e) {
                    // the file vanished or cannot be opened: one unreadable row, as for any other file
                    yield Stream.of(ReadResult.failed(origin, "cannot open: " + e.getMessage()));
                }
            }
        };
    }
}
