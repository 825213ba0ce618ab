package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Reported (indirect) and mixed speech: what a verb of saying, thinking or asking reports (its clause, object,
 * infinitive or topic in the dependency parse, or the clause after it on the surface when the parse has none),
 * "according to X", frames set off by commas ({@link Frames}), and statements named by nouns ("his claim that …").
 */
final class ReportedSpeech {

    /** Prepositions that introduce what a statement is about after a verb of saying or thinking. */
    private static final Set<String> TOPIC_CASES = Set.of("about", "of", "for", "against", "on", "over");

    private final CueLexicon lex;
    private final Subjects subjects;
    private final Stances stances;

    ReportedSpeech(CueLexicon lex, Subjects subjects) {
        this.lex = lex;
        this.subjects = subjects;
        this.stances = new Stances(lex);
    }

    void find(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Span> directInner,
              List<Candidate> out, Set<Span> taken) {
        List<Candidate> direct = out.stream().filter(c -> c.kind() == Quote.Kind.DIRECT).toList();
        for (int v = 0; v < t.size(); v++) {
            Token tok = t.token(v);
            boolean according = Phrases.isAccording(t, v);
            if (!according && !(tok.isVerb() && (lex.speechVerb(tok.lemma()) || lex.requestVerb(tok.lemma())))) {
                continue;
            }
            if (StanceTrees.insideAny(tok.span(), directInner) || inFrame(t, v, direct)) {
                continue; // a statement quoted inside a quotation belongs to the quotation
            }
            // "will be heard by 10 judges": an attitude verb's passive is an act, not a statement.
            int agent = according || lex.weakVerb(tok.lemma()) ? -1 : agent(t, v);
            // "X is expected to win" (no agent: the whole clause); "appeared to suggest that …" (a clause of its own).
            Span unsaid = !according && agent < 0 && passive(t, v) ? ReportShapes.passiveClause(a, t, v, lex) : null;
            boolean infinitive = !according && agent < 0 && unsaid == null && bareInfinitive(t, v);
            if (!according && agent < 0 && unsaid == null && (passive(t, v) || infinitive && !ReportShapes.infinitiveWithClause(t, v, lex))) {
                continue;
            }
            Span content;
            int subject;
            Span subjectPhrase;
            int[] trail = according || agent >= 0 || unsaid != null ? null : Frames.trailingFrame(a, t, v);
            if (unsaid != null) {
                content = unsaid;
                subject = -1;
                subjectPhrase = null;
            } else if (agent >= 0) {
                // "The plan was criticised by X", "it was announced by the ministry that …": the agent said it.
                content = passive(t, v) ? t.span(t.child(v, "nsubj:pass")) : complement(a, t, v);
                subject = agent;
                subjectPhrase = Phrases.withoutLeadingCase(a, t, agent);
            } else if (trail != null) {
                content = new Span(t.token(trail[0]).span().begin(), t.token(trail[1]).span().end());
                subject = trail[2];
                subjectPhrase = new Span(t.token(trail[3]).span().begin(), t.token(trail[4]).span().end());
            } else {
                content = according ? accordingContent(a, t, v) : complement(a, t, v);
                subject = subjects.subjectOf(t, v);
                subjectPhrase = subject >= 0 ? Phrases.subjectSpan(a, t, subject) : null;
            }
            if (content == null || ReportShapes.quotedSelf(a, t, v, subject) || ReportShapes.hypothetical(t, v) || infinitive && (subject < 0 || !Subjects.personSubject(t, subject) || "WP".equals(t.token(subject).pos()))) {
                continue; // an infinitive statement needs someone to have made it ("appeared to suggest …")
            }
            if (!according && unsaid == null && agent < 0 && trail == null) {
                content = ReportShapes.withReason(a, t, content, v);
            }
            content = beforeNextFrame(a, t, Frames.overSemicolon(a, t, Contents.trim(a.text(), content), lex));
            content = ReportShapes.beforeNewClause(a, t, ReportShapes.beforeOwnSpeaker(a, t, content, v, lex), v);
            content = ReportShapes.closeQuotation(a, content, regions, directInner);
            if (content.length() < 3 || Contents.wordCount(a, content) < 2 && !namedObject(a, content) || taken.contains(content)) {
                continue;
            }
            if (Contents.coveredByDirect(content, directInner) || Frames.frontedModifier(a, t, content, v)) {
                continue;
            }
            if (!according && unsaid == null && lex.weakVerb(tok.lemma()) && !Subjects.personSubject(t, subject)) {
                continue;
            }
            Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            out.add(new Candidate(kind, content, Phrases.cueSpan(t, v), subject, subjectPhrase, false));
            taken.add(content);
        }
        nouns(a, t, regions, directInner, out, taken);
        asFrames(a, t, directInner, out, taken);
        inDocument(a, t, directInner, out, taken);
        stances.find(a, t, regions, directInner, out, taken);
        Participles.find(a, t, subjects, lex, regions, directInner, out, taken);
        SmallClauses.find(a, t, subjects, lex, regions, directInner, out, taken);
    }

