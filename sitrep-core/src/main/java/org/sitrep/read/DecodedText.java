package org.sitrep.read;

/** Text decoded from bytes, with the charset used and whether it was assumed rather than known. */
public record DecodedText(String text, String charset, boolean assumed) {
}
