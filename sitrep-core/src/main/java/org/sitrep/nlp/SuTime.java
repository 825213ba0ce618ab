package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * CoreNLP's SUTime run over tokens Sitrep already has (no second tokenisation), resolved against an anchor
 * date. Returns plain {@link TimeExpression}s; the rules that correct SUTime for news live outside this package.
 * Thread-safe: the rule set loads once and extraction keeps its state in the per-call annotation.
 */
public final class SuTime {

    private final TimeAnnotator annotator;

    public SuTime() {
        Properties p = new Properties();
        // "from 2020 to 2022" as one range, as TIMEX3 and the news reader expect.
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "false");
        this.annotator = new TimeAnnotator("sutime", p, true);
    }

    /** SUTime's time expressions in a tokenised analysis, anchored to {@code anchor} (unresolved when null). */
    public List<TimeExpression> find(Analysis a, LocalDate anchor) {
        String text = a.text();
        Annotation doc = new Annotation(text);
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<CoreLabel> labels = new ArrayList<>();
            int i = 0;
            for (Token t : a.tokensOf(s)) {
                CoreLabel l = new CoreLabel();
                l.setWord(t.word());
                l.setValue(t.word());
                l.setOriginalText(t.span().of(text));
                l.setTag(t.pos());
                l.setLemma(t.lemma());
                l.setBeginPosition(t.span().begin());
                l.setEndPosition(t.span().end());
                l.setIndex(++i);
                l.setSentIndex(s.index());
                l.set(CoreAnnotations.TokenBeginAnnotation.class, t.index());
                l.set(CoreAnnotations.TokenEndAnnotation.class, t.index() + 1);
                labels.add(l);
            }
            all.addAll(labels);
            Annotation sm = new Annotation(s.span().of(text));
            sm.set(CoreAnnotations.TokensAnnotation.class, labels);
            sm.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.span().begin());
            sm.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.span().end());
            sm.set(CoreAnnotations.TokenBeginAnnotation.class, s.firstToken());
            sm.set(CoreAnnotations.TokenEndAnnotation.class, s.endToken());
            sm.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
            sentences.add(sm);
        }
        doc.set(CoreAnnotations.TokensAnnotation.class, all);
        doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        annotator.annotate(doc);
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return out;
        }
        for (CoreMap cm : timexes) {
            Timex t = cm.get(TimeAnnotations.TimexAnnotation.class);
            if (t == null || t.timexType() == null) {
                continue;
            }
            String mod = t.toXmlElement().getAttribute("mod");
            out.add(new TimeExpression(new Span(cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), t.timexType(), t.value(),
                    mod == null || mod.isEmpty() ? null : mod));
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }
}
