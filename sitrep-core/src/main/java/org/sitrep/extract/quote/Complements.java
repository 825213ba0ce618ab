package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * What a verb of saying, thinking or asking reports: its clausal complement (without "that"), a reported question,
 * a request's addressee and act ("calls on Y to …"), what an object is called or accused of, a topic ("talked
 * about …"), the clause around a parenthetical frame, or, when the parse has none, the clause after the verb on
 * the surface. One verb in, one content span out; {@link ReportedSpeech} decides whether it is a statement.
 */
final class Complements {

    /** Prepositions that introduce what a statement is about after a verb of saying or thinking. */
    static final Set<String> TOPIC_CASES = Set.of("about", "of", "for", "against", "on", "over");

    private final CueLexicon lex;

    Complements(CueLexicon lex) {
        this.lex = lex;
    }

    /** What a speech verb reports: its clausal complement, a request's addressee and act, or the clause it frames. */
    Span complement(Analysis a, DepTree t, int v) {
        int c = t.child(v, "ccomp");
        if (c >= 0) {
            Span clause = withoutLeadingMark(t, c);
            Span surface = c > v ? ReportShapes.finiteClause(a, t, clause) : null;
            return surface != null ? surface : clause;
        }
        Span gerund = lex.clauseVerb(t.token(v).lemma()) ? gerundClause(t, v) : null;
        if (gerund != null) {
            return gerund;
        }
        Span question = ReportShapes.reportedQuestion(t, v);
        if (question != null) {
            return question;
        }
        Span same = ReportShapes.sameAsBefore(t, v);
        if (same != null) {
            return same;
        }
        if (t.baseRel(v).equals("parataxis") && t.head(v) >= 0 && t.child(v, "nsubj") >= 0 && t.child(v, "obj") < 0) {
            Span around = ReportShapes.aroundFrame(t, t.head(v), v); // "The museum, Mr. Obama said, would …"
            if (around != null) {
                return around;
            }
        }
        if (lex.clauseVerb(t.token(v).lemma())) {
            Span clause = surfaceClause(a, t, v);
            if (clause != null && !ReportShapes.circumstance(a, clause)) {
                return clause;
            }
        }
        if (lex.requestVerb(t.token(v).lemma())) {
            Span req = request(t, v);
            if (req != null) {
                return req;
            }
        }
        String lemma = t.token(v).lemma();
        int o = t.child(v, "obj");
        int small = t.child(v, "xcomp");
        if (o < 0 && small > v && lemma.equals("call") && t.child(small, "nsubj") > v) {
            return t.span(small); // "called it a common ailment": the parser reads a small clause
        }
        if (o > v && lemma.equals("call")) {
            // "called the charges unsubstantiated", "called her vote a mistake": the object and what it is called.
            Span sp = null;
            int parts = 0;
            for (int d : t.children(v)) {
                String r = t.baseRel(d);
                if (d > v && (r.equals("xcomp") || r.equals("obj") || r.equals("dep") || r.equals("iobj"))) {
                    sp = sp == null ? t.span(d) : sp.union(t.span(d));
                    parts++;
                }
            }
            for (int d : t.subtree(o)) {
                String r = t.baseRel(d);
                // An adjective after its noun is what the noun is called too: "called the charges unsubstantiated".
                boolean after = r.equals("amod") && t.head(d) == o;
                if (d > o && (r.equals("dep") || r.equals("xcomp") || r.equals("appos") || after) && !t.token(d).isVerb()) {
                    parts++; // "called [climate change [a hoax]]": what it is called hangs somewhere under the object
                    break;
                }
            }
            return parts >= 2 ? sp : null;
        }
        if (o > v && (lex.objectVerb(lemma) || lex.clauseVerb(lemma) && documentSubject(t, v))) {
            // "accused Holt of being a Democrat", "attacked her opponent as a fraud", "likened RT to the BBC",
            // "cited remarks Trump had made": what goes with the object, wherever the parser hung it.
            Span sp = ReportShapes.objectWithModifiers(t, v, o, t.span(o), lex);
            for (int d : t.children(v)) {
                String r = t.baseRel(d);
                String kase = Phrases.caseOf(t, d);
                if (kase.isEmpty() && r.equals("advcl")) {
                    kase = ReportShapes.forOrOf(t, d); // "blasted the media for being “dishonest”"
                }
                boolean charge = kase.equals("of") || kase.equals("for") || kase.equals("as") || kase.equals("to");
                boolean with = (r.equals("obl") || r.equals("advcl") && charge && (t.token(d).isVerb()
                        || !ReportShapes.forOrOf(t, d).isEmpty())) && charge
                        || r.equals("xcomp") || r.equals("ccomp");
                if (d > o && with) {
                    sp = sp.union(t.span(d));
                }
            }
            return sp;
        }
        int x = t.child(v, "xcomp");
        if (x > v && (lex.infinitiveVerb(lemma) || "VBG".equals(t.token(x).pos()) && lex.objectVerb(lemma))) {
            return t.span(x); // "pledged to cut taxes", "proposes allowing parents to deduct …"
        }
        Span asked = ReportShapes.askedAbout(t, v, o);
        if (asked != null) {
            return asked;
        }
        if (o < 0) {
            // "talked about the economy", "warned against complacency", "called for a recount": the topic.
            for (int d : t.children(v)) {
                String kase = Phrases.caseOf(t, d);
                // "spoke about the plan" is a topic; "spoke on a Marine base" and "spoke for five minutes" are not.
                boolean topic = lex.talkVerb(lemma) ? kase.equals("about") || kase.equals("of")
                        : lex.decisionVerb(lemma) ? kase.equals("against") || kase.equals("on") // "voted for Trump" is a ballot
                        : TOPIC_CASES.contains(kase)
                        || lex.replyVerb(lemma) && (kase.equals("to") || kase.equals("with")); // "did not respond to requests
                if (d > v && t.baseRel(d).equals("obl") && topic) {
                    return Phrases.withoutCase(t, d);
                }
            }
        }
        String r = t.baseRel(v);
        int h = t.head(v);
        boolean framing = r.equals("parataxis") || r.equals("advcl") && hasMarkAs(t, v);
        // "…, as Tompkins said": the frame has nothing of its own ("declared war", "continued to stay away").
        boolean bare = t.child(v, "obj") < 0 && t.child(v, "xcomp") < 0;
        if (framing && bare && h >= 0 && t.child(v, "nsubj") >= 0) {
            Span around = ReportShapes.aroundFrame(t, h, v);
            return around != null ? around : Phrases.remainder(t, h, v);
        }
        for (int p : t.children(v)) {
            if ((t.rel(p).equals("parataxis") || t.rel(p).equals("dep")) && p < v && t.token(p).isVerb()) {
                return t.span(p);
            }
        }
        return null;
    }

