package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Interview transcripts: a paragraph opened by a speaker's name in capitals and a colon ("WALLACE: Do you
 * really see …"). The label must name a person of the article, so notes like "CLARIFICATION:" are not speakers.
 * The words carry no quotation marks, so they are not direct quotes in the project's sense.
 */
final class Transcripts {

    private static final Pattern LINE = Pattern.compile("(?m)^[\"“”]?([A-Z][A-Z.'’\\- ]{1,30}[A-Z.]):[ \\t]+(\\S[^\\n]*?)[\"“”]?[ \\t]*$");

    void find(Analysis a, List<Candidate> out, Set<Span> taken) {
        Matcher m = LINE.matcher(a.text());
        while (m.find()) {
            String label = m.group(1).trim();
            if (!namesPerson(a, label)) {
                continue;
            }
            Span content = Contents.trim(a.text(), new Span(m.start(2), m.end(2)));
            if (content.length() < 3 || taken.contains(content) || overlapsFound(content, out)) {
                continue;
            }
            Span speaker = new Span(m.start(1), m.end(1));
            Span cue = new Span(m.end(1), m.end(1) + 1);
            out.add(new Candidate(Quote.Kind.INDIRECT, content, cue, Roles.lastToken(a, speaker), speaker, false));
            taken.add(content);
        }
    }

    /** Whether the label's last word is the last word of a person's name in the article ("WALLACE", "Chris Wallace"). */
    private static boolean namesPerson(Analysis a, String label) {
        String[] words = label.toLowerCase(Locale.ROOT).split("[\\s.]+");
        String last = words[words.length - 1];
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.PERSON && e.name() != null) {
                String[] n = e.name().toLowerCase(Locale.ROOT).split("\\s+");
                if (n.length > 0 && n[n.length - 1].equals(last)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsFound(Span content, List<Candidate> out) {
        for (Candidate c : out) {
            if (c.content().overlapRatio(content) >= 0.5) {
                return true;
            }
        }
        return false;
    }

}