    /**
     * "“A,” said Tim Hess, a developer who introduced Mr. Clarke, “B.”": the verb of a direct quote's own frame,
     * or of a relative clause describing its speaker ("who has been challenging …", "who … and has backed …"),
     * between the quote's parts; "…, he said, referring to …" still reports a statement of its own.
     */
    private static boolean inFrame(DepTree t, int v, List<Candidate> direct) {
        Span s = t.token(v).span();
        for (Candidate d : direct) {
            boolean gerund = "VBG".equals(t.token(v).pos());
            // "said Don Fowler, who helmed the DNC and has backed Clinton": the speaker's description, conjuncts too.
            int h = t.head(v);
            boolean relative = t.baseRel(v).equals("acl") || t.baseRel(v).equals("conj") && h >= 0 && t.baseRel(h).equals("acl");
            boolean participle = gerund && t.child(v, "aux") < 0;
            if (d.content().contains(s) && (!gerund && d.cue() != null && d.cue().overlaps(s) || relative && !participle)) {
                return true;
            }
        }
        return false;
    }

    /** "The poll indicates a tightening race", "a study found 31 incidents": a document's findings are its statements. */
    private boolean documentSubject(DepTree t, int v) {
        int s = t.child(v, "nsubj");
        return s >= 0 && s < v && lex.sourceDocument(t.token(s).lemma());
    }

    /**
     * "In this poll, Trump rose 1 point": a clause fronted by "in" and a document (poll, survey, report) is
     * what the document says; "in his eyes" and "in the city" are not documents.
     */
    private void inDocument(Analysis a, DepTree t, List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        for (int n = 0; n < t.size(); n++) {
            Token tok = t.token(n);
            int h = t.head(n);
            if (!tok.isNoun() || !lex.sourceDocument(tok.lemma()) || h < 0 || h < n || !t.token(h).isVerb()
                    || !t.baseRel(n).equals("obl") || !Phrases.caseOf(t, n).equals("in") || StanceTrees.insideAny(tok.span(), directInner)) {
                continue;
            }
            List<Integer> sub = t.subtree(n);
            int after = sub.get(sub.size() - 1) + 1;
            boolean act = false;
            for (int k : sub) {
                act |= k < n && t.token(k).isVerb(); // "In offering analysis of …" is the speaker's act
            }
            if (act) {
                continue;
            }
            if (after >= t.size() || !t.token(after).word().equals(",") || t.subtree(h).get(0) < sub.get(0)) {
                continue; // only a fronted phrase set off by a comma frames the whole clause
            }
            if (lex.speechVerb(t.token(h).lemma()) && t.child(h, "nsubj") >= 0) {
                continue; // "In a letter, X told Y how …": the clause's own verb of saying reports it
            }
            Span content = Phrases.remainder(t, h, n);
            int start = after + 1;
            String p = start < t.size() && t.token(start).pos() != null ? t.token(start).pos() : "";
            if (content != null && (p.equals("VBN") || p.equals("VBG"))) {
                // "In the poll, conducted in May, Clinton led": the participle describes the poll, not its finding.
                for (int k = start; k < t.size() && t.token(k).sentence() == tok.sentence(); k++) {
                    if (t.token(k).word().equals(",") && k + 1 < t.size() && t.token(k + 1).span().begin() < content.end()) {
                        content = new Span(t.token(k + 1).span().begin(), content.end());
                        break;
                    }
                }
            }
            if (content == null || taken.contains(content) || Contents.coveredByDirect(content, directInner)) {
                continue;
            }
            content = Contents.trim(a.text(), content);
            out.add(new Candidate(Quote.Kind.INDIRECT, content, t.token(sub.get(0)).span(), n,
                    Phrases.withoutLeadingCase(a, t, n), false));
            taken.add(content);
        }
    }