    /**
     * "He said the nation has become …" when the parser missed the clause (it often makes the reported
     * subject the verb's object): the words after the verb, past "that", the addressee of "told" and a time,
     * up to the end of the sentence or a new frame (", adding", ";"), when they hold a finite verb.
     */
    /**
     * "The poll showed Clinton doing better …", "polls have shown Clinton's lead eroding", "found the agency
     * failing …": a clause verb whose clause is a gerund with its own subject right after the verb, which the
     * parser hangs on the verb as "dep" or "xcomp" (subject labelled as such) or as the object plus a gerund
     * beside it; the subject with its gerund and what hangs on it.
     */
    static Span gerundClause(DepTree t, int v) {
        for (int d : t.children(v)) {
            if (d <= v || !"VBG".equals(t.token(d).pos()) || !(t.rel(d).equals("dep") || t.rel(d).equals("xcomp"))) {
                continue;
            }
            int s = t.child(d, "nsubj");
            List<Integer> sub = t.subtree(d);
            if (s > v && sub.get(0) > v && sub.get(0) <= v + 2) {
                return clauseSpan(t, sub, d);
            }
        }
        int o = t.child(v, "obj");
        if (o <= v) {
            return null;
        }
        List<Integer> obj = t.subtree(o);
        int next = obj.get(obj.size() - 1) + 1;
        if (obj.get(0) > v + 2 || next >= t.size() || !"VBG".equals(t.token(next).pos())) {
            return null;
        }
        boolean beside = t.head(next) == v && (t.rel(next).equals("xcomp") || t.rel(next).equals("dep"))
                || t.head(next) == o && t.rel(next).equals("acl");
        if (!beside || t.child(next, "obj") < 0 && t.child(next, "advmod") < 0 && t.child(next, "obl") < 0) {
            return null;
        }
        List<Integer> g = t.subtree(next);
        return new Span(t.token(obj.get(0)).span().begin(), clauseSpan(t, g, next).end());
    }

