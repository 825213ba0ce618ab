package org.sitrep.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into canonical text: byte-order marks honoured and removed, UTF-16 without a mark recognised
 * by its zero bytes, strict UTF-8 tried next; bytes that are none of these are decoded with the single-byte
 * charset (windows-1252, windows-1251, KOI8-R, ISO-8859-2/5/7, windows-1250) under which they read most like
 * words of one script — and that charset is marked as assumed, so callers can say so. Line ends are
 * normalised to {@code \n}. Binary data is refused with a reason rather than decoded into noise.
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
        String utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            Charset cs = Charset.forName(utf16);
            return canonical(new String(bytes, cs), utf16, true);
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
            String best = singleByte(bytes);
            return canonical(new String(bytes, Charset.forName(best)), best, true);
        }
    }

    private static final String[] SINGLE_BYTE = {"windows-1252", "windows-1251", "KOI8-R", "ISO-8859-2",
        "ISO-8859-5", "ISO-8859-7", "windows-1250"};

    /** The single-byte charset under which the non-ASCII bytes read most like letters inside words of one script. */
    static String singleByte(byte[] bytes) {
        String best = SINGLE_BYTE[0];
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String name : SINGLE_BYTE) {
            if (!Charset.isSupported(name)) {
                continue;
            }
            double score = plausibility(new String(bytes, Charset.forName(name)));
            if (name.equals("windows-1252")) {
                score += 0.5;
            }
            if (score > bestScore) {
                bestScore = score;
                best = name;
            }
        }
        return best;
    }

    private static double plausibility(String s) {
        double score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c == '\uFFFD' || Character.isISOControl(c)) {
                score -= 5;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            score += 1;
            for (char n : new char[] {prev, next}) {
                if (!Character.isLetter(n)) {
                    continue;
                }
                if (script == Character.UnicodeScript.LATIN && n >= 0x80) {
                    // Latin-script words hold accented letters among plain ones; a run of them is another
                    // script read in the wrong code page (Russian in windows-1251 read as windows-1252).
                    score -= 1;
                } else {
                    score += Character.UnicodeScript.of(n) == script ? 1 : -2;
                }
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                score -= 1.5;
            }
        }
        return score;
    }

    /** UTF-16 without a byte-order mark: ASCII-range text leaves every other byte zero. */
    static String utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
            return "UTF-16BE";
        }
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
            return "UTF-16LE";
        }
        return null;
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
        // Every leading mark goes: a file saved twice with a byte-order mark starts with two (found by fuzzing).
        int marks = 0;
        while (marks < t.length() && t.charAt(marks) == '\uFEFF') {
            marks++;
        }
        if (marks > 0) {
            t = t.substring(marks);
        }
        return new DecodedText(t, charset, assumed);
    }
}