    /**
     * "It does not show whether he had a gun, as police have said", "As the minister put it, the talks are over":
     * a bare "as X said / noted / put it" clause frames the clause it hangs on, which is what X said.
     */
    private void asFrames(Analysis a, DepTree t, List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        for (int v = 0; v < t.size(); v++) {
            Token tok = t.token(v);
            int h = t.head(v);
            int mark = t.child(v, "mark");
            int subject = t.child(v, "nsubj");
            if (!tok.isVerb() || h < 0 || mark < 0 || subject < 0 || !t.token(mark).word().equalsIgnoreCase("as")
                    || !t.baseRel(v).equals("advcl") || StanceTrees.insideAny(tok.span(), directInner)) {
                continue;
            }
            int o = t.child(v, "obj");
            boolean putIt = tok.lemma().equals("put") && o >= 0 && t.token(o).word().equalsIgnoreCase("it");
            boolean done = "VBD".equals(tok.pos()) || "VBN".equals(tok.pos());
            if (!done || !putIt && !(lex.speechVerb(tok.lemma()) && bareFrame(t, v))) {
                continue; // "as she called for …", "as he talked about …": a statement of its own; "as they speak": a time
            }
            List<Integer> frame = t.subtree(v);
            List<Integer> clause = t.subtree(h);
            boolean before = false;
            boolean after = false;
            for (int k : clause) {
                before |= k < frame.get(0) && !Frames.isPunct(t, k);
                after |= k > frame.get(frame.size() - 1) && !Frames.isPunct(t, k);
            }
            int root = h;
            while (t.head(root) >= 0) {
                root = t.head(root);
            }
            // Last in its sentence it frames the whole sentence, unless that is already a person's statement
            // ("Witnesses disputed that he had a gun, as police have said": police said he had one); between a
            // subject and its verb, the clause around it; anywhere else ("being seen, as X put it, “the
            // operator”") what it frames is unclear.
            boolean said = lex.speechVerb(t.token(root).lemma()) && Subjects.personSubject(t, t.child(root, "nsubj"));
            Span content = before && after ? ReportShapes.aroundFrame(t, h, v) : Phrases.remainder(t, after || said ? h : root, v);
            if (content == null || Contents.wordCount(a, content) < 3 || Contents.coveredByDirect(content, directInner)
                    || taken.contains(Contents.trim(a.text(), content))) {
                continue;
            }
            content = Contents.trim(a.text(), content);
            Span cue = Phrases.cueSpan(t, v);
            out.removeIf(c -> c.cue() != null && c.cue().overlaps(cue));
            out.add(new Candidate(Quote.Kind.INDIRECT, content, cue, subject, Phrases.subjectSpan(a, t, subject), false));
            taken.add(content);
        }
    }

