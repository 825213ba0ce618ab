package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * Finds statements: direct quotes (text in quotation marks framed by a speech verb, or standing alone as a
 * paragraph; {@link DirectQuotes}), mixed and indirect quotes (the clausal complement of a speech verb in the
 * dependency parse, "according to X", "X calls on Y to …", "…, X said"; {@link ReportedSpeech}), and headline
 * attributions ("…, PM Says"); then cuts the writer's tails and resolves overlaps ({@link StatementOverlaps}).
 * Speakers are left as syntax gives them; {@link SpeakerSieves} resolves them.
 */
final class QuoteFinder {

    private final CueLexicon lex;
    private final DirectQuotes direct;
    private final ReportedSpeech reported;
    private final Headlines headlines;
    private final Transcripts transcripts = new Transcripts();
    private final StatementOverlaps overlaps;

    QuoteFinder(CueLexicon lex) {
        this.lex = lex;
        Subjects subjects = new Subjects(lex);
        this.direct = new DirectQuotes(lex, subjects);
        this.reported = new ReportedSpeech(lex, subjects);
        this.headlines = new Headlines(lex);
        this.overlaps = new StatementOverlaps(lex);
    }

    List<Candidate> find(Analysis a, DepTree t) {
        List<QuoteMarks.Region> regions = new ArrayList<>(QuoteMarks.find(a.text()));
        regions.removeIf(r -> QuoteMarks.isNickname(a.text(), r));
        List<Candidate> out = new ArrayList<>();
        List<Span> directInner = new ArrayList<>();
        direct.find(a, t, regions, out, directInner);
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
                : new Candidate(c.kind(), WritersTails.cut(a, c.content(), lex), c.cue(), c.subjectHead(),
                        c.subject(), c.headline()));
        overlaps.resolve(a, t, regions, out);
        out.removeIf(c -> NonStatements.shorterTwin(a, c, out));
        out.removeIf(c -> NonStatements.inEditorsNote(a.text(), c));
        out.removeIf(c -> NonStatements.sourceDescription(a, c));
        out.removeIf(c -> NonStatements.embeddedPost(a, c));
        out.sort((x, y) -> x.content().compareTo(y.content()));
        return out;
    }
}
