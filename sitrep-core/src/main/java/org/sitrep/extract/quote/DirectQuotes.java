package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Direct quotes: walks the article's quotation marks in order and keeps a quotation as a statement when its
 * frame ({@link QuoteFrames}) names a verb of saying, a byline signs it, or it stands alone as a paragraph; joins
 * the parts of one quote around its frame ("“A,” Peskov said, “B.”") and widens a quotation into a mixed quote
 * when the words before it belong to the statement. Kept apart from reported speech, whose content comes from
 * the parse, because a direct quote's content is fixed by its marks.
 */
final class DirectQuotes {

    /** How far into the text after a closing mark the speech verb of its frame may lie, in tokens. */
    private static final int FRAME_REACH = 8;

    private final CueLexicon lex;
    private final Subjects subjects;
    private final QuoteFrames frames;

    DirectQuotes(CueLexicon lex, Subjects subjects) {
        this.lex = lex;
        this.subjects = subjects;
        this.frames = new QuoteFrames(lex, subjects);
    }

    /** Adds the direct (and mixed) quotes to {@code out} and the inner span of each quotation kept to {@code directInner}. */
    void find(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Candidate> out, List<Span> directInner) {
        Candidate previous = null;
        int previousCue = -1;
        boolean signed = false; // the quote before was signed by a byline, which closes it
        for (int i = 0; i < regions.size(); i++) {
            QuoteMarks.Region r = regions.get(i);
            Span inner = Contents.trim(a.text(), r.inner());
            if (inner.length() == 0) {
                continue;
            }
            // The sentences of the quoted words, not of the marks: a tokenizer may hang a mark on the sentence before.
            Sentence so = a.sentenceAt(inner.begin());
            Sentence sc = a.sentenceAt(inner.end() - 1);
            if (so == null || sc == null) {
                continue;
            }
            int prevEnd = i > 0 ? regions.get(i - 1).outer().end() : 0;
            int nextBegin = i + 1 < regions.size() ? regions.get(i + 1).outer().begin() : Integer.MAX_VALUE;
            List<Integer> before = frame(a, so, prevEnd, r.outer().begin());
            List<Integer> after = frame(a, sc, r.outer().end(), nextBegin);
            String innerText = inner.of(a.text());
            int words = innerText.split("\\s+").length;
            String bare = innerText.replaceAll("[’'”\"\\s]+$", "");
            char last = bare.isEmpty() ? ' ' : bare.charAt(bare.length() - 1);
            boolean openEnded = ",?!…—–-:".indexOf(last) >= 0;
            boolean beforeEmpty = before.isEmpty();
            if (!beforeEmpty && i > 0 && regions.get(i - 1).outer().end() > so.span().begin()
                    && t.token(before.get(before.size() - 1)).word().matches(".*\\w\\.|[.?!]")) {
                // "“A,” McFaul said of RT. “B.”": a sentence end the splitter missed; the quote opens a sentence.
                beforeEmpty = true;
            }
            int cueBefore = -1;
            boolean sceneSet = false;
            if (!beforeEmpty) {
                String lastWord = t.token(before.get(before.size() - 1)).word();
                if (lastWord.equals(",") || lastWord.equals(":")) {
                    // "Peskov said, “…" or "He told reporters on Monday: “…": the verb ends the frame; a verb
                    // further back ("said that under Obama, “…") makes the quotation part of reported speech.
                    boolean midFrame = i > 0 && regions.get(i - 1).outer().end() > so.span().begin();
                    int from = midFrame ? 0 : Math.max(0, before.size() - FRAME_REACH + 2);
                    cueBefore = frames.cue(t, before.subList(from, before.size()), before.size() - from);
                    if (cueBefore < 0 && !midFrame) {
                        cueBefore = frames.lastClauseVerb(t, before, lastWord.equals(":"));
                    }
                } else if (frames.voicedQuote(t, before.get(before.size() - 1), after) && !innerText.startsWith("that ")) {
                    cueBefore = before.get(before.size() - 1); // "Protesters chanted “What curfew?”"
                } else if (LeadIns.goesOn(t, before, previousCue)) {
                    cueBefore = previousCue; // "“I love Larry,” he said, but “when it comes to …”": one statement
                }
                if (cueBefore < 0 && LeadIns.sceneSetter(t, before)) {
                    beforeEmpty = true; // "As for complexity, “…,” said Mr. Kamin": the phrase frames the quote
                    sceneSet = true;
                } else if (cueBefore < 0 || QuoteFrames.complementizerAfter(t, cueBefore, before)) {
                    continue; // the quotation sits inside a clause: a fragment, not a direct quote
                }
            }
            int cueAfter = after.isEmpty() ? -1 : frames.cue(t, after, FRAME_REACH);
            int surfaceHead = -1;
            if (cueAfter < 0 && !after.isEmpty()) {
                cueAfter = frames.distantCue(a, t, after);
                int[] surface = cueAfter < 0 ? SurfaceFrame.read(t, after, lex) : null;
                if (surface != null) {
                    cueAfter = surface[0];
                    surfaceHead = surface[1];
                }
            }
            int cue;
            List<Integer> signature = after;
            if (after.isEmpty() && sc.index() + 1 < a.sentences().size()) {
                // The sentence splitter may end the sentence at ."” and leave "― Name" as a sentence of its own.
                Sentence next = a.sentences().get(sc.index() + 1);
                int from = Math.min(r.outer().end(), next.span().begin());
                if (a.text().substring(from, Math.max(from, next.span().begin())).indexOf('\n') < 0) {
                    signature = frame(a, next, r.outer().end(), nextBegin);
                }
            }
            String endMark = innerText.replaceAll("[’'”\"\\s]+$", "");
            boolean exclaims = endMark.endsWith("?") || endMark.endsWith("!");
            if (cueAfter < 0 && after.isEmpty() && signature.size() > 1
                    && (exclaims || Character.isLowerCase(t.token(signature.get(0)).word().charAt(0)))) {
                // "“Why not?” Vitter demanded.": the splitter ends the sentence at ?” and leaves the frame alone.
                cueAfter = frames.cue(t, signature, FRAME_REACH);
                if (cueAfter < 0) {
                    cueAfter = frames.distantCue(a, t, signature);
                }
                if (cueAfter >= 0) {
                    after = signature;
                }
            }
            int byline = beforeEmpty && !sceneSet ? QuoteFrames.byline(t, signature) : -1;
            if (byline >= 0) {
                // "“…” ― Stephanie Egan": a dash and a name sign the quote.
                Candidate c = new Candidate(Quote.Kind.DIRECT, inner, t.token(signature.get(0)).span(), byline,
                        Phrases.subjectSpan(a, t, byline), false);
                out.add(c);
                directInner.add(r.inner());
                previous = c;
                previousCue = signature.get(0);
                signed = true;
                continue;
            }
            if (sceneSet && LeadIns.titleCase(innerText)) {
                continue; // "In his book, “Make Your Kid a Millionaire,” he suggested …": a title, not his words
            }
            if (cueAfter >= 0 && (openEnded || beforeEmpty || t.token(after.get(0)).word().equals(","))) {
                cue = cueAfter;
            } else if (cueBefore >= 0) {
                cue = cueBefore;
            } else if (beforeEmpty && !sceneSet && words >= 3 && (after.isEmpty() || QuoteFrames.onlyPunctuation(t, after)
                    || previous != null && !signed && LeadIns.verblessTail(t, after)
                    && Contents.paragraphBreaks(a.text().substring(Math.min(previous.content().end(), inner.begin()), inner.begin())) == 0)) {
                // "“A,” said Cole. “B” for the top bracket.": a phrase of the writer's ends the quote's sentence.
                cue = -1; // a quote standing alone: its speaker comes from the conversation around it
                int intro = frames.introduction(a, t, so);
                if (intro >= 0 && !(previous != null && previous.content().end() > a.sentences().get(t.token(intro).sentence()).span().begin())) {
                    cue = intro; // "Caddell told Breitbart News:" ending the paragraph before
                }
            } else {
                continue;
            }
            boolean inFrame = cue >= 0 && (cue == cueAfter || cue == cueBefore);
            int subject = cue < 0 ? -1 : cue == cueAfter && surfaceHead >= 0 ? surfaceHead
                    : inFrame ? subjects.frameSubject(t, cue, cue == cueAfter ? after : before) : subjects.subjectOrBeside(t, cue);
            Candidate c = new Candidate(Quote.Kind.DIRECT, inner, cue >= 0 ? Phrases.cueSpan(t, cue) : null, subject,
                    subject >= 0 ? Phrases.subjectSpan(a, t, subject) : null, false);
            int breaks = previous == null || previous.content().end() > inner.begin() ? Integer.MAX_VALUE
                    : Contents.paragraphBreaks(a.text().substring(previous.content().end(), inner.begin()));
            // A quote with no frame of its own goes on with the quote before it in the same or the next paragraph.
            if (breaks == 0 && cue >= 0 && cue == previousCue && cueBefore == cue && !verbAfter(t, cue, before)
                    || breaks <= 1 && cue < 0 && !signed
                    && !sentenceBetween(a, previous.content().end(), r.outer().begin(), previousCue)) {
                // "“A,” Peskov said, “B.”" and "“A,” she said. “B.”": one statement around its frame.
                out.remove(out.size() - 1);
                c = new Candidate(previous.kind(), previous.content().union(inner), previous.cue(),
                        previous.subjectHead(), previous.subject(), false);
                cue = previousCue;
            } else if (cue >= 0 && cue == cueBefore) {
                int lead = i == 0 || prevEnd <= so.span().begin() ? LeadIns.start(t, before, cue, innerText) : -1;
                if (lead < 0) {
                    lead = LeadIns.example(t, before);
                }
                if (lead < 0) {
                    lead = LeadIns.reportedClause(t, before, cue);
                }
                if (lead >= 0) {
                    // "It was, the president said, “a stone …”", "says things such as, “…”", "said she has …: “…”":
                    // the words the quotation completes are part of the statement, a mixed quote.
                    c = new Candidate(Quote.Kind.MIXED, new Span(t.token(lead).span().begin(), inner.end()), c.cue(),
                            c.subjectHead(), c.subject(), false);
                }
            }
            out.add(c);
            directInner.add(r.inner());
            previous = c;
            previousCue = cue;
            signed = false;
        }
    }

