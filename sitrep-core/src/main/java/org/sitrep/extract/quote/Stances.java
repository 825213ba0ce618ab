package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Statements whose cue is not a verb of saying. Stances told by an adjective: "Republicans were incensed that …",
 * "Graham has been critical of Trump", "some Republicans were willing to go forward …" (the subject holds the
 * stance). The writer's judgements: "it is clear that …", "the lack of enthusiasm seems to be a real issue"
 * (nobody's). Statements made with "make" ("made it clear that …", "made the case for …"), points of view ("in
 * his view, …", "by one estimate, …") and what a rule allows or requires ("DNC rules permit members to …").
 * News reports a belief, fear or intention this way as often as with "believe", "fear" or "intend", and
 * attribution corpora (PolNeAR) count these as statements of their holder.
 */
final class Stances {

    /** Prepositions that introduce what a stance is about ("critical of", "coy about", "opposed to"). */
    private static final Set<String> TOPIC_CASES = Set.of("about", "of", "over", "on", "with", "at", "by", "to", "against");

    /** Verbs that link a subject to a stance adjective without a copula ("seem confident", "came away convinced"). */
    private static final Set<String> LINKING = Set.of("seem", "appear", "remain", "become", "come", "grow", "feel",
            "sound", "look", "stay", "get");

    private final CueLexicon lex;

    Stances(CueLexicon lex) {
        this.lex = lex;
    }

    void find(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Span> directInner, List<Candidate> out,
              Set<Span> taken) {
        for (int n = 0; n < t.size(); n++) {
            Token tok = t.token(n);
            String pos = tok.pos() == null ? "" : tok.pos();
            if (tok.isVerb() && lex.evidentVerb(tok.lemma())) {
                evidentVerb(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if (tok.isVerb() && lex.deonticVerb(tok.lemma())) {
                rule(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if (tok.isVerb() && "make".equals(tok.lemma())) {
                madeClear(a, t, n, regions, directInner, out, taken);
                continue;
            }
            if (tok.isNoun() && lex.viewNoun(tok.lemma())) {
                pointOfView(a, t, n, regions, directInner, out, taken);
                continue;
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
            if (stance && !it && holder(t, subject, 0) && !modal(t, n)) {
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

    /**
     * "It appeared that Trump was unable to …" (the clause) and "Melania seems to have vanished …" (the whole
     * clause, subject included): the writer's judgement, no speaker. "Appeared to suggest" is the suggestion's,
     * "seem confident" the stance's, "appeared on MSNBC" no judgement at all.
     */
    private void evidentVerb(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions, List<Span> directInner,
                             List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(v);
        if (insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        Span content = null;
        int s = t.child(v, "nsubj");
        int e = t.child(v, "expl");
        int x = t.child(v, "xcomp");
        if ((e >= 0 || s >= 0 && t.token(s).word().equalsIgnoreCase("it")) && t.child(v, "ccomp") >= 0) {
            content = clause(t, v);
        } else if (s >= 0 && s < v && x > v && !t.baseRel(v).equals("xcomp") && !"WP".equals(t.token(s).pos())
                && judgement(t, x)) { // "what appeared to be a reference" names a thing, judges nothing
            // From the subject ("Still, the lack of enthusiasm …") to the end of what it seems, before a comma.
            int lo = t.subtree(s).get(0);
            int hi = clauseEnd(t, x);
            content = new Span(t.token(lo).span().begin(), t.token(hi).span().end());
        }
        if (content == null) {
            return;
        }
        add(a, content, tok.span(), -1, null, regions, directInner, out, taken);
    }

    /**
     * A point of view fronting or closing a clause: "In his view, the treaty had failed", "the plan is doomed in
     * the eyes of many voters", "By one estimate, 300,000 acres were damaged". The clause is the holder's;
     * "in the city" or "by the river" name no view.
     */
    private void pointOfView(Analysis a, DepTree t, int n, List<QuoteMarks.Region> regions, List<Span> directInner,
                             List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(n);
        int h = t.head(n);
        String kase = caseOf(t, n);
        if (h < 0 || !t.baseRel(n).equals("obl") || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        int holder = t.child(n, "nmod:poss");
        if (holder < 0) {
            for (int d : t.children(n)) {
                if (d > n && t.baseRel(d).equals("nmod") && caseOf(t, d).equals("of")) {
                    holder = d; // "in the eyes of many voters"
                }
            }
        }
        boolean estimate = kase.equals("by") && lex.estimateNoun(tok.lemma()); // "by one estimate": no holder needed
        if (!(kase.equals("in") && holder >= 0 || estimate)) {
            return;
        }
        List<Integer> sub = t.subtree(n);
        int first = sub.get(0);
        int last = sub.get(sub.size() - 1);
        boolean fronted = last + 1 < t.size() && t.token(last + 1).word().equals(",") && first <= t.subtree(h).get(0);
        boolean closing = first > 0 && t.token(first - 1).word().equals(",");
        if (!fronted && !closing) {
            return; // set off by a comma: the view frames the whole clause
        }
        Span content = ReportedSpeech.remainder(t, h, n);
        if (content == null) {
            return;
        }
        Span cue = new Span(t.token(first).span().begin(), tok.span().end());
        int source = holder >= 0 ? holder : n; // "by one estimate": the estimate itself is the source
        add(a, content, cue, source, holder >= 0 ? QuoteFinder.subjectSpan(a, t, holder)
                : new Span(t.token(first + 1).span().begin(), tok.span().end()), regions, directInner, out, taken);
    }

    /**
     * What a rule says: "DNC rules permit members to appoint proxies", "The 1951 Refugee Convention obligates
     * countries to offer protection …", "a visa program that allows wealthy foreigners to …". Only a law, a
     * rule or a treaty is a source this way ("loopholes that allow developers to …" are not).
     */
    private void rule(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions, List<Span> directInner,
                      List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(v);
        int s = t.child(v, "nsubj");
        if (s >= 0 && ("WDT".equals(t.token(s).pos()) || "WP".equals(t.token(s).pos())) && t.rel(v).equals("acl:relcl")) {
            s = t.head(v); // "a program that allows …": the noun the clause hangs on
        }
        if (s < 0 || !lex.ruleNoun(t.token(s).lemma()) || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        String pos = tok.pos() == null ? "" : tok.pos();
        if (!(pos.equals("VBZ") || pos.equals("VBP"))) {
            return; // a rule states what holds now; "a pilot program that allowed trucks over the border" tells an event
        }
        for (int c : t.children(v)) {
            if (t.rel(c).equals("mark") && t.token(c).word().equalsIgnoreCase("as")) {
                return; // "just as federal law requires …": a comparison, not what the law is cited for
            }
        }
        int o = t.child(v, "obj");
        int x = t.child(v, "xcomp");
        Span content = null;
        if (o > v) {
            content = t.span(o);
            if (x > o) {
                content = content.union(t.span(x));
            }
            for (int d : t.children(v)) {
                if (d > o && (t.baseRel(d).equals("obl") || t.baseRel(d).equals("advcl")) && caseOf(t, d).equals("from")) {
                    content = content.union(t.span(d)); // "prohibit lawyers from representing …"
                }
            }
        } else if (x > v) {
            content = t.span(x);
        } else {
            for (int d : t.children(v)) {
                if (content == null && d > v && t.baseRel(d).equals("obl") && caseOf(t, d).equals("for")) {
                    content = withoutCase(t, d); // "allows for sanctions"
                }
            }
        }
        if (content == null) {
            return;
        }
        add(a, content, tok.span(), s, QuoteFinder.subjectSpan(a, t, s), regions, directInner, out, taken);
    }

    /**
     * Statements made with "make": "made it clear (that) …", "made the case for …", "made no secret of …".
     * Other things made ("made a fortune", "made it to the final") are no statement.
     */
    private void madeClear(Analysis a, DepTree t, int v, List<QuoteMarks.Region> regions, List<Span> directInner,
                           List<Candidate> out, Set<Span> taken) {
        Token tok = t.token(v);
        int subject = t.child(v, "nsubj");
        if (subject < 0 || !holder(t, subject, 0) || insideAny(tok.span(), directInner) || nested(tok.span(), out)) {
            return;
        }
        Span content = null;
        Span cue = tok.span();
        for (int d : t.children(v)) {
            if (d < v) {
                continue;
            }
            String w = t.token(d).word().toLowerCase(Locale.ROOT);
            String r = t.baseRel(d);
            if (w.equals("clear") && (r.equals("xcomp") || r.equals("obj") || r.equals("ccomp"))) {
                content = clause(t, d);
                for (int e : t.children(v)) {
                    if (content == null && e > d && t.baseRel(e).equals("parataxis") && t.token(e).isVerb()) {
                        content = t.span(e); // "made it clear he had misgivings": the parser may set the clause beside
                    }
                }
                if (content == null) {
                    content = clause(t, v);
                }
                cue = cue.union(t.token(d).span());
            } else if (r.equals("obj") && (w.equals("case") || w.equals("secret") || w.equals("point"))) {
                content = clause(t, d);
                for (int e : t.children(d)) {
                    String kase = caseOf(t, e);
                    if (content == null && e > d && (kase.equals("for") || kase.equals("of") || kase.equals("against"))) {
                        content = withoutCase(t, e);
                    }
                }
                for (int e : t.children(v)) {
                    String kase = caseOf(t, e);
                    if (content == null && e > d && t.baseRel(e).equals("obl") && (kase.equals("for") || kase.equals("of")
                            || kase.equals("against"))) {
                        content = withoutCase(t, e); // the parser may hang "for …" on the verb
                    }
                }
                cue = cue.union(t.token(d).span());
            }
            if (content != null) {
                break;
            }
        }
        if (content == null) {
            return;
        }
        add(a, content, cue, subject, QuoteFinder.subjectSpan(a, t, subject), regions, directInner, out, taken);
    }

    /**
     * Whether what something seems is a judgement: a state ("seems to be a real issue", "seems to have
     * vanished"), not an event ("seemed to reverberate"), an act reported by its own verb, or a bare look
     * ("appeared cowed", "seems clear").
     */
    private boolean judgement(DepTree t, int x) {
        Token tok = t.token(x);
        String lemma = tok.lemma();
        if (lemma.equals("be") || lemma.equals("have")) {
            return true;
        }
        for (int c : t.children(x)) {
            String l = t.token(c).lemma();
            if (t.baseRel(c).equals("aux") && (l.equals("have") || l.equals("be"))) {
                return true; // "seems to have vanished", "seems to be losing"
            }
        }
        // "to be an economic powerhouse": the copula hangs on the predicate noun.
        int cop = t.child(x, "cop");
        return cop >= 0 && QuoteFinder.hasMarkTo(t, x);
    }

    /**
     * Whether the clause of an adjective is an open question ("it was unclear whether …", "not clear what …"):
     * that claims nothing.
     */
    private static boolean question(DepTree t, int n) {
        for (int d : t.children(n)) {
            String r = t.baseRel(d);
            if (d > n && (r.equals("ccomp") || r.equals("csubj"))) {
                int first = t.subtree(d).get(0);
                String w = t.token(first).word().toLowerCase(Locale.ROOT);
                String pos = t.token(first).pos() == null ? "" : t.token(first).pos();
                return w.equals("whether") || w.equals("if") || pos.startsWith("W");
            }
        }
        return false;
    }

    /** The last token of a clause under {@code h}, before a comma that sets off an adjunct ("…, despite weeks of …"). */
    private static int clauseEnd(DepTree t, int h) {
        List<Integer> sub = t.subtree(h);
        int hi = sub.get(sub.size() - 1);
        for (int d : t.children(h)) {
            String r = t.baseRel(d);
            int first = t.subtree(d).get(0);
            if (d > h && (r.equals("obl") || r.equals("advcl") || r.equals("nmod")) && first > 0
                    && t.token(first - 1).word().equals(",") && first - 2 < hi) {
                hi = Math.min(hi, first - 2);
            }
        }
        int lo = sub.get(0);
        while (hi > lo && Frames.isPunct(t, hi)) {
            hi--;
        }
        return hi;
    }

    /**
     * Whether a subject can hold a stance: a person or a body ("Graham", "Clinton aides", "the ministry", "they",
     * "protesters", "many of his supporters"), not a thing ("the bridge is critical to the economy").
     */
    private boolean holder(DepTree t, int s, int depth) {
        Token tok = t.token(s);
        String w = tok.word().toLowerCase(Locale.ROOT);
        String lemma = tok.lemma() == null ? w : tok.lemma().toLowerCase(Locale.ROOT);
        if (tok.isPronoun()) {
            return !(w.equals("it") || w.equals("this") || w.equals("that") || w.equals("there") || w.equals("which"));
        }
        if (tok.isProperNoun() || "PERSON".equals(tok.ner()) || "ORGANIZATION".equals(tok.ner())
                || "NATIONALITY".equals(tok.ner()) || "TITLE".equals(tok.ner())) {
            return true;
        }
        if (tok.isNoun()) {
            // Role words, bodies and agent nouns ("protesters", "regulators", "activists", "Republicans").
            return lex.personRole(lemma) || lex.organisationNoun(lemma) || lex.anonymous(lemma) || lex.anonymous(w)
                    || lemma.matches(".*(er|or|ist|ian|ant|ent|crat)$") && w.endsWith("s");
        }
        String pos = tok.pos() == null ? "" : tok.pos();
        if (depth < 2 && (pos.equals("DT") || pos.equals("JJ") || pos.equals("CD"))) {
            for (int d : t.children(s)) {
                if (t.baseRel(d).equals("nmod") && holder(t, d, depth + 1)) {
                    return true; // "many of his supporters"
                }
            }
        }
        return false;
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
        Span s = QuoteFinder.subjectSpan(a, t, subject);
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
            if (d > n && t.baseRel(d).equals("xcomp") && QuoteFinder.hasMarkTo(t, d)) {
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

    /** A clausal complement without its "that", or the clausal subject of "it is clear that …". */
    private static Span clause(DepTree t, int n) {
        for (int d : t.children(n)) {
            String r = t.baseRel(d);
            if (d > n && (r.equals("ccomp") || r.equals("csubj"))) {
                List<Integer> sub = t.subtree(d);
                int lo = 0;
                while (lo < sub.size() - 1 && (t.rel(sub.get(lo)).equals("mark") && !isTo(t, sub.get(lo))
                        || Frames.isPunct(t, sub.get(lo)))) {
                    lo++;
                }
                return new Span(t.token(sub.get(lo)).span().begin(), t.token(clauseEnd(t, d)).span().end());
            }
        }
        return null;
    }

    private static boolean isTo(DepTree t, int k) {
        return t.token(k).word().equalsIgnoreCase("to");
    }

    private static String caseOf(DepTree t, int n) {
        for (int c : t.children(n)) {
            if (t.rel(c).equals("case") || t.rel(c).equals("mark")) {
                return t.token(c).word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static Span withoutCase(DepTree t, int n) {
        List<Integer> sub = t.subtree(n);
        int lo = 0;
        while (lo < sub.size() - 1 && t.head(sub.get(lo)) == n && (t.rel(sub.get(lo)).equals("case") || t.rel(sub.get(lo)).equals("mark"))) {
            lo++;
        }
        int hi = sub.size() - 1;
        while (hi > lo && Frames.isPunct(t, sub.get(hi))) {
            hi--;
        }
        return new Span(t.token(sub.get(lo)).span().begin(), t.token(sub.get(hi)).span().end());
    }

    /**
     * Whether a candidate is the writer's judgement ("it was unclear whether …", "X seems to …"): statements
     * inside it are still statements of their own.
     */
    static boolean writers(Analysis a, Candidate c, CueLexicon lex) {
        if (c.cue() == null || c.subjectHead() >= 0 || c.subject() != null) {
            return false;
        }
        String w = c.cue().of(a.text()).toLowerCase(Locale.ROOT);
        return lex.evidentAdjective(w) || lex.evidentVerb(w.replaceFirst("(s|ed|ing)$", ""));
    }

    /** A candidate for a content not yet taken and not a quotation's own words. */
    private static void add(Analysis a, Span content, Span cue, int source, Span sourcePhrase, List<QuoteMarks.Region> regions,
                            List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        Span c = QuoteFinder.trim(a.text(), content);
        if (c.length() < 3 || taken.contains(c) || insideAny(c, directInner)) {
            return;
        }
        Quote.Kind kind = ReportedSpeech.containsRegion(c, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
        out.add(new Candidate(kind, c, cue, source, sourcePhrase, false));
        taken.add(c);
    }

    /** A stance inside what someone else said ("said they were concerned that …") is part of that statement. */
    private static boolean nested(Span cue, List<Candidate> out) {
        for (Candidate c : out) {
            if (c.content().contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideAny(Span s, List<Span> spans) {
        for (Span x : spans) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
