package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.sitrep.model.Article;

/**
 * The obvious alternative to Sitrep, run as a speed baseline: CoreNLP's full pipeline
 * (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) with CoreNLP's own defaults, which for English
 * with depparse means statistical coreference over dependency-based mention detection, NER with SUTime and
 * the fine-grained KBP classes, and quote attribution. Only the sentence split follows Sitrep (a line break
 * ends a sentence) so both read the same sentences. Thread-safe like any StanfordCoreNLP pipeline.
 */
public final class CoreNlpFullPipeline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    public CoreNlpFullPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates the article's text (against its publication date, as Sitrep does) and returns its token count. */
    public int annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        article.published().asOptional().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        try {
            pipeline.annotate(doc);
        } catch (RuntimeException e) {
            // CoreNLP's own annotators fail on some news texts (e.g. quote attribution); the work done until
            // then still counts as the baseline's time, and the failure is reported beside its figures.
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, article.id() + ": " + e);
        }
        List<?> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }

    /** How many articles ended in an exception inside CoreNLP, and the first such error (null when none). */
    public int failures() {
        return failures.get();
    }

    public String firstFailure() {
        return firstFailure.get();
    }
}
