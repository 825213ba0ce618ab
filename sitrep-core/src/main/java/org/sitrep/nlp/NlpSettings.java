package org.sitrep.nlp;

/**
 * Typed settings of the CoreNLP stage. {@code fineGrainedNer} turns on CoreNLP's KBP fine-grained
 * classes (slower, see the README's figures); {@code parseMaxTokens} is the longest sentence that gets a
 * dependency parse (longer ones keep tokens and NER, and a problem is reported).
 */
public record NlpSettings(boolean parse, boolean fineGrainedNer, boolean suTime, int parseMaxTokens) {

    public static final NlpSettings DEFAULT = new NlpSettings(true, false, true, 120);

    public NlpSettings {
        if (parseMaxTokens < 1) {
            throw new IllegalArgumentException("parseMaxTokens must be positive: " + parseMaxTokens);
        }
    }

    public NlpSettings withParse(boolean p) {
        return new NlpSettings(p, fineGrainedNer, suTime, parseMaxTokens);
    }
}
