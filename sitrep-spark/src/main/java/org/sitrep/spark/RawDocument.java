package org.sitrep.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;

/**
 * One unit of input as it travels from the reader to the executor that analyses it: a whole file's bytes,
 * or one JSON Lines record. It is read into articles by the core's {@link Inputs}, on the executor, so a
 * distributed run reads every document exactly as {@code sitrep analyze} does.
 */
public record RawDocument(Kind kind, String origin, String fallbackId, byte[] bytes) implements Serializable {

    public enum Kind { FILE, JSON_LINE }

    public static RawDocument file(String origin, String id, byte[] bytes) {
        return new RawDocument(Kind.FILE, origin, id, bytes);
    }

    public static RawDocument jsonLine(String origin, String fallbackId, String line) {
        return new RawDocument(Kind.JSON_LINE, origin, fallbackId, line.getBytes(StandardCharsets.UTF_8));
    }

    public List<ReadResult> read() {
        return switch (kind) {
            case FILE -> Inputs.fromBytes(origin, fallbackId, bytes);
            case JSON_LINE -> List.of(Inputs.jsonLine(origin, fallbackId, new String(bytes, StandardCharsets.UTF_8)));
        };
    }
}
