package org.sitrep.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into canonical text: byte-order marks honoured and removed, strict UTF-8 tried first,
 * windows-1252 assumed (and said so) when the bytes are not UTF-8, line ends normalised to {@code \n}.
 * Binary data is refused with a reason rather than decoded into noise.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return canonical(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return canonical(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return canonical(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableInputException("binary data, not text");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return canonical(s, "UTF-8", false);
        } catch (CharacterCodingException e) {
            return canonical(new String(bytes, Charset.forName("windows-1252")), "windows-1252", true);
        }
    }

    /** Whether the bytes are strictly valid UTF-8 (pure ASCII included). */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** NUL bytes or many control characters in the first 8 KB mean the file is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static DecodedText canonical(String s, String charset, boolean assumed) {
        String t = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        return new DecodedText(t, charset, assumed);
    }
}
