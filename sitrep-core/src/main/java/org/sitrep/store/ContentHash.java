package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's text for idempotent ingest: SHA-256 of the text with runs of whitespace
 * collapsed, so that the same article re-read with other line endings or trailing blanks hashes alike.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(String text) {
        String normal = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
