package org.sitrep.extract.story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.pipeline.Stage;

/**
 * Splits a text into the stories it runs together. Wire files and exports put several items in one file,
 * each under a headline: a title-cased line without closing punctuation. A line of one to three
 * capitalised words standing alone between paragraphs is a source credit ("Sputnik", "Reuters"), which
 * becomes the story's source and carries over to later stories that have none of their own. An input that
 * is one article by its nature (a web page, a feed item: {@code ArticleMeta.oneStory}) is one story, whose
 * subheads and short lines are neither headlines nor credits.
 */
public final class StorySegmenter implements Stage {

    private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "in", "on", "to", "by", "for", "and",
            "or", "but", "at", "from", "with", "as", "amid", "about", "over", "into", "vs", "via", "after", "is",
            "are", "be", "up", "out", "off", "than", "if", "so", "nor", "per", "de", "la");

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.STORIES);
    }

    private record Line(Span span, String text, boolean blankBefore, boolean blankAfter, boolean last) {
    }

    @Override
    public Analysis apply(Analysis in) {
        String text = in.text();
        List<Line> lines = lines(text);
        if (in.article().meta().oneStory()) {
            return in.withStories(lines.isEmpty() ? List.of()
                    : List.of(single(lines, in.article().title(), in.article().source())));
        }
        List<Story> stories = new ArrayList<>();
        String inherited = in.article().source();
        Span headline = null;
        int start = -1;
        int end = -1;
        String credit = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (isHeadline(l, i) && !(credit(l, i) && start >= 0)) {
                if (start >= 0) {
                    inherited = credit != null ? credit : inherited;
                    stories.add(new Story(new Span(start, end), headline, credit != null ? credit : inherited));
                }
                headline = l.span();
                start = l.span().begin();
                credit = null;
            } else {
                if (start < 0) {
                    start = l.span().begin();
                }
                if (credit == null && credit(l, i)) {
                    credit = l.text();
                }
            }
            end = l.span().end();
        }
        if (start >= 0) {
            stories.add(new Story(new Span(start, end), headline, credit != null ? credit : inherited));
        }
        return in.withStories(stories);
    }

    /** The whole text as one story; its headline is the first line when that line repeats the title. */
    private static Story single(List<Line> lines, String title, String source) {
        Line first = lines.get(0);
        Span headline = title != null && squeeze(first.text()).equals(squeeze(title)) ? first.span() : null;
        return new Story(new Span(first.span().begin(), lines.get(lines.size() - 1).span().end()), headline, source);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static List<Line> lines(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            spans.add(e > b ? new Span(b, e) : null);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s == null) {
                continue;
            }
            boolean before = i == 0 || spans.get(i - 1) == null;
            boolean after = i == spans.size() - 1 || spans.get(i + 1) == null;
            out.add(new Line(s, s.of(text), before, after, i == spans.size() - 1));
        }
        return out;
    }

    /** A headline: few words, most of them capitalised, no closing punctuation (except on the first line). */
    static boolean isHeadline(Line l, int index) {
        if (l.last()) {
            return false;
        }
        List<String> words = words(l.text());
        if (words.size() < 3 || words.size() > 25) {
            return false;
        }
        char lastChar = l.text().charAt(l.text().length() - 1);
        boolean closed = ".!\"”’;,".indexOf(lastChar) >= 0;
        if (closed && !(index == 0 && lastChar == '.' && l.blankAfter())) {
            return false;
        }
        int content = 0;
        int capital = 0;
        for (String w : words) {
            if (MINOR.contains(w.toLowerCase())) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capital++;
            }
        }
        return content > 0 && capital >= 0.75 * content;
    }

    /** A source credit: one to three capitalised words, alone on their line, not the first line. */
    static boolean credit(Line l, int index) {
        if (index == 0 || l.text().length() > 40) {
            return false;
        }
        List<String> words = words(l.text());
        if (words.isEmpty() || words.size() > 3 || !l.text().matches("[\\p{L}\\p{N} .&'’\\-/]+")) {
            return false;
        }
        return words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
