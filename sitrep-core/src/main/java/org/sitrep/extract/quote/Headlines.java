package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.Token;

/** Headline attributions: "Armenia Ready to …, PM Says" and "Poll: Voters Abandon …". */
final class Headlines {

    private static final Pattern HEADLINE_SAYS = Pattern.compile("^(.*\\S),\\s+((?:\\S+\\s+){0,4}?\\S+)\\s+(\\p{Lu}\\p{L}+)\\.?\\s*$");
    private static final Pattern HEADLINE_COLON = Pattern.compile("^([^:]{3,60}):\\s+(\\S.*?\\S)\\.?\\s*$");

    /** A first paragraph longer than this is text, not a title. */
    private static final int MAX_TITLE_WORDS = 25;

    private final CueLexicon lex;

    Headlines(CueLexicon lex) {
        this.lex = lex;
    }


    void find(Analysis a, List<Candidate> out, Set<Span> taken) {
        for (Story s : a.stories()) {
            Span h = headline(a, s);
            if (h == null) {
                continue;
            }
            String text = h.of(a.text());
            Matcher m = HEADLINE_SAYS.matcher(text);
            if (m.matches() && lex.speechVerb(verbLemma(m.group(3)))) {
                Span content = new Span(h.begin() + m.start(1), h.begin() + m.end(1));
                Span speaker = new Span(h.begin() + m.start(2), h.begin() + m.end(2));
                Span cue = new Span(h.begin() + m.start(3), h.begin() + m.end(3));
                if (!taken.contains(content)) {
                    out.add(new Candidate(Quote.Kind.INDIRECT, content, cue, Roles.lastToken(a, speaker), speaker, true));
                    taken.add(content);
                }
                continue;
            }
            Matcher c = HEADLINE_COLON.matcher(text);
            if (c.matches()) {
                Span speaker = new Span(h.begin() + c.start(1), h.begin() + c.end(1));
                String prefix = speaker.of(a.text()).trim();
                String last = prefix.substring(prefix.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                if (isPersonName(a, speaker) || prefix.split("\\s+").length <= 3 && lex.sourceDocument(last)) {
                    Span content = new Span(h.begin() + c.start(2), h.begin() + c.end(2));
                    Span cue = new Span(h.begin() + c.end(1), h.begin() + c.end(1) + 1);
                    if (!taken.contains(content)) {
                        out.add(new Candidate(Quote.Kind.INDIRECT, content, cue, Roles.lastToken(a, speaker), speaker, true));
                        taken.add(content);
                    }
                }
            }
        }
    }

    private static String verbLemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * The story's headline, or else for the article's first story, its first paragraph when that is one short line: a title the segmenter
     * took for text ("Pat Caddell: Democrat Voters Worried …" over the first paragraph).
     */
    private static Span headline(Analysis a, Story s) {
        if (s.headline() != null) {
            return s.headline();
        }
        String text = a.text();
        int b = s.span().begin();
        if (!text.substring(0, b).isBlank()) {
            return null; // only the article's own title: a subheading inside it is the writer's
        }
        while (b < s.span().end() && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        int nl = text.indexOf('\n', b);
        if (nl < 0 || nl >= s.span().end() || nl == b) {
            return null;
        }
        Span first = Contents.trim(text, new Span(b, nl));
        return first.of(text).split("\\s+").length <= MAX_TITLE_WORDS ? first : null;
    }

    private static boolean isPersonName(Analysis a, Span s) {
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.type() == org.sitrep.model.EntityType.PERSON && m.span().equals(s)) {
                return true;
            }
        }
        return false;
    }

}
