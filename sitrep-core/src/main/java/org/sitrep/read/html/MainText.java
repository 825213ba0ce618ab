package org.sitrep.read.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds an article's main text in a page. The page is cut into blocks (paragraphs, subheads, list items,
 * quotes, runs of text between them); blocks that read like prose — long enough, few of their characters
 * in links — vote for every element above them, and the element whose prose outweighs the rest of its
 * text most is the article's container. Its blocks are kept in order, minus link lists, short fragments
 * that are neither subheads nor next to prose, and whatever follows the last paragraph of prose.
 * {@link Boilerplate} is removed before any of this; when little visible text remains, hidden blocks are
 * tried as well (paywalled or streamed-in articles).
 */
final class MainText {

    /** A run of text with the element that holds it and what kind of block it is. */
    record Block(Element owner, String text, String tag, int linkChars, List<Element> ancestors) {

        boolean heading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }

        boolean prose() {
            int n = weight(text);
            return !heading() && linkDensity() < 0.35 && (n >= 120 || n >= 50 && endsSentence(text));
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "td", "th", "tbody", "thead", "body", "br", "hr", "address", "center", "details", "summary");

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:\"”“»«')\\]。！？」』）]\\s*$", Pattern.DOTALL);

    private MainText() {
    }

    /** Text length with Chinese, Japanese and Korean characters counted thrice: one holds a word's worth. */
    static int weight(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            n += sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL ? 3 : 1;
        }
        return n;
    }

    static boolean endsSentence(String s) {
        return SENTENCE_END.matcher(s).matches();
    }

    /** The main text's paragraphs, in reading order. {@code doc} is modified (boilerplate removed). */
    static List<String> extract(Document doc) {
        if (doc.body() == null) {
            return List.of();
        }
        Document copy = doc.clone();
        List<String> visible = extract(doc.body(), false);
        int length = visible.stream().mapToInt(MainText::weight).sum();
        if (length >= SHORT) {
            return visible;
        }
        // Little visible text: the article may sit in a hidden block (paywall, streamed-in markup).
        List<String> withHidden = extract(copy.body(), true);
        return withHidden.stream().mapToInt(MainText::weight).sum() > length ? withHidden : visible;
    }

    /** Below this many characters of visible main text, hidden blocks holding text are tried too. */
    private static final int SHORT = 600;

    private static List<String> extract(Element body, boolean keepHiddenText) {
        Boilerplate.remove(body, keepHiddenText);
        List<Block> blocks = blocks(body);
        Element container = ownArticle(container(body, blocks), body, blocks);
        return select(fromHeadline(blocks, body, container), container);
    }

    /**
     * The {@code <article>} that holds the headline, where the container holds it and another article with
     * prose of its own (the next story a page streams in below): an article element is one story.
     */
    private static Element ownArticle(Element container, Element body, List<Block> blocks) {
        Element h1 = body.selectFirst("article h1");
        Element own = h1 == null ? null : h1.closest("article");
        if (own == null || own == container || !own.parents().contains(container) || !holdsProse(own, blocks)) {
            return container;
        }
        for (Element other : container.select("article")) {
            if (other != own && !other.parents().contains(own) && !own.parents().contains(other) && holdsProse(other, blocks)) {
                return own;
            }
        }
        // Teaser lists beside the story ("Most read", other stories' summaries) hold prose too, but less of it.
        double inside = 0;
        double outside = 0;
        for (Block b : blocks) {
            if (b.prose() && (b.owner() == container || b.ancestors().contains(container))) {
                if (b.owner() == own || b.ancestors().contains(own)) {
                    inside += weight(b.text());
                } else {
                    outside += weight(b.text());
                }
            }
        }
        return inside >= 2 * outside ? own : container;
    }

    /** Whether at least two prose blocks lie inside {@code e}. */
    private static boolean holdsProse(Element e, List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            if (b.prose() && (b.owner() == e || b.ancestors().contains(e)) && ++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The blocks from the story's headline on, when the headline sits inside the container: what comes
     * before it there is other stories' teasers and the site's own blurbs, not this story.
     */
    private static List<Block> fromHeadline(List<Block> blocks, Element body, Element container) {
        Element h1 = body.selectFirst("article h1");
        h1 = h1 != null ? h1 : body.selectFirst("h1");
        if (h1 == null || h1 == container || !h1.parents().contains(container)) {
            return blocks;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Element owner = blocks.get(i).owner();
            if (owner == h1 || owner.parents().contains(h1)) {
                return blocks.subList(i, blocks.size());
            }
        }
        return blocks;
    }

    /** Every block of a fragment that is not a link list, in order (no container is chosen). */
    static List<String> all(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        Boilerplate.remove(body, false);
        List<String> out = new ArrayList<>();
        for (Block b : blocks(body)) {
            if (b.linkDensity() <= 0.5 || b.text().length() > 200) {
                out.add(b.text());
            }
        }
        return out;
    }

    /** Cuts the body into blocks: text between block-level boundaries, with the link text inside it. */
    static List<Block> blocks(Element body) {
        List<Block> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] links = {0};
        Element[] owner = {body};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (s.isBlank()) {
                        if (text.length() > 0) {
                            text.append(' ');
                        }
                        return;
                    }
                    Element parent = (Element) t.parent();
                    if (text.length() == 0 || onlySpace(text)) {
                        owner[0] = blockOf(parent);
                    }
                    text.append(s);
                    if (insideLink(parent)) {
                        links[0] += s.strip().length();
                    }
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                }
            }

            private void flush() {
                String s = normalise(text);
                if (!s.isEmpty()) {
                    Element o = owner[0];
                    out.add(new Block(o, s, o.normalName(), Math.min(links[0], s.length()), ancestors(o)));
                }
                text.setLength(0);
                links[0] = 0;
            }
        }, body);
        return out;
    }

    /**
     * A block votes for its nearest ancestors only: an article's container sits a few levels above its
     * paragraphs, and a page nested thousands of levels deep (hostile or broken markup) must not cost
     * depth² time and memory, as keeping every ancestor of every block did (20,000 levels took 29 s).
     */
    static final int MAX_ANCESTORS = 64;

    private static List<Element> ancestors(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element x = e.parent(); x != null && out.size() < MAX_ANCESTORS; x = x.parent()) {
            out.add(x);
        }
        return out;
    }

    private static boolean onlySpace(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Element blockOf(Element e) {
        Element x = e;
        while (x != null && !BLOCK_TAGS.contains(x.normalName())) {
            x = x.parent();
        }
        return x == null ? e : x;
    }

    /**
     * Whether text is link text: inside an {@code <a>}, also one that wraps whole blocks (a teaser's
     * headline and summary in one link, as HTML5 allows).
     */
    private static boolean insideLink(Element e) {
        int depth = 0;
        for (Element x = e; x != null && depth < MAX_ANCESTORS; x = x.parent(), depth++) {
            if (x.normalName().equals("a") && x.hasAttr("href")) {
                return true;
            }
        }
        return false;
    }

    static String normalise(CharSequence s) {
        // Soft hyphens, zero-width spaces and word joiners are dropped: they break no word for a reader.
        return s.toString().replace('\u00a0', ' ').replaceAll("[\\u00ad\\u200b\\u2060\\ufeff]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** The element whose prose characters most outweigh its other characters. */
    private static Element container(Element body, List<Block> blocks) {
        Map<Element, double[]> score = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Block b : blocks) {
            boolean prose = b.prose();
            int w = weight(b.text());
            double good = prose ? w : 0;
            double bad = prose ? 0 : w;
            List<Element> chain = new ArrayList<>();
            chain.add(b.owner());
            chain.addAll(b.ancestors());
            for (Element e : chain) {
                double[] s = score.computeIfAbsent(e, k -> {
                    order.add(k);
                    return new double[2];
                });
                s[0] += good;
                s[1] += bad;
            }
        }
        // Ties go to the element met first (the innermost, earliest): identity hash order differs between runs.
        Element best = body;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Element e : order) {
            double[] s = score.get(e);
            double v = s[0] - 0.3 * s[1];
            if (v > bestValue) {
                bestValue = v;
                best = e;
            }
        }
        return best;
    }

    private static List<String> select(List<Block> blocks, Element container) {
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) {
            if (b.owner() == container || b.ancestors().contains(container)) {
                inside.add(b);
            }
        }
        // After the last paragraph of prose come author notes, tags and promotions, not the article;
        // only a list that the last paragraph announces ("…as follows:") still belongs to it.
        int last = inside.size() - 1;
        while (last >= 0 && !inside.get(last).prose()) {
            last--;
        }
        if (last >= 0 && inside.get(last).text().endsWith(":")) {
            while (last + 1 < inside.size() && inside.get(last + 1).tag().equals("li")) {
                last++;
            }
        }
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i <= last; i++) {
            Block b = inside.get(i);
            if (!keep(inside, i)) {
                continue;
            }
            if (seen.merge(b.text(), 1, Integer::sum) > 1 && b.text().length() < 200) {
                continue;
            }
            out.add(b.text());
        }
        return out;
    }

    private static boolean keep(List<Block> inside, int i) {
        Block b = inside.get(i);
        if (!b.tag().equals("li") && stamp(b.text())) {
            return false;
        }
        if (b.prose()) {
            return true;
        }
        if (b.linkDensity() > 0.5) {
            return false;
        }
        if (b.heading()) {
            return b.text().length() < 200 && proseAfter(inside, i) && !b.tag().equals("h1");
        }
        int n = weight(b.text());
        boolean listOrQuote = b.tag().equals("li") || b.tag().equals("blockquote") || b.tag().equals("pre");
        if (listOrQuote && n >= 20) {
            return true;
        }
        return n >= 25 && endsSentence(b.text()) && (proseAfter(inside, i) || proseBefore(inside, i));
    }

    private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)|\\d{1,2}時\\d{1,2}分");

    /**
     * A time stamp line ("17.04.2024, 12:24 Lesezeit: 5 Min.", "Actualizado a las 20:56h."): a date or a
     * time with at most five words besides its numbers. The page's date is read elsewhere; the text is the story.
     */
    static boolean stamp(String text) {
        if (text.length() > 80 || Dates.dateline(text) == null && !TIME.matcher(text).find()) {
            return false;
        }
        int words = 0;
        for (String w : text.split("[\\s|,;()\\[\\]–-]+")) {
            if (!w.isEmpty() && !w.matches(".*\\d.*") && w.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words <= 5;
    }

    private static boolean proseAfter(List<Block> inside, int i) {
        for (int j = i + 1; j < inside.size() && j <= i + 3; j++) {
            if (inside.get(j).prose()) {
                return true;
            }
        }
        return false;
    }

    private static boolean proseBefore(List<Block> inside, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            if (inside.get(j).prose()) {
                return true;
            }
        }
        return false;
    }
}
