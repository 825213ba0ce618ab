package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Reported (indirect) and mixed speech: walks the verbs of saying, thinking or asking and "according to X", takes
 * what each reports ({@link Complements}: its clause, object, infinitive or topic in the dependency parse, or the
 * clause after it on the surface when the parse has none; or a frame set off by commas, {@link Frames}), keeps it
 * when someone made the statement, and then runs the finders of the other shapes: statements named by nouns
 * ({@link SpeechNouns}), "as X said" and "in this poll" frames ({@link AdverbialFrames}), stances, participles
 * and small clauses.
 */
final class ReportedSpeech {

    private final CueLexicon lex;
    private final Subjects subjects;
    private final Complements complements;
    private final SpeechNouns speechNouns;
    private final AdverbialFrames adverbialFrames;
    private final Stances stances;

    ReportedSpeech(CueLexicon lex, Subjects subjects) {
        this.lex = lex;
        this.subjects = subjects;
        this.complements = new Complements(lex);
        this.speechNouns = new SpeechNouns(lex, complements);
        this.adverbialFrames = new AdverbialFrames(lex);
        this.stances = new Stances(lex);
    }

    /** Adds the reported statements to {@code out}; {@code taken} holds the contents already found. */
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
                content = passive(t, v) ? t.span(t.child(v, "nsubj:pass")) : complements.complement(a, t, v);
                subject = agent;
                subjectPhrase = Phrases.withoutLeadingCase(a, t, agent);
            } else if (trail != null) {
                content = new Span(t.token(trail[0]).span().begin(), t.token(trail[1]).span().end());
                subject = trail[2];
                subjectPhrase = new Span(t.token(trail[3]).span().begin(), t.token(trail[4]).span().end());
            } else {
                content = according ? Complements.accordingContent(a, t, v) : complements.complement(a, t, v);
                subject = subjects.subjectOrBeside(t, v);
                subjectPhrase = subject >= 0 ? Phrases.subjectSpan(a, t, subject) : null;
            }
            if (content == null || ReportShapes.quotedSelf(a, t, v, subject) || ReportShapes.hypothetical(t, v) || infinitive && (subject < 0 || !Subjects.personSubject(t, subject) || "WP".equals(t.token(subject).pos()))) {
                continue; // an infinitive statement needs someone to have made it ("appeared to suggest …")
            }
            if (!according && unsaid == null && agent < 0 && trail == null) {
                content = StatementEnds.withReason(a, t, content, v);
            }
            content = beforeNextFrame(a, t, Frames.overSemicolon(a, t, Contents.trim(a.text(), content), lex));
            content = StatementEnds.beforeNewClause(a, t, StatementEnds.beforeOwnSpeaker(a, t, content, v, lex), v);
            content = StatementEnds.closeQuotation(a, content, regions, directInner);
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
        speechNouns.find(a, t, regions, directInner, out, taken);
        adverbialFrames.find(a, t, directInner, out, taken);
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
            boolean gloss = ("WDT".equals(x.pos()) || "WP".equals(x.pos())) && WritersTails.noCommaAfter(toks, i)
                    && !Frames.insideQuotation(a, toks.get(i)) && WritersTails.glossAfter(a, toks, i, lex);
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

    /** "I despise Trump": a single name can be what a stance is about. */
    private static boolean namedObject(Analysis a, Span s) {
        List<Token> toks = a.tokensIn(s);
        return toks.size() == 1 && toks.get(0).isProperNoun();
    }
}
