package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Shapes of reported speech that the main reading of a verb's complement misses: a passive report with no
 * agent ("X is expected to win", "he was accused of lying": the whole clause, said by someone unnamed), a
 * reported question ("would not say whether …", "explain how …"), a saying verb in the infinitive with a
 * clause of its own ("appeared to suggest that …"), and an object whose modifiers the parser hung on the verb
 * ("cited comments Trump had made about her", "polls show Clinton with a lead"). Stateless.
 */
final class ReportShapes {

    /** Subordinators that open the writer's circumstance after a verb of saying ("said as he entered the talks"). */
    private static final Set<String> CIRCUMSTANCE = Set.of("as", "after", "before", "while", "whereas",
            "although", "though", "because", "since", "until", "once");

    /** Words that open a reported question: "whether it was legal", "how he would pay for it". */
    private static final Set<String> QUESTION = Set.of("whether", "if", "how", "why", "what", "who", "when", "where", "which");

    private ReportShapes() {
    }

    /**
     * "said as much", "has said the same thing", "said the same of Trump": a statement that points back to one
     * the text has given; the pointing phrase is what was said (its own words only, up to a comma).
     */
    static Span sameAsBefore(DepTree t, int v) {
        for (int d : t.children(v)) {
            if (d <= v + 1 || d > v + 3) {
                continue;
            }
            String w = t.token(d).word().toLowerCase(Locale.ROOT);
            if (w.equals("much") && t.token(d - 1).word().equalsIgnoreCase("as")) {
                return t.token(d - 1).span().union(t.token(d).span());
            }
            boolean same = w.equals("same");
            for (int c : t.children(d)) {
                same |= t.baseRel(c).equals("amod") && t.token(c).word().equalsIgnoreCase("same");
            }
            if (t.baseRel(d).equals("obj") && same) {
                List<Integer> sub = t.subtree(d);
                int hi = sub.get(0);
                for (int i = 1; i < sub.size() && sub.get(i) == hi + 1 && !Frames.isPunct(t, sub.get(i)); i++) {
                    hi = sub.get(i);
                }
                return t.token(sub.get(0)).span().union(t.token(hi).span());
            }
        }
        return null;
    }

    /**
     * "Obama's veto is expected to come before Friday", "Mr. Quiros was accused of using $50 million": a passive
     * verb of saying or thinking with no "by" agent reports its whole clause, subject included; null when the
     * verb has nothing after it ("the deal was announced") or a clause of its own (read as usual).
     */
    static Span passiveClause(Analysis a, DepTree t, int v, CueLexicon lex) {
        String lemma = t.token(v).lemma();
        if (lex.weakVerb(lemma) && !lex.clauseVerb(lemma)) {
            return null; // "can be heard yelling", "are seen gathered": perception, not report
        }
        int subj = t.child(v, "nsubj:pass");
        if (subj < 0 || subj > v || t.child(v, "nsubj") >= 0 || t.child(v, "ccomp") >= 0 || !"VBN".equals(t.token(v).pos())) {
            return null;
        }
        boolean complement = false;
        for (int d : t.children(v)) {
            String r = t.baseRel(d);
            String kase = Phrases.caseOf(t, d);
            // "expected to win", "accused of lying", "blamed for …", "charged with …", "defined as …"; not where or when.
            boolean about = kase.equals("of") || kase.equals("for") || kase.equals("with") || kase.equals("as");
            if (d > v && (r.equals("xcomp") || r.equals("dep") || r.equals("obl") && about && !isTime(t.token(d)))) {
                complement = true;
            }
        }
        if (!complement) {
            return null;
        }
        List<Integer> keep = new ArrayList<>();
        List<Integer> drop = new ArrayList<>();
        for (int d : t.children(v)) {
            String r = t.baseRel(d);
            // A coordinated clause or an aside is a statement of its own; a phrase before the subject frames it.
            if (r.equals("conj") || r.equals("cc") || r.equals("parataxis") || d < t.subtree(subj).get(0)) {
                drop.addAll(t.subtree(d));
            }
        }
        for (int k : t.subtree(v)) {
            if (!drop.contains(k)) {
                keep.add(k);
            }
        }
        while (keep.size() > 1 && Frames.isPunct(t, keep.get(keep.size() - 1))) {
            keep.remove(keep.size() - 1);
        }
        if (keep.size() < 4) {
            return null;
        }
        return new Span(t.token(keep.get(0)).span().begin(), t.token(keep.get(keep.size() - 1)).span().end());
    }

