package org.sitrep.extract.quote;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Statements framed by an adverbial phrase instead of a verb's complement: "as X said" / "as X put it" clauses
 * ("It does not show whether he had a gun, as police have said") and a fronted "in" with a document ("In this
 * poll, Trump rose 1 point"). In both, what was said is the clause the phrase hangs on, so they share the way
 * that clause is cut out.
 */
final class AdverbialFrames {

    private final CueLexicon lex;

    AdverbialFrames(CueLexicon lex) {
        this.lex = lex;
    }

    /** Adds the statements framed by "as X said" clauses, then those framed by a fronted document. */
    void find(Analysis a, DepTree t, List<Span> directInner, List<Candidate> out, Set<Span> taken) {
        asFrames(a, t, directInner, out, taken);
        inDocument(a, t, directInner, out, taken);
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
                    || r.equals("obl") && Complements.TOPIC_CASES.contains(Phrases.caseOf(t, c))) {
                return false;
            }
        }
        return true;
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
}
