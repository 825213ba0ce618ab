package org.sitrep.model;

/**
 * One story of a text that may hold several (wire files run items together). {@code headline} is
 * null when the story has none; {@code source} is the credited agency or outlet, or null.
 */
public record Story(Span span, Span headline, String source) implements Spanned {
}
