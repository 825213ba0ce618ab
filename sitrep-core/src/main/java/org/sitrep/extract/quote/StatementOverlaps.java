package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Resolves overlaps among the statements all finders found: a reported clause that only repeats a quotation's own
 * cue, swallows a direct quote with its speaker, or is nested in another's report goes; a first statement ends
 * where a coordinated second verb of saying starts its own. Run once after every finder, because only then are
 * all the competing readings of a sentence side by side.
 */
final class StatementOverlaps {

    private final CueLexicon lex;

    StatementOverlaps(CueLexicon lex) {
        this.lex = lex;
    }

    /** Drops and cuts statements that overlap others; {@code out} is changed in place. */
    void resolve(Analysis a, DepTree t, List<QuoteMarks.Region> regions, List<Candidate> out) {
        out.removeIf(c -> reportsItsQuotation(c, out));
        out.replaceAll(o -> beforeSecondStatement(a, t, o, out));
        out.removeIf(c -> nestedRequest(a, c, out));
        out.removeIf(c -> swallowsDirect(c, out));
        out.removeIf(c -> quotedInQuotation(a, c, regions));
        out.removeIf(c -> straddlesOuter(a, c, out));
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
}
