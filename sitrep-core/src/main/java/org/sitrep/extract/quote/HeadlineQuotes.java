package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.Token;

/**
 * Direct quotes in headlines, which quote with single marks after a colon: "Warren Hammers Wells Fargo CEO:
 * ‘You Should Be Criminally Investigated.’" The person (or body) named before the colon speaks. Single marks
 * elsewhere in a headline are too often scare quotes ("Trump ‘The Dealmaker’") to count.
 */
final class HeadlineQuotes {

    private static final Pattern COLON_QUOTE = Pattern.compile(":\\s+[‘']([^‘’']*?\\S)[’']\\.?\\s*$");

    private HeadlineQuotes() {
    }

    /** Adds a candidate for each headline ending in a single-quoted statement after a colon, unless one overlaps it. */
    static void find(Analysis a, List<Candidate> out) {
        List<Span> headlines = new ArrayList<>();
        for (Story s : a.stories()) {
            if (s.headline() != null) {
                headlines.add(s.headline());
            }
        }
        // A title line set apart by a blank line, which the story segmenter leaves out when it ends in a mark.
        int eol = a.text().indexOf('\n');
        if (eol > 0 && a.text().startsWith("\n", eol + 1) && headlines.stream().noneMatch(x -> x.begin() == 0)) {
            headlines.add(new Span(0, eol));
        }
        for (Span h : headlines) {
            Matcher m = COLON_QUOTE.matcher(h.of(a.text()));
            if (!m.find() || m.group(1).split("\\s+").length < 3) {
                continue;
            }
            Span content = new Span(h.begin() + m.start(1), h.begin() + m.end(1));
            int colon = h.begin() + m.start();
            Mention speaker = person(a, new Span(h.begin(), colon));
            if (speaker == null || out.stream().anyMatch(c -> c.content().overlaps(content))) {
                continue;
            }
            int head = -1;
            for (Token t : a.tokensIn(speaker.span())) {
                head = t.index();
            }
            out.add(new Candidate(Quote.Kind.DIRECT, content, new Span(colon, colon + 1), head, speaker.span(), true));
        }
    }

    private static Mention person(Analysis a, Span prefix) {
        for (Mention m : a.mentions()) {
            boolean speaker = m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
            if (m.kind() == Mention.Kind.NAME && speaker && prefix.contains(m.span())) {
                return m;
            }
        }
        return null;
    }
}