    /**
     * "isn't saying if the foundation violated any laws": a question reported by "if" or "whether" that the
     * parser hung on the verb as an adverbial clause; the span keeps its opening word, as the question it is.
     */
    static Span reportedQuestion(DepTree t, int v) {
        for (int d : t.children(v)) {
            if (d > v && t.baseRel(d).equals("advcl")) {
                int first = t.subtree(d).get(0);
                String w = t.token(first).word().toLowerCase(Locale.ROOT);
                if ((w.equals("if") || w.equals("whether")) && t.rel(first).equals("mark") && first == v + 1 + gap(t, v)) {
                    return t.span(d);
                }
            }
        }
        return null;
    }

    /** Adverbs and particles between a verb and what follows it ("isn't saying publicly if …"). */
    private static int gap(DepTree t, int v) {
        int g = 0;
        while (v + 1 + g < t.size() && ("RB".equals(t.token(v + 1 + g).pos()) || "RP".equals(t.token(v + 1 + g).pos()))) {
            g++;
        }
        return g;
    }

    /**
     * "appeared to suggest that veterans …", "has yet to explain why …": a saying verb in the infinitive reports
     * a statement when it has a clause or a question of its own and the verb it completes is not itself a cue
     * whose content would hold it ("refused to say whether …" is read from "refused").
     */
    static boolean infinitiveWithClause(DepTree t, int v, CueLexicon lex) {
        int h = t.head(v);
        if (h >= 0 && lex.infinitiveVerb(t.token(h).lemma())) {
            return false;
        }
        int c = t.child(v, "ccomp");
        if (c > v) {
            int first = t.subtree(c).get(0);
            String w = t.token(first).word().toLowerCase(Locale.ROOT);
            return w.equals("that") || QUESTION.contains(w);
        }
        return reportedQuestion(t, v) != null;
    }

    /**
     * "said as he entered the talks", "said after the meeting broke up": a clause read on the surface after a verb of
     * saying that opens with a subordinator of time or cause is the writer's circumstance, not what was said.
     */
    static boolean circumstance(Analysis a, Span content) {
        List<Token> toks = a.tokensIn(content);
        return !toks.isEmpty() && "IN".equals(toks.get(0).pos())
                && CIRCUMSTANCE.contains(toks.get(0).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The object of a verb of saying with what the parser hung beside it: a reduced relative clause read as a
     * separate dependent ("cited [derogatory comments Trump] [had made about Machado]") and phrases right after
     * the object ("show [Clinton] [with a lead]", "cited [his endorsements] [from 88 generals]"), but not a
     * time, an occasion of saying ("in a statement") or anything after a comma.
     */
    private static final Set<String> OBJECT_CASES = Set.of("from", "with", "among", "of", "by", "on", "for", "over", "behind", "without");

    static Span objectWithModifiers(DepTree t, int v, int o, Span object, CueLexicon lex) {
        Span sp = object;
        int end = t.subtree(o).get(t.subtree(o).size() - 1);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int d : t.children(v)) {
                List<Integer> sub = t.subtree(d);
                // ", including its annexation of Crimea": a part of the object named after a comma.
                boolean including = sub.get(0) == end + 2 && t.token(end + 1).word().equals(",")
                        && Phrases.caseOf(t, d).equals("including");
                if (sub.get(0) != end + 1 && !including) {
                    continue;
                }
                String r = t.baseRel(d);
                Token x = t.token(d);
                boolean relative = r.equals("dep") && x.isVerb() && t.child(d, "aux") >= 0 && t.child(d, "nsubj") < 0;
                String kase = Phrases.caseOf(t, d);
                // "in", "at" and "during" mostly tell where or when it was said ("in a ruling", "at the forum"): not part of it;
                // "without" and "behind" qualify the object itself ("opposing reauthorization without an overhaul").
                boolean phrase = r.equals("obl") && OBJECT_CASES.contains(kase) && !isTime(x) && !x.isVerb()
                        && !lex.speechNoun(x.lemma()) && !lex.sourceDocument(x.lemma())
                        && !"LOCATION".equals(x.ner()) && !"CITY".equals(x.ner()) && !"COUNTRY".equals(x.ner());
                if (relative || phrase || including) {
                    sp = sp.union(t.span(d));
                    end = sub.get(sub.size() - 1);
                    grew = true;
                }
            }
        }
        return sp;
    }

    /**
     * "… because “you talk about the issues …”, though she noted …": a verb of saying inside a quoted fragment
     * whose subject is the quoted speaker's "I", "we" or "you" is part of the quotation, not a frame of its own.
     */
    static boolean quotedSelf(Analysis a, DepTree t, int v, int subject) {
        if (subject < 0 || !Frames.insideQuotation(a, t.token(v))) {
            return false;
        }
        String w = t.token(subject).word().toLowerCase(Locale.ROOT);
        return w.equals("i") || w.equals("we") || w.equals("you");
    }