    private static Span clauseSpan(DepTree t, List<Integer> sub, int head) {
        int last = sub.get(sub.size() - 1);
        while (last > head && Frames.isPunct(t, last)) {
            last--;
        }
        return new Span(t.token(sub.get(0)).span().begin(), t.token(last).span().end());
    }

    private Span surfaceClause(Analysis a, DepTree t, int v) {
        Token verb = t.token(v);
        String pos = verb.pos() == null ? "" : verb.pos();
        int subject = t.child(v, "nsubj") >= 0 ? t.child(v, "nsubj") : Subjects.relativeSubject(t, v);
        boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                || pos.equals("VBN") && t.child(v, "aux") >= 0 || pos.equals("VB") && t.child(v, "aux") >= 0;
        boolean participle = pos.equals("VBG") && v > 0 && t.token(v - 1).word().equals(",");
        if (!(finite && subject >= 0 && subject < v || participle)) {
            return null;
        }
        Sentence s = a.sentences().get(verb.sentence());
        int k = v + 1;
        while (k < s.endToken() && ("RP".equals(t.token(k).pos()) || "RB".equals(t.token(k).pos()) || Frames.isPunct(t, k))) {
            k++;
        }
        if (k < s.endToken() && (t.baseRel(k).equals("iobj") || lex.requestVerb(verb.lemma()) && t.token(k).isNoun())) {
            while (k < s.endToken() && Frames.nounPhraseToken(t.token(k)) && !t.token(k).pos().equals("IN")) {
                k++; // "told reporters"
            }
        }
        while (k < s.endToken() && isTime(t.token(k))) {
            k++;
        }
        if (k < s.endToken() && t.token(k).word().equalsIgnoreCase("that")) {
            k++;
        }
        int end = k;
        boolean finiteInside = false;
        for (; end < s.endToken(); end++) {
            Token x = t.token(end);
            String w = x.word();
            if (w.equals(";") || w.equals(",") && end + 1 < s.endToken() && "VBG".equals(t.token(end + 1).pos())
                    && lex.speechVerb(t.token(end + 1).lemma())) {
                break;
            }
            if (w.equals(",") && end + 1 < s.endToken() && "CC".equals(t.token(end + 1).pos())
                    && ownStatement(t, end + 2, s.endToken())) {
                break; // "said it was a mistake, but she denied that …": a statement of its own
            }
            String p = x.pos() == null ? "" : x.pos();
            finiteInside |= p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
        }
        while (end > k && Frames.isPunct(t, end - 1)) {
            end--;
        }
        if (!finiteInside || end - k < 3) {
            return null;
        }
        return new Span(t.token(k).span().begin(), t.token(end - 1).span().end());
    }

    /**
     * A verb of saying with its own subject within a few words from {@code from}: a new statement begins there
     * (an attitude does not: "I know A, and you don't want B" is one thought).
     */
    private boolean ownStatement(DepTree t, int from, int limit) {
        for (int j = from; j < Math.min(limit, from + 5); j++) {
            int subject = t.child(j, "nsubj");
            String lemma = t.token(j).lemma();
            if (t.token(j).isVerb() && lex.speechVerb(lemma) && !lex.weakVerb(lemma) && subject >= from && subject < j) {
                return true;
            }
        }
        return false;
    }

    /** "calls on Y to …" gives "Y to …"; "called for Y" gives "Y". */
    private static Span request(DepTree t, int v) {
        for (int c : t.children(v)) {
            // Parsed as a clause marked by the particle: "calls [on [both sides to return …]]".
            if (c > v && (t.baseRel(c).equals("advcl") || t.baseRel(c).equals("ccomp"))) {
                List<Integer> sub = t.subtree(c);
                String first = t.token(sub.get(0)).word().toLowerCase(Locale.ROOT);
                // "called for reducing the tax", "is calling for a process to identify …": what is called for.
                if ((first.equals("on") || first.equals("upon") || first.equals("for")) && sub.size() > 2) {
                    return new Span(t.token(sub.get(1)).span().begin(), t.span(c).end());
                }
            }
        }
        int x = t.child(v, "xcomp");
        for (int c : t.children(v)) {
            String r = t.baseRel(c);
            if (!(r.equals("obl") || r.equals("obj") || r.equals("iobj"))) {
                continue;
            }
            String kase = Phrases.caseOf(t, c);
            if (r.equals("obl") && !(kase.equals("on") || kase.equals("upon") || kase.equals("for"))) {
                continue;
            }
            Span y = Phrases.withoutCase(t, c);
            if (x >= 0 && x > c) {
                return y.union(t.span(x));
            }
            if (kase.equals("for") || hasClause(t, c)) {
                return y;
            }
        }
        return null;
    }

