package org.sitrep.extract.quote;

import static org.sitrep.extract.quote.StanceTrees.add;
import static org.sitrep.extract.quote.StanceTrees.caseOf;
import static org.sitrep.extract.quote.StanceTrees.clause;
import static org.sitrep.extract.quote.StanceTrees.holder;
import static org.sitrep.extract.quote.StanceTrees.insideAny;
import static org.sitrep.extract.quote.StanceTrees.nested;
import static org.sitrep.extract.quote.StanceTrees.question;
import static org.sitrep.extract.quote.StanceTrees.withoutCase;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Statements whose cue is not a verb of saying, found token by token. Stances told by an adjective (here):
 * "Republicans were incensed that …", "Graham has been critical of Trump", "some Republicans were willing to go
 * forward …" (the subject holds the stance). The writer's judgements ({@link Judgements}), statements made with
 * "make" ({@link MadeStatements}), points of view ({@link PointsOfView}) and what a rule allows or requires
 * ({@link RuleStatements}). News reports a belief, fear or intention this way as often as with "believe", "fear"
 * or "intend", and attribution corpora (PolNeAR) count these as statements of their holder.
 */
final class Stances {

    /** Prepositions that introduce what a stance is about ("critical of", "coy about", "opposed to"). */
    private static final Set<String> TOPIC_CASES = Set.of("about", "of", "over", "on", "with", "at", "by", "to", "against");

    /** Verbs that link a subject to a stance adjective without a copula ("seem confident", "came away convinced"). */
    private static final Set<String> LINKING = Set.of("seem", "appear", "remain", "become", "come", "grow", "feel",
            "sound", "look", "stay", "get");

    private final CueLexicon lex;
    private final RuleStatements rules;
    private final MadeStatements made;
    private final PointsOfView views;
    private final Topics topics;

    Stances(CueLexicon lex) {
        this.lex = lex;
        this.rules = new RuleStatements(lex);
        this.made = new MadeStatements(lex);
        this.views = new PointsOfView(lex);
        this.topics = new Topics(lex);
    }

    void find(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Span> directInner, List<Candidate> out,
              Set<Span> taken) {
        for (int n = 0; n < t.size(); n++) {
            Token tok = t.token(n);
            String pos = tok.pos() == null ? "" : tok.pos();
            if (tok.isVerb() && lex.evidentVerb(tok.lemma())) {
                Judgements.evidentVerb(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if (tok.isVerb() && lex.deonticVerb(tok.lemma())) {
                rules.find(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if (tok.isVerb() && "make".equals(tok.lemma())) {
                made.find(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if (tok.isNoun() && lex.viewNoun(tok.lemma())) {
                views.find(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if ((tok.isVerb() || tok.isNoun()) && !lex.stanceAdjective(tok.word()) && !lex.stanceAdjective(tok.lemma())) {
                topics.find(a, t, n, regions, directInner, out, taken); // "brags about …", "an opponent of …"
            }
            if (!(pos.startsWith("JJ") || pos.equals("VBN")) || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
                continue;
            }
            String word = tok.word().toLowerCase(Locale.ROOT);
            boolean stance = lex.stanceAdjective(word) || lex.stanceAdjective(tok.lemma());
            boolean evident = lex.evidentAdjective(word);
            if (!stance && !evident) {
                continue;
            }
            int subject = subject(t, n);
            if (subject < 0) {
                continue;
            }
            boolean it = t.token(subject).word().equalsIgnoreCase("it");
            Span content;
            if (stance && !it && holder(lex, t, subject, 0) && !modal(t, n)) {
                content = stanceContent(t, n);
            } else if (evident && it && !question(t, n)) {
                content = clause(t, n); // "it is clear that the talks failed": the writer's, no speaker
                subject = -1;
            } else {
                continue;
            }
            if (content == null) {
                continue;
            }
            add(a, content, tok.span(), subject, subject >= 0 ? holderSpan(a, t, subject) : null, regions, directInner, out, taken);
        }
    }

    /** "If he can be convinced that …", "would be happy to …": a stance someone might take is not one held. */
    private static boolean modal(DepTree t, int n) {
        for (int c : t.children(n)) {
            if (t.baseRel(c).equals("aux") && "MD".equals(t.token(c).pos())) {
                return true;
            }
        }
        return false;
    }

    /** The holder's phrase up to a comma: "some Republicans, including Senator X," are the Republicans. */
    private static Span holderSpan(Analysis a, DepTree t, int subject) {
        Span s = Phrases.subjectSpan(a, t, subject);
        for (int k = subject + 1; k < t.size() && t.token(k).span().end() <= s.end(); k++) {
            if (t.token(k).word().equals(",")) {
                return new Span(s.begin(), t.token(k - 1).span().end());
            }
        }
        return s;
    }

    /** The subject of a predicative adjective: its own ("were frustrated"), or the linking verb's ("seem confident"). */
    private static int subject(DepTree t, int n) {
        boolean copula = t.child(n, "cop") >= 0 || t.child(n, "aux:pass") >= 0;
        int s = t.child(n, "nsubj");
        if (s < 0) {
            s = t.child(n, "nsubj:pass");
        }
        if (s < 0) {
            s = t.child(n, "expl");
        }
        if (copula && s >= 0) {
            return s;
        }
        int h = t.head(n);
        if (h >= 0 && h < n && t.baseRel(n).equals("xcomp") && LINKING.contains(t.token(h).lemma())) {
            int hs = t.child(h, "nsubj");
            return hs >= 0 ? hs : t.child(h, "expl");
        }
        return -1;
    }

    /** What the stance is about: a clause ("that …", "whether …"), an infinitive ("to go forward") or a topic ("of Trump"). */
    private static Span stanceContent(DepTree t, int n) {
        Span c = clause(t, n);
        if (c != null) {
            return c;
        }
        for (int d : t.children(n)) {
            if (d > n && t.baseRel(d).equals("xcomp") && Phrases.hasMarkTo(t, d)) {
                return t.span(d);
            }
        }
        for (int d : t.children(n)) {
            String r = t.baseRel(d);
            if (d > n && (r.equals("obl") || r.equals("nmod") || r.equals("advcl")) && TOPIC_CASES.contains(caseOf(t, d))) {
                return withoutCase(t, d);
            }
        }
        return null;
    }
}
