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
import java.util.regex.Pattern;
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
    private final boolean allSentences;

    public SuTime() {
        this(false);
    }

    /** {@code allSentences}: give SUTime every whole sentence, not only windows around time words (to test them). */
    SuTime(boolean allSentences) {
        this.allSentences = allSentences;
        Properties p = new Properties();
        // "from 2020 to 2022" as one range, as TIMEX3 and the news reader expect.
        p.setProperty("sutime.includeRange", "true");
        p.setProperty("sutime.markTimeRanges", "false");
        this.annotator = new TimeAnnotator("sutime", p, true);
    }

    /**
     * Words without which SUTime's rules match nothing: a digit, or a calendar, clock, unit or deictic word.
     * SUTime is given only the tokens near one of them (see {@link #REACH}); the evaluation over TimeBank gives
     * the same expressions with and without this filter.
     */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)^(january|february|march|april|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?$|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\\.?$|(^|-)(second|minute|hour|day|week|fortnight"
            + "|month|quarter|year|decade|centur(y|ie)|millenni(um|a)|weekend|weekday|night|morning|afternoon|evening|noon"
            + "|midnight|dawn|dusk|sunrise|sunset|midday|spring|summer|autumn|fall|winter|season|semester|time|moment|period"
            + "|era|age|term|while|instant|sec|min|hr|yr|wk|mo)s?(-|$)|^(now|nowadays|today|tonight|yesterday|tomorrow|overnight|current|currently"
            + "|recent|recently|present|presently|past|future|former|formerly|previous|previously|ago|earlier|later|late"
            + "|lately|early|soon|once|then|daily|weekly|monthly|yearly|annual|annually|quarterly|hourly|nightly|biannual"
            + "|semiannual|biennial|fiscal|christmas|easter|thanksgiving|halloween|ramadan|hanukkah|eid|passover|holiday"
            + "|eve|ad|bc|bce|ce|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|est|edt|pst|pdt|cet|mid|o'clock|hundred|thousand"
            + "|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|tens|teens|noughties)$|\\d|^mid-|-old$"
            // Years spelt out: "nineteen ninety".
            + "|^(seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-[a-z]+)?$");

    private static boolean isTimeWord(Token t) {
        // "May" the month, not "may" the modal.
        return TIME_WORD.matcher(t.word()).find() || t.word().equalsIgnoreCase("may") && !"MD".equals(t.pos());
    }

    /**
     * Tokens on either side of a time word that SUTime is given. Every expression holds a time word, and SUTime's
     * cost is trying its patterns at every token it gets, so it gets only the stretches of a sentence within this
     * reach of a time word (stretches that touch are merged). The reach exceeds the longest expressions
     * ("from 9 to 11 a.m. on Tuesday, September 19") measured from their nearest time word, with room for the
     * words that rules look at beside an expression; tests check that windows find what whole sentences find.
     * On TimeBank + AQUAINT a reach of 5 gives exactly what 8 gave (4 loses one exact span).
     */
    static final int REACH = 5;

    /** Token ranges [first, end) of a sentence that SUTime gets: all of it, or the windows around time words. */
    private List<int[]> windows(Analysis a, Sentence s) {
        if (allSentences) {
            return List.of(new int[] {s.firstToken(), s.endToken()});
        }
        List<int[]> out = new ArrayList<>();
        List<Token> tokens = a.tokensOf(s);
        for (Token t : tokens) {
            if (!isTimeWord(t)) {
                continue;
            }
            int from = Math.max(s.firstToken(), t.index() - REACH);
            int to = Math.min(s.endToken(), t.index() + REACH + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    /** SUTime's time expressions in a tokenised analysis, anchored to {@code anchor} (unresolved when null). */
    public List<TimeExpression> find(Analysis a, LocalDate anchor) {
        String text = a.text();
        Annotation doc = new Annotation(text);
        List<CoreLabel> all = new ArrayList<>();
        List<CoreMap> sentences = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (int[] w : windows(a, s)) {
                List<CoreLabel> labels = new ArrayList<>();
                int i = 0;
                for (Token t : a.tokens().subList(w[0], w[1])) {
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
                int begin = labels.get(0).beginPosition();
                int end = labels.get(labels.size() - 1).endPosition();
                Annotation sm = new Annotation(text.substring(begin, end));
                sm.set(CoreAnnotations.TokensAnnotation.class, labels);
                sm.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                sm.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                sm.set(CoreAnnotations.TokenBeginAnnotation.class, w[0]);
                sm.set(CoreAnnotations.TokenEndAnnotation.class, w[1]);
                sm.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
                sentences.add(sm);
            }
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
