package org.sitrep.nlp;

/**
 * Typed settings of the CoreNLP stage. {@code fineGrainedNer} turns on CoreNLP's KBP fine-grained
 * classes (slower, see the README's figures); {@code parseMaxTokens} is the longest sentence that gets a
 * dependency parse (longer ones keep tokens and NER, and a problem is reported). {@code suTime} runs SUTime
 * inside NER as well; off by default because the time stage runs its own SUTime (with news settings) and the
 * NER-level run cost a fifth of the pipeline without changing any output (seed golden and evaluators equal).
 */
public record NlpSettings(boolean parse, boolean fineGrainedNer, boolean suTime, int parseMaxTokens) {

    public static final NlpSettings DEFAULT = new NlpSettings(true, false, false, 120);

    public NlpSettings {
        if (parseMaxTokens < 1) {
            throw new IllegalArgumentException("parseMaxTokens must be positive: " + parseMaxTokens);
        }
    }

    public NlpSettings withParse(boolean p) {
        return new NlpSettings(p, fineGrainedNer, suTime, parseMaxTokens);
    }
}
