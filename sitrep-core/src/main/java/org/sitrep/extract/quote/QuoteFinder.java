package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds statements: direct quotes (text in quotation marks framed by a speech verb, or standing alone as a
 * paragraph), mixed and indirect quotes (the clausal complement of a speech verb in the dependency parse,
 * "according to X", "X calls on Y to …", "…, X said"), and headline attributions ("…, PM Says").
 * Speakers are left as syntax gives them; {@link SpeakerSieves} resolves them.
 */
final class QuoteFinder {

    /** How far into the text after a closing mark the speech verb of its frame may lie, in tokens. */
    private static final int FRAME_REACH = 8;

    private final CueLexicon lex;
    private final Subjects subjects;
    private final ReportedSpeech reported;
    private final Headlines headlines;
    private final Transcripts transcripts = new Transcripts();

    QuoteFinder(CueLexicon lex) {
        this.lex = lex;
        this.subjects = new Subjects(lex);
        this.reported = new ReportedSpeech(lex, subjects);
        this.headlines = new Headlines(lex);
    }

    List<Candidate> find(Analysis a, DepTree t) {
        List<QuoteMarks.Region> regions = new ArrayList<>(QuoteMarks.find(a.text()));
        regions.removeIf(r -> QuoteMarks.isNickname(a.text(), r));
        List<Candidate> out = new ArrayList<>();
        List<Span> directInner = new ArrayList<>();
        direct(a, t, regions, out, directInner);
        Set<Span> taken = new HashSet<>();
        out.forEach(c -> taken.add(c.content()));
        reported.find(a, t, regions, directInner, out, taken);
        headlines.find(a, out, taken);
        HeadlineQuotes.find(a, out);
        transcripts.find(a, out, taken);
        LeadIns.joinReported(a, out);
        // Whatever found a reported statement, a relative clause after a comma that ends it is the writer's gloss;
        // applied again here it also drops a gloss that an earlier cut left at the end ("…, which A, which B"),
        // and the writer's tail goes too (", although …", "- delaying …", "… as rebels fired …").
        out.replaceAll(c -> c.kind() == Quote.Kind.DIRECT || c.headline() ? c
                : new Candidate(c.kind(), Frames.beforeWritersTail(a, Frames.beforeTrailingFrame(a, Frames.beforeGloss(a, Frames.beforeOccasion(a, c.content()), lex), lex)), c.cue(), c.subjectHead(),
                        c.subject(), c.headline()));
        out.removeIf(c -> reportsItsQuotation(c, out));
        out.replaceAll(o -> beforeSecondStatement(a, t, o, out));
        out.removeIf(c -> nestedRequest(a, c, out));
        out.removeIf(c -> swallowsDirect(c, out));
        out.removeIf(c -> quotedInQuotation(a, c, regions));
        out.removeIf(c -> straddlesOuter(a, c, out));
        out.removeIf(c -> NonStatements.shorterTwin(a, c, out));
        out.removeIf(c -> NonStatements.inEditorsNote(a.text(), c));
        out.removeIf(c -> NonStatements.sourceDescription(a, c));
        out.removeIf(c -> NonStatements.embeddedPost(a, c));
        out.sort((x, y) -> x.content().compareTo(y.content()));
        return out;
    }