    /**
     * "believes that his efforts to slow the warming will be …": a reported clause with no finite verb is one the
     * parser cut short (it hung the real verb elsewhere); the clause then runs on the surface to the end of its
     * sentence (or a semicolon), when a finite verb follows. Null when the parse is to be trusted.
     */
    static Span finiteClause(Analysis a, DepTree t, Span clause) {
        List<Token> toks = a.tokensIn(clause);
        if (toks.isEmpty()) {
            return null;
        }
        Token lastIn = toks.get(toks.size() - 1);
        // "found that the agency could not be sure that money used for the visas | was not coming from …": a
        // finite verb right after the clause is one whose subject the parser left inside it.
        boolean cut = lastIn.index() + 1 < t.size() && Phrases.finite(t.token(lastIn.index() + 1))
                && t.token(lastIn.index() + 1).sentence() == lastIn.sentence();
        if (toks.stream().anyMatch(Phrases::finite) && !cut) {
            return null;
        }
        org.sitrep.model.Sentence s = a.sentences().get(lastIn.sentence());
        int end = lastIn.index() + 1;
        boolean verb = false;
        while (end < s.endToken() && !t.token(end).word().equals(";")) {
            verb |= Phrases.finite(t.token(end));
            end++;
        }
        while (end > lastIn.index() + 1 && (Frames.isPunct(t, end - 1) || Contents.isQuoteToken(t.token(end - 1)))) {
            end--;
        }
        return verb ? new Span(clause.begin(), t.token(end - 1).span().end()) : null;
    }

    /** "for" or "of" marking a clause ("for being dishonest"), or "". */
    static String forOrOf(DepTree t, int clause) {
        for (int c : t.children(clause)) {
            String w = t.token(c).word().toLowerCase(Locale.ROOT);
            if (t.rel(c).equals("mark") && c < clause && (w.equals("for") || w.equals("of"))) {
                return w;
            }
        }
        return "";
    }

    /**
     * "asked Clinton about her email scandal", "pressed him on trade": with a person asked or told, what the
     * exchange was about is the "about"/"on" phrase after them; null otherwise.
     */
    static Span askedAbout(DepTree t, int v, int o) {
        if (o <= v || !(t.token(o).isPronoun() || "PERSON".equals(t.token(o).ner()))) {
            return null;
        }
        for (int d : t.children(v)) {
            String kase = Phrases.caseOf(t, d);
            if (d > o && t.baseRel(d).equals("obl") && (kase.equals("about") || kase.equals("on"))) {
                List<Integer> sub = t.subtree(d);
                int lo = 0;
                while (lo < sub.size() - 1 && t.rel(sub.get(lo)).equals("case")) {
                    lo++;
                }
                return new Span(t.token(sub.get(lo)).span().begin(), t.token(sub.get(sub.size() - 1)).span().end());
            }
        }
        return null;
    }

    /**
     * "The museum, Mr. Obama said, would make visitors face …": a frame between a subject and its verb sits
     * inside the statement, which is the whole clause around it; null when more than the subject precedes it.
     */
    static Span aroundFrame(DepTree t, int h, int v) {
        int subj = t.child(h, "nsubj") >= 0 ? t.child(h, "nsubj") : t.child(h, "nsubj:pass");
        if (subj < 0 || subj > v || h < v) {
            return null;
        }
        List<Integer> subject = t.subtree(subj);
        List<Integer> frame = t.subtree(v);
        List<Integer> keep = new ArrayList<>();
        for (int k : t.subtree(h)) {
            if (frame.contains(k)) {
                continue;
            }
            if (k < frame.get(0) && !subject.contains(k) && !Frames.isPunct(t, k) && !Contents.isQuoteToken(t.token(k))) {
                return null; // "In Paris, the talks, he said, failed": more than a subject before the frame
            }
            keep.add(k);
        }
        while (keep.size() > 1 && (Frames.isPunct(t, keep.get(0)) || Contents.isQuoteToken(t.token(keep.get(0))))) {
            keep.remove(0);
        }
        while (keep.size() > 1 && Frames.isPunct(t, keep.get(keep.size() - 1))) {
            keep.remove(keep.size() - 1);
        }
        return keep.size() < 4 ? null : new Span(t.token(keep.get(0)).span().begin(), t.token(keep.get(keep.size() - 1)).span().end());
    }

    /** "Let's say you think …", "let us suppose …": the writer's hypothesis, not a report. */
    static boolean hypothetical(DepTree t, int v) {
        if (v < 2) {
            return false;
        }
        String us = t.token(v - 1).word().toLowerCase(Locale.ROOT);
        return t.token(v - 2).word().equalsIgnoreCase("let") && (us.equals("'s") || us.equals("’s") || us.equals("us"));
    }

    private static boolean isTime(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || "DURATION".equals(t.ner());
    }
}