    /** A verb with nothing of its own but its subject and circumstances ("as police have said in a statement"). */
    private static boolean bareFrame(DepTree t, int v) {
        for (int c : t.children(v)) {
            String r = t.baseRel(c);
            if (r.equals("obj") || r.equals("iobj") || r.equals("ccomp") || r.equals("xcomp") || r.equals("nsubj:pass")
                    || r.equals("obl") && TOPIC_CASES.contains(Phrases.caseOf(t, c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Statements named by a noun: "his claim that …" and "the report's conclusion that …" (the clause),
     * "Trump's attacks on …" and "her pledge to …" when a possessor says whose they are.
     */
    private void nouns(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Span> directInner,
                       List<Candidate> out, Set<Span> taken) {
        for (int n = 0; n < t.size(); n++) {
            Token tok = t.token(n);
            if (!tok.isNoun() || !lex.speechNoun(tok.lemma()) || StanceTrees.insideAny(tok.span(), directInner)) {
                continue;
            }
            int poss = t.child(n, "nmod:poss");
            int h = t.head(n);
            if ((poss < 0 || t.token(poss).isPronoun() || "PRP$".equals(t.token(poss).pos())) && h >= 0
                    && t.rel(n).equals("obj") && t.child(h, "nsubj") >= 0) {
                poss = t.child(h, "nsubj"); // "He repeated his claim that …": whoever repeats it made it
            }
            Span content = null;
            for (int d : t.children(n)) {
                if (d <= n) {
                    continue;
                }
                String r = t.baseRel(d);
                if ((r.equals("acl") || r.equals("ccomp")) && Phrases.startsWithThat(t, d)) {
                    content = withoutLeadingMark(t, d);
                    break;
                }
                if (r.equals("ccomp") && ReportShapes.opensWithThat(t, n, d)) {
                    content = ReportShapes.afterThat(t, d); // "concern that …" with "that" misread as a pronoun
                    break;
                }
                if (poss >= 0 && r.equals("acl") && Phrases.hasMarkTo(t, d)) {
                    content = t.span(d); // "her pledge to cut taxes"
                    break;
                }
                if (poss >= 0 && r.equals("nmod") && TOPIC_CASES.contains(Phrases.caseOf(t, d)) && !isTime(t.token(d))) {
                    content = Phrases.withoutCase(t, d); // "Trump's claims about the test"
                    break;
                }
            }
            if (content == null && poss >= 0 && !ReportShapes.place(t.token(poss))) {
                content = ReportShapes.nounInfinitive(t, n); // "Obama's decision to …" read as the infinitive's subject
            }
            if (content == null) {
                continue;
            }
            content = Contents.trim(a.text(), content);
            if (content.length() < 3 || taken.contains(content) || Contents.coveredByDirect(content, directInner)) {
                continue;
            }
            Quote.Kind kind = Contents.containsRegion(content, regions, directInner) ? Quote.Kind.MIXED : Quote.Kind.INDIRECT;
            out.add(new Candidate(kind, content, tok.span(), poss, poss >= 0 ? Phrases.subjectSpan(a, t, poss) : null, false));
            taken.add(content);
        }
    }

    /**
     * "… A, arguing that B": a participle of saying after a comma starts a statement of its own; "… the
     * reality of climate change, which makes him an outlier" ends with the writer's gloss.
     */
    private Span beforeNextFrame(Analysis a, DepTree t, Span content) {
        List<Token> toks = a.tokensIn(content);
        for (int i = 3; i < toks.size(); i++) {
            Token x = toks.get(i);
            boolean comma = toks.get(i - 1).word().equals(",");
            boolean frame = "VBG".equals(x.pos()) && lex.speechVerb(x.lemma());
            // "…, focusing on …" hung on a word of the statement and running to its end: the writer's account.
            Token g = "RB".equals(x.pos()) && i + 1 < toks.size() ? toks.get(i + 1) : x;
            int h = t.head(g.index());
            String r = t.baseRel(g.index());
            if ("VBG".equals(g.pos()) && h >= 0 && h < g.index() && content.contains(t.token(h).span())
                    && (r.equals("advcl") || r.equals("xcomp") || r.equals("dep") || r.equals("conj"))
                    && Phrases.commaBefore(t, g.index()) && !Frames.insideQuotation(a, g)) {
                List<Integer> sub = t.subtree(g.index());
                frame |= t.token(sub.get(sub.size() - 1)).span().end() >= content.end() - 1;
            }
            boolean gloss = ("WDT".equals(x.pos()) || "WP".equals(x.pos())) && Frames.noCommaAfter(toks, i)
                    && !Frames.insideQuotation(a, toks.get(i)) && Frames.glossAfter(a, toks, i, lex);
            if (comma && (frame || gloss)) {
                return Contents.trim(a.text(), new Span(content.begin(), toks.get(i - 2).span().end()));
            }
            // "…, aside from saying B", "…, before adding B": a preposition may stand between the comma and the participle.
            int j = i - 1;
            while (j > i - 3 && j > 2 && ("IN".equals(toks.get(j).pos()) || "RB".equals(toks.get(j).pos()))) {
                j--;
            }
            if (j < i - 1 && toks.get(j).word().equals(",") && "VBG".equals(x.pos()) && lex.speechVerb(x.lemma())
                    && "IN".equals(toks.get(i - 1).pos()) && !toks.get(i - 1).word().equalsIgnoreCase("than")
                    && !Frames.insideQuotation(a, x)) {
                return Contents.trim(a.text(), new Span(content.begin(), toks.get(j - 1).span().end()));
            }
        }
        return content;
    }

    /**
     * "refused to confirm", "wants to show", "Let me ask": an infinitive with no subject of its own reports an
     * intention, not a statement; "went on to say" and "will say" still report one.
     */
    private boolean bareInfinitive(DepTree t, int v) {
        if (!"VB".equals(t.token(v).pos()) || t.child(v, "nsubj") >= 0) {
            return false;
        }
        for (int c : t.children(v)) {
            if (t.baseRel(c).equals("aux") && !t.token(c).word().equalsIgnoreCase("to")) {
                return false;
            }
        }
        int h = t.head(v);
        return !(h >= 0 && (t.token(h).lemma().equals("go") || t.token(h).lemma().equals("continue")));
    }

    /** The "by" agent of a passive verb of saying ("was first reported by the Post"), or -1. */
    private static int agent(DepTree t, int v) {
        if (t.child(v, "nsubj") >= 0 || t.child(v, "nsubj:pass") < 0 && t.child(v, "csubj:pass") < 0
                && t.child(v, "aux:pass") < 0) {
            return -1;
        }
        for (int g : t.children(v)) {
            // The parser labels the agent "obl:agent" or, on some sentences, a plain "obl" marked by "by".
            if (g > v && t.baseRel(g).equals("obl") && Phrases.caseOf(t, g).equals("by")) {
                return g;
            }
        }
        return -1;
    }

    private static boolean passive(DepTree t, int v) {
        if (t.child(v, "nsubj") >= 0) {
            return false;
        }
        int p = t.child(v, "nsubj:pass");
        return p >= 0 && !t.token(p).word().equalsIgnoreCase("it");
    }

    /** What a speech verb reports: its clausal complement, a request's addressee and act, or the clause it frames. */
    private Span complement(Analysis a, DepTree t, int v) {
        int c = t.child(v, "ccomp");
        if (c >= 0) {
            Span clause = withoutLeadingMark(t, c);
            Span surface = c > v ? ReportShapes.finiteClause(a, t, clause) : null;
            return surface != null ? surface : clause;
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
    private Span surfaceClause(Analysis a, DepTree t, int v) {
        Token verb = t.token(v);
        String pos = verb.pos() == null ? "" : verb.pos();
        int subject = t.child(v, "nsubj");
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

    private static boolean isTime(Token t) {
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

    private Span withoutLeadingMark(DepTree t, int c) {
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
    private static Span accordingContent(Analysis a, DepTree t, int v) {
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

    /** "I despise Trump": a single name can be what a stance is about. */
    private static boolean namedObject(Analysis a, Span s) {
        List<Token> toks = a.tokensIn(s);
        return toks.size() == 1 && toks.get(0).isProperNoun();
    }
}
