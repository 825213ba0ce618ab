package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * CoreNLP's own quote finder and quote attribution (QuoteAnnotator with {@code quote.attributeQuotes}),
 * run as a baseline for the quote evaluator, with the statistical coreference its attribution relies on.
 * Its quotes are all direct: it finds only text in quotation marks.
 */
public final class CoreNlpQuoteBaseline {

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("coref.md.type", "dep");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyRegexner", "false");
        p.setProperty("quote.attributeQuotes", "true");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** The quotes CoreNLP finds in a text, with the speaker its attribution gives (or unknown). */
    public List<Quote> quotes(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<Quote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int b = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (e - b < 2) {
                continue;
            }
            // The canonical mention ("Dmitry Peskov") when attribution found one, else the speaker as written.
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            Span mention = null;
            if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me) {
                mention = new Span(tokens.get(mb).beginPosition(), tokens.get(me).endPosition());
            }
            if (speaker == null && mention != null) {
                speaker = mention.of(text);
            }
            Quote.Speaker s = speaker == null ? Quote.Speaker.UNKNOWN : new Quote.Speaker(null, speaker, mention);
            out.add(new Quote(Quote.Kind.DIRECT, new Span(b + 1, e - 1), null, s, 1.0,
                    q.get(QuoteAttributionAnnotator.SpeakerSieveAnnotation.class), null));
        }
        out.sort((x, y) -> x.content().compareTo(y.content()));
        return out;
    }
}
