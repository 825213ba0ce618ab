package org.sitrep.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is not the article before the main text is looked for: scripts, navigation, forms, figures;
 * elements whose class, id or role names navigation, advertising, cookie notices, teasers, sharing or
 * comments; and hidden elements. Sites name their article containers oddly ("ad-con", "paywall",
 * "teaser"), so an element holding prose stays unless it is a consent text, a comment thread or the like;
 * hidden paragraphs marked as the paid part of an article stay too.
 */
final class Boilerplate {

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "button", "select", "input", "textarea", "nav", "footer", "aside", "figure", "figcaption", "picture",
            "video", "audio", "dialog", "form", "object", "embed", "canvas", "map", "menu", "label", "head");

    /** Class, id and role words that mark boilerplate; matched against each word of those attributes. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^(.*[-_])?(nav|navbar|navigation|menu|breadcrumbs?|footer|cookies?|consent|gdpr|banner|ads?|advert\\w*|"
                    + "adslot|adunit|sponsor\\w*|promo\\w*|newsletter\\w*|subscribe|subscription|signup|share|sharing|"
                    + "social|related|recommend\\w*|more|readmore|teasers?|comments?|disqus|sidebar|widget|popup|modal|"
                    + "paywall|outbrain|taboola|tags?|print|toolbar|caption|gallery|video|player|author-?bio|"
                    + "bio|byline|meta|dateline|timestamp|date|skip|hidden|visually-hidden|sr-only|offscreen|"
                    + "login|sign-?in|overlay|trending|popular|most-?read|follow|rating|breaking|ticker|jump|toc)([-_].*)?$");

    /** Boilerplate that may hold long prose of its own (consent texts, comments): removed even then. */
    private static final Pattern ALWAYS_BOILERPLATE = Pattern.compile(
            "(?i).*(cookie|consent|gdpr|onetrust|privacy|comments?([-_](?!enabled|count)|$)|newsletter|modal|popup|dialog|"
                    + "disqus|outbrain|taboola|twitter-tweet|instagram-media|tiktok-embed|about-?the-?author|"
                    + "author-?(info|box|card|details|about)).*");

    /** Stems that mark another story's teaser inside any class word ("hideTeasertext", "relatedPosts"). */
    private static final Pattern TEASER = Pattern.compile("(?i)teaser|related|recommend");
    /** Unless the word says it is the article's own ("ArticleModuleTeaser_teaserText": the standfirst). */
    private static final Pattern OWN = Pattern.compile("(?i)article|story");

    /** Words that make an element content even if another of its words looks like boilerplate. */
    private static final Pattern CONTENT = Pattern.compile(
            "(?i).*(article|story|content|body|text|post|entry|main|paragraph|richtext|rich-text).*");

    /** Removes boilerplate elements from {@code body}; hidden ones holding text stay if {@code keepHiddenText}. */
    static void remove(Element body, boolean keepHiddenText) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            boolean hidden = e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || e.attr("style").replace(" ", "").contains("display:none") || hiddenByClass(e);
            // Whole pages sit in ASP.NET forms; paywalled and streamed-in text sits in hidden blocks, and
            // paywalled paragraphs are hidden one by one.
            boolean kept = (tag.equals("form") || hidden && keepHiddenText) && holdsText(e)
                    || hidden && tag.equals("p") && MainText.weight(e.text()) >= 120 && paywalled(e);
            if (!kept && (DROP_TAGS.contains(tag) || hidden) || boilerplate(e)) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    private static final Pattern PAYWALL = Pattern.compile("(?i).*(paywall|premium|locked|subscriber|metered).*");

    /** A paragraph marked (itself or by its parent) as the paid part of the article. */
    private static boolean paywalled(Element p) {
        Element parent = p.parent();
        return PAYWALL.matcher(p.className() + " " + p.id()).matches()
                || parent != null && PAYWALL.matcher(parent.className() + " " + parent.id()).matches();
    }

    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "d-none", "is-hidden", "hide", "invisible",
            "u-hidden", "visually-hidden", "sr-only");

    /** Style sheets hide these class names on every screen (not "hidden-xs", which hides on some). */
    private static boolean hiddenByClass(Element e) {
        for (String c : e.classNames()) {
            if (HIDING_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("p") || tag.matches("h[1-6]")) {
            return false;
        }
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alertdialog")) {
            return true;
        }
        String names = (e.className() + " " + e.id()).trim();
        if (names.isEmpty()) {
            return false;
        }
        boolean bad = false;
        for (String w : names.split("\\s+")) {
            if (ALWAYS_BOILERPLATE.matcher(w).matches() && !CONTENT.matcher(w).matches()) {
                return true;
            }
            // "hideTeasertext", "relatedPostText": a teaser's text is still a teaser.
            boolean teaser = TEASER.matcher(w).find() && !OWN.matcher(w).find();
            if (CONTENT.matcher(w).matches() && !BOILERPLATE.matcher(w).matches() && !teaser) {
                return false;
            }
            if (BOILERPLATE.matcher(w).matches() || teaser) {
                bad = true;
            }
        }
        return bad && !holdsProse(e);
    }

    /** Pages name article containers oddly ("ad-con", "paywall", "teaser"): one holding prose stays. */
    private static boolean holdsProse(Element e) {
        int prose = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (MainText.weight(p.text()) >= 120 && ++prose >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #holdsProse}, counting text held directly by any element, for markup without p tags. */
    private static boolean holdsText(Element e) {
        int total = 0;
        for (Element p : e.getAllElements()) {
            int w = MainText.weight(p.normalName().equals("p") ? p.text() : p.ownText());
            if (w >= 80 && (total += w) >= 300) {
                return true;
            }
        }
        return false;
    }

    private Boilerplate() {
    }
}
