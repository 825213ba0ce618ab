package org.sitrep.read.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The story's headline element and the stretch of page right after it, where bylines and datelines stand
 * ("By Jane Roe", "Do 25.04.24 | 14:07 Uhr"): teasers and comments further down carry others.
 */
final class Headline {

    /** Paragraphs of body text after the headline past which the header stretch has surely ended. */
    private static final int PARAGRAPHS = 2;

    private Headline() {
    }

    /** The article's h1, the page's first h1, or else the first h2/h3 that holds the title; null when none. */
    static Element of(Document doc, String title) {
        Element h1 = doc.selectFirst("article h1");
        h1 = h1 != null ? h1 : doc.selectFirst("body h1");
        if (h1 != null || title == null || title.isBlank()) {
            return h1;
        }
        String t = MainText.normalise(title);
        for (Element h : doc.select("body h2, body h3")) {
            if (MainText.normalise(h.text()).contains(t)) {
                return h;
            }
        }
        return null;
    }

    /** The elements after the headline (not inside it) in document order, up to the body's third long paragraph. */
    static List<Element> stretchAfter(Document doc, Element headline) {
        List<Element> out = new ArrayList<>();
        if (headline == null || doc.body() == null) {
            return out;
        }
        int paragraphs = 0;
        boolean after = false;
        for (Element e : doc.body().getAllElements()) {
            if (e == headline) {
                after = true;
                continue;
            }
            if (!after || e.parents().contains(headline)) {
                continue;
            }
            if (e.tagName().equals("p") && e.text().length() > 80 && ++paragraphs > PARAGRAPHS) {
                break;
            }
            out.add(e);
        }
        return out;
    }
}