    /**
     * Whether another speech verb follows the cue in a frame: "“A,” Trump said, adding later, “B.”" holds
     * two statements, where "“A,” Trump said on Monday, “B.”" or "said, referring to …, “B.”" holds one.
     */
    private boolean verbAfter(DepTree t, int cue, List<Integer> frame) {
        for (int k : frame) {
            if (k > cue && t.token(k).isVerb() && lex.speechVerb(t.token(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence other than the frame of the quote before ({@code frameCue}'s) starts between two
     * quotes: "“A,” X said. The summit failed, he added. “B.”" holds two statements, not one.
     */
    private static boolean sentenceBetween(Analysis a, int from, int to, int frameCue) {
        int frameSentence = frameCue >= 0 ? a.tokens().get(frameCue).sentence() : -1;
        for (Sentence s : a.sentences()) {
            int b = s.span().begin();
            if (b > from && b < to && s.index() != frameSentence) {
                // A clause, not a piece of the frame the splitter cut off ("head of the Black Caucus.").
                for (int k = s.firstToken(); k < s.endToken() && a.tokens().get(k).span().end() <= to; k++) {
                    if (a.tokens().get(k).isVerb()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The non-punctuation-only tokens of sentence {@code s} lying within [from, to), quote marks excluded. */
    private static List<Integer> frame(Analysis a, Sentence s, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token tok = a.tokens().get(k);
            if (tok.span().begin() >= from && tok.span().end() <= to && !Contents.isQuoteToken(tok)) {
                out.add(k);
            }
        }
        return out;
    }
}
