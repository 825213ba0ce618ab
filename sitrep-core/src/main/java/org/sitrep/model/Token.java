package org.sitrep.model;

/**
 * A word as the NLP stage saw it. {@code ner} is the coarse named-entity tag ("O" when none);
 * {@code normalized} carries the tagger's normalised value for numbers and dates, or null.
 */
public record Token(Span span, int index, int sentence, String word, String pos, String lemma,
                    String ner, String normalized) implements Spanned {

    public boolean isVerb() {
        return pos != null && pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos != null && pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos != null && pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return "PRP".equals(pos);
    }
}