    private static boolean hasClause(DepTree t, int n) {
        for (int c : t.children(n)) {
            if (t.baseRel(c).equals("acl") || t.baseRel(c).equals("xcomp")) {
                return true;
            }
        }
        return false;
    }

    Span withoutLeadingMark(DepTree t, int c) {
        List<Integer> sub = new ArrayList<>(t.subtree(c));
        // "said he would order a review and warned against hackers": a second verb of saying is a statement of its own;
        // in the same form as the verb it is joined to ("he posed a threat and refused to drop the gun") it goes on
        // with the reported clause.
        for (int d : t.subtree(c)) {
            String lemma = t.token(d).lemma();
            // "said that A but that it would add B": a conjunct with its own "that" is more of the same statement.
            if (d > c && t.baseRel(d).equals("conj") && t.token(d).isVerb() && (lex.speechVerb(lemma) || lex.requestVerb(lemma))
                    && sub.contains(d) && !Phrases.startsWithThat(t, d) && !sameForm(t, d)) {
                List<Integer> cut = t.subtree(d);
                int from = cut.get(0);
                sub.removeIf(k -> k >= from && cut.contains(k) || k == from - 1 && Frames.isPunct(t, k));
                for (int x : t.children(d)) {
                    if (t.baseRel(x).equals("cc")) {
                        sub.remove(Integer.valueOf(x));
                    }
                }
            }
        }
        while (sub.size() > 1 && (Frames.isPunct(t, sub.get(sub.size() - 1)) || t.baseRel(sub.get(sub.size() - 1)).equals("cc"))) {
            sub.remove(sub.size() - 1);
        }
        // ", contradicting …" hanging on the reported clause is the writer's, not the speaker's.
        for (int d : t.children(c)) {
            String r = t.baseRel(d);
            if (d > c && (r.equals("advcl") || r.equals("dep") || r.equals("xcomp") || r.equals("conj"))
                    && t.token(d).pos().equals("VBG") && Phrases.commaBefore(t, d)) {
                List<Integer> cut = t.subtree(d);
                sub.removeAll(cut);
                sub.remove(Integer.valueOf(cut.get(0) - 1));
            }
        }
        int lo = 0;
        while (lo < sub.size() - 1) {
            int k = sub.get(lo);
            String w = t.token(k).word().toLowerCase(Locale.ROOT);
            boolean mark = t.rel(k).equals("mark") && (w.equals("that") || w.equals("if") || w.equals("whether"))
                    || t.rel(k).equals("punct") && !Contents.isQuoteToken(t.token(k));
            if (!mark) {
                break;
            }
            lo++;
        }
        return new Span(t.token(sub.get(lo)).span().begin(), t.token(sub.get(sub.size() - 1)).span().end());
    }

    private static boolean sameForm(DepTree t, int d) {
        int h = t.head(d);
        return h >= 0 && t.token(d).pos() != null && t.token(d).pos().equals(t.token(h).pos());
    }

    /** "According to X, …": the clause X hangs on, without the attribution phrase. */
    static Span accordingContent(Analysis a, DepTree t, int v) {
        Span surface = Frames.accordingSurface(a, t, v);
        if (surface != null) {
            return surface;
        }
        int x = t.head(v);
        if (x < 0 || !t.rel(v).startsWith("case")) {
            return null;
        }
        int m = t.head(x);
        if (m < 0) {
            return null;
        }
        return Phrases.remainder(t, m, x);
    }

    /** "The poll indicates a tightening race", "a study found 31 incidents": a document's findings are its statements. */
    private boolean documentSubject(DepTree t, int v) {
        int s = t.child(v, "nsubj");
        return s >= 0 && s < v && lex.sourceDocument(t.token(s).lemma());
    }

    static boolean isTime(Token t) {
        return "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    private static boolean hasMarkAs(DepTree t, int v) {
        for (int c : t.children(v)) {
            if (t.rel(c).equals("mark") && t.token(c).word().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }
}