    /**
     * "X said Moscow … calls on the parties to …" or "…; Moscow hopes that …": an appeal, a hope or any
     * statement reported inside what someone else reported is part of it, not a statement of its own.
     */
    private boolean nestedRequest(Analysis a, Candidate c, List<Candidate> all) {
        if (c.cue() == null || c.headline()) {
            return false;
        }
        String cueWord = c.cue().of(a.text()).split("\\s+")[0].toLowerCase(Locale.ROOT);
        boolean request = cueWord.startsWith("call") || cueWord.startsWith("urge");
        if (!(request || c.kind() != Quote.Kind.DIRECT)) {
            return false;
        }
        for (Candidate o : all) {
            boolean reported = (o.kind() != Quote.Kind.DIRECT || request) && !Judgements.writers(a, o, lex);
            if (o != c && reported && o.content().contains(c.cue()) && o.content().contains(c.content())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He said the museum compensated for what he believed was a sanitized version of history. ''…": a verb of
     * saying inside another's reported clause whose own content runs past that clause is a misread piece of
     * the outer statement (PolNeAR keeps the outer one, inner source and cue included), not a second statement.
     */
    private boolean straddlesOuter(Analysis a, Candidate c, List<Candidate> all) {
        if (c.kind() == Quote.Kind.DIRECT || c.cue() == null || c.headline() || c.cue().begin() >= c.content().end()) {
            return false;
        }
        for (Candidate o : all) {
            if (o != c && o.kind() != Quote.Kind.DIRECT && !o.headline() && o.content().contains(c.cue())
                    && !o.content().contains(c.content()) && !sayingIn(a, new Span(o.content().end(), c.content().end()))) {
                return true; // "… she thinks X but said Y": what runs past the outer is the outer's next statement
            }
        }
        return false;
    }

    private boolean sayingIn(Analysis a, Span s) {
        for (Token x : a.tokensIn(s)) {
            if (x.isVerb() && lex.speechVerb(x.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The study found: “27 companies reported …, while only reporting …”": a statement whose verb of saying
     * lies inside a quotation is part of what is quoted, whether or not the quotation is a statement of its own.
     */
    private static boolean quotedInQuotation(Analysis a, Candidate c, List<QuoteMarks.Region> regions) {
        // A transcript's turns ("WALLACE: …") are cued by a colon and stand on their own inside a quoted transcript.
        if (c.kind() == Quote.Kind.DIRECT || c.cue() == null || c.headline() || !c.cue().of(a.text()).matches("(?s).*\\p{L}.*")) {
            return false;
        }
        for (QuoteMarks.Region r : regions) {
            if (r.inner().contains(c.cue()) && r.inner().contains(c.content())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He claimed vast wealth and said it ensured …": a second verb of saying coordinated with the first starts
     * a statement of its own, so the first one's content ends before it (and no longer swallows the second).
     */
    private Candidate beforeSecondStatement(Analysis a, DepTree t, Candidate o, List<Candidate> all) {
        if (o.kind() == Quote.Kind.DIRECT || o.cue() == null || o.headline()) {
            return o;
        }
        int ov = cueToken(a, o);
        Span content = o.content();
        for (Candidate c : all) {
            if (c == o || c.cue() == null || !content.contains(c.cue()) || c.cue().begin() < content.begin()) {
                continue;
            }
            int cv = cueToken(a, c);
            if (cv < 0 || ov < 0 || !t.rel(cv).equals("conj") || t.head(cv) != ov) {
                continue;
            }
            int k = cv - 1;
            while (k > 0 && t.token(k).span().begin() > content.begin()
                    && ("CC".equals(t.token(k).pos()) || "RB".equals(t.token(k).pos()) || t.token(k).word().equals(","))) {
                k--;
            }
            if (t.token(k).span().end() <= content.begin() || "CC".equals(t.token(k).pos())) {
                continue; // "agreed, but also contended that …": nothing of the first statement before the second
            }
            Span cut = Contents.trim(a.text(), new Span(content.begin(), t.token(k).span().end()));
            if (cut.length() >= 3 && cut.end() < content.end()) {
                content = cut;
            }
        }
        return content == o.content() ? o : new Candidate(o.kind(), content, o.cue(), o.subjectHead(), o.subject(), o.headline());
    }

    private static int cueToken(Analysis a, Candidate c) {
        int v = -1;
        for (Token x : a.tokensIn(c.cue())) {
            if (x.isVerb()) {
                return x.index();
            }
            v = v < 0 ? x.index() : v;
        }
        return v;
    }

    /**
     * "Asked about …, Clinton said, “I think …”": what a quotation's own cue reports is the quotation, not the
     * sentence around it (which may hold statements of its own: "She said A, and when pressed, replied, “B”").
     */
    private static boolean reportsItsQuotation(Candidate c, List<Candidate> all) {
        if (c.kind() == Quote.Kind.DIRECT || c.cue() == null) {
            return false;
        }
        for (Candidate d : all) {
            if (d.kind() == Quote.Kind.DIRECT && c.cue().equals(d.cue()) && c.content().overlaps(d.content())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- direct quotes

    /**
     * A reported clause that holds a direct quote together with that quote's own speaker is a misparse of
     * the quote's frame ("“…,” Becker, a fellow at …, said" read as Becker's clause), not a second statement.
     */
    private static boolean swallowsDirect(Candidate c, List<Candidate> all) {
        if (c.kind() == Quote.Kind.DIRECT) {
            return false;
        }
        for (Candidate d : all) {
            if (d.kind() == Quote.Kind.DIRECT && d.subject() != null && c.content().contains(d.content())
                    && c.content().overlaps(d.subject())) {
                return true;
            }
        }
        return false;
    }

    private void direct(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Candidate> out, List<Span> directInner) {
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
                    cueBefore = cue(t, before.subList(from, before.size()), before.size() - from);
                    if (cueBefore < 0 && !midFrame) {
                        cueBefore = lastClauseVerb(t, before, lastWord.equals(":"));
                    }
                } else if (voicedQuote(t, before.get(before.size() - 1), after) && !innerText.startsWith("that ")) {
                    cueBefore = before.get(before.size() - 1); // "Protesters chanted “What curfew?”"
                } else if (LeadIns.goesOn(t, before, previousCue)) {
                    cueBefore = previousCue; // "“I love Larry,” he said, but “when it comes to …”": one statement
                }
                if (cueBefore < 0 && LeadIns.sceneSetter(t, before)) {
                    beforeEmpty = true; // "As for complexity, “…,” said Mr. Kamin": the phrase frames the quote
                    sceneSet = true;
                } else if (cueBefore < 0 || complementizerAfter(t, cueBefore, before)) {
                    continue; // the quotation sits inside a clause: a fragment, not a direct quote
                }
            }
            int cueAfter = after.isEmpty() ? -1 : cue(t, after, FRAME_REACH);
            int surfaceHead = -1;
            if (cueAfter < 0 && !after.isEmpty()) {
                cueAfter = distantCue(a, t, after);
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
                cueAfter = cue(t, signature, FRAME_REACH);
                if (cueAfter < 0) {
                    cueAfter = distantCue(a, t, signature);
                }
                if (cueAfter >= 0) {
                    after = signature;
                }
            }
            int byline = beforeEmpty && !sceneSet ? byline(t, signature) : -1;
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
            } else if (beforeEmpty && !sceneSet && words >= 3 && (after.isEmpty() || onlyPunctuation(t, after)
                    || previous != null && !signed && LeadIns.verblessTail(t, after)
                    && Contents.paragraphBreaks(a.text().substring(Math.min(previous.content().end(), inner.begin()), inner.begin())) == 0)) {
                // "“A,” said Cole. “B” for the top bracket.": a phrase of the writer's ends the quote's sentence.
                cue = -1; // a quote standing alone: its speaker comes from the conversation around it
                int intro = introduction(a, t, so);
                if (intro >= 0 && !(previous != null && previous.content().end() > a.sentences().get(t.token(intro).sentence()).span().begin())) {
                    cue = intro; // "Caddell told Breitbart News:" ending the paragraph before
                }
            } else {
                continue;
            }
            boolean inFrame = cue >= 0 && (cue == cueAfter || cue == cueBefore);
            int subject = cue < 0 ? -1 : cue == cueAfter && surfaceHead >= 0 ? surfaceHead
                    : inFrame ? subjects.frameSubject(t, cue, cue == cueAfter ? after : before) : subjects.subjectOf(t, cue);
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
     * The speech verb of a frame whose subject is a long phrase opening it ("…,” Scott Pruitt, the attorney
     * general of Oklahoma, one of the states suing, said"), or -1: the first speech verb, when its subject
     * phrase starts the frame.
     */
    private int distantCue(Analysis a, DepTree t, List<Integer> frame) {
        int first = 0;
        while (first < frame.size() && !Character.isLetterOrDigit(t.token(frame.get(first)).word().charAt(0))) {
            first++;
        }
        if (first == frame.size()) {
            return -1;
        }
        for (int k : frame) {
            Token tok = t.token(k);
            if (!(tok.isVerb() && lex.quoteVerb(tok.lemma()))) {
                continue;
            }
            int s = subjects.subjectOf(t, k);
            if (s < 0 || s > k || !frame.contains(s)) {
                return -1;
            }
            return Phrases.subjectSpan(a, t, s).begin() <= t.token(frame.get(first)).span().begin() ? k : -1;
        }
        return -1;
    }

    /**
     * The speech verb of the sentence just before a quote that stands alone, when that sentence ends its
     * paragraph with a colon or is itself a report by a named subject ("Trump said at a rally:"), or -1.
     */
    private int introduction(Analysis a, DepTree t, Sentence quoteSentence) {
        int si = quoteSentence.index() - 1;
        if (si < 0) {
            return -1;
        }
        Sentence prev = a.sentences().get(si);
        String between = a.text().substring(prev.span().end(), quoteSentence.span().begin());
        if (Contents.paragraphBreaks(between) > 1) {
            return -1;
        }
        Token last = t.token(prev.endToken() - 1);
        if (!last.word().equals(":")) {
            return -1;
        }
        for (int k = prev.endToken() - 1; k >= prev.firstToken(); k--) {
            Token tok = t.token(k);
            if (tok.isVerb() && lex.quoteVerb(tok.lemma()) && subjects.subjectOf(t, k) >= 0) {
                return k;
            }
        }
        // "Sanders made the following comment:" — no speech verb, but the clause's subject introduces the quote.
        for (int k = prev.firstToken(); k < prev.endToken(); k++) {
            Token tok = t.token(k);
            int s = t.child(k, "nsubj");
            if (tok.isVerb() && t.rel(k).equals("root") && s >= 0 && Subjects.plausibleSpeaker(t.token(s))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Protesters chanted “What curfew?”": a quotation right after its verb that ends the sentence is quoted
     * speech; one that goes on ("reported “2,521 incidents” in the city") or names ("called it “fraud”") is not,
     * nor one opening with "that" ("came to believe “that climate change is real”"), a reported clause.
     */
    private boolean voicedQuote(DepTree t, int verb, List<Integer> after) {
        Token v = t.token(verb);
        return v.isVerb() && lex.quoteVerb(v.lemma()) && !v.lemma().equals("call") && onlyPunctuation(t, after);
    }

    /**
     * The verb that introduces a quotation from further back in its sentence ("Limbaugh told his radio
     * audience of Monday, “…"): the last verb before the quote, when it is a speech verb (or, before a
     * colon, any verb with a subject: "Sanders made the following comment: “…") and no clause opens
     * between it and the quote ("said that under Obama, “…" is reported speech holding a quotation).
     */
    private int lastClauseVerb(DepTree t, List<Integer> frame, boolean colon) {
        for (int j = frame.size() - 1; j >= 0; j--) {
            int k = frame.get(j);
            Token tok = t.token(k);
            String p = tok.pos();
            if (p.equals("IN") && tok.word().equalsIgnoreCase("that") || p.equals("WDT") || p.startsWith("WP")
                    || tok.word().equals(";")) {
                return -1;
            }
            if (tok.isVerb() && !t.baseRel(k).equals("aux") && !t.baseRel(k).equals("cop")) {
                int s = t.child(k, "nsubj");
                boolean subject = s >= 0 && frame.contains(s) && Subjects.plausibleSpeaker(t.token(s));
                if ((p.equals("VBN") || p.equals("VBG")) && !subject) {
                    continue; // a participle inside the phrase ("a statement released by …")
                }
                return lex.quoteVerb(tok.lemma()) || colon && subject ? k : -1;
            }
        }
        return -1;
    }

    /** The head of a name signing a quote after a dash ("― Stephanie Egan"), or -1. */
    private static int byline(DepTree t, List<Integer> after) {
        if (after.size() < 2) {
            return -1;
        }
        String dash = t.token(after.get(0)).word();
        if (!(dash.equals("―") || dash.equals("—") || dash.equals("--") || dash.equals("–") || dash.equals("-"))) {
            return -1;
        }
        int last = -1;
        for (int j = 1; j < after.size(); j++) {
            Token tok = t.token(after.get(j));
            if (tok.isProperNoun()) {
                last = after.get(j);
            } else if (!(tok.word().equals(".") || tok.word().equals(",") && last >= 0)) {
                return -1;
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * Whether a reported clause opens between the verb and the quotation ("said via email that, “…"): the
     * quotation is then part of reported speech, not a direct quote of its own.
     */
    private static boolean complementizerAfter(DepTree t, int cue, List<Integer> frame) {
        for (int k : frame) {
            Token tok = t.token(k);
            if (k > cue && (tok.word().equalsIgnoreCase("that") && !tok.pos().equals("DT") || tok.pos().equals("WDT"))) {
                return true;
            }
        }
        return false;
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

    private static boolean onlyPunctuation(DepTree t, List<Integer> toks) {
        for (int k : toks) {
            if (Character.isLetterOrDigit(t.token(k).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The first speech verb (or "according to") among the first {@code reach} tokens, or -1. */
    private int cue(DepTree t, List<Integer> toks, int reach) {
        for (int j = 0; j < Math.min(reach, toks.size()); j++) {
            int k = toks.get(j);
            Token tok = t.token(k);
            // Attitude verbs ("people who feel that way, “but not …”") frame reported thoughts, not quotations.
            if (tok.isVerb() && lex.quoteVerb(tok.lemma()) && !lex.weakVerb(tok.lemma()) || Phrases.isAccording(t, k)
                    || LeadIns.invertedSaid(t, k)) {
                return k;
            }
        }
        return -1;
    }
}
