package org.sitrep.format;

import java.util.List;
import java.util.Locale;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.TimeExpression;

/**
 * A readable summary of one analysis, for a terminal ({@link Style#PLAIN}) or as Markdown: the stories with
 * their headlines and sources, then each layer that is present. The two styles share all content and
 * differ only in how headings and list items are marked.
 */
public final class TextReport {

    public enum Style { PLAIN, MARKDOWN }

    private final Style style;
    private final StringBuilder out = new StringBuilder();

    private TextReport(Style style) {
        this.style = style;
    }

    public static String render(Analysis a, Style style) {
        return new TextReport(style).write(a);
    }

    private String write(Analysis a) {
        Article art = a.article();
        heading(1, art.id());
        // A page, feed item or JSON line says what it is; without these lines its report named only a file.
        if (art.title() != null) {
            line("Title: " + art.title());
        }
        if (art.url() != null) {
            line("URL: " + art.url());
        }
        if (!art.meta().authors().isEmpty()) {
            line("By: " + String.join(", ", art.meta().authors()));
        }
        var p = art.published();
        line("Published: " + (p.date() == null ? "unknown" : p.date() + " (" + p.how().name().toLowerCase()
                + (p.evidence() == null ? "" : ": " + p.evidence()) + ")"));
        line(a.sentences().size() + " sentences, " + a.tokens().size() + " tokens");
        if (!a.stories().isEmpty()) {
            heading(2, "Stories (" + a.stories().size() + ")");
            int i = 1;
            for (Story s : a.stories()) {
                // A page is one story whose headline is the article's title, kept outside the text.
                String h = s.headline() != null ? a.textOf(s.headline())
                        : a.stories().size() == 1 && art.title() != null ? art.title() : "(no headline)";
                item((i++) + ". " + h + (s.source() == null ? "" : "  [source: " + s.source() + "]"));
            }
        }
        if (!a.entities().isEmpty()) {
            heading(2, "Entities (" + a.entities().size() + ")");
            for (Entity e : a.entities()) {
                StringBuilder b = new StringBuilder(e.name()).append("  ").append(e.type());
                if (e.country() != null) {
                    b.append(" ").append(e.country());
                }
                if (e.role() != null) {
                    b.append(", ").append(e.role());
                }
                b.append("  ×").append(e.mentions().size());
                List<String> forms = e.mentions().stream().map(Mention::span).map(a::textOf).distinct().toList();
                if (forms.size() > 1) {
                    b.append("  (").append(String.join(" / ", forms)).append(")");
                }
                item(b.toString());
            }
        }
        if (!a.quotes().isEmpty()) {
            heading(2, "Quotes (" + a.quotes().size() + ")");
            for (Quote q : a.quotes()) {
                String who = q.speaker().known() ? q.speaker().name() : "(unknown speaker)";
                String cue = q.cue() == null ? "" : " " + a.textOf(q.cue());
                cue += q.time() == null ? "" : " (" + reportTime(a, q.time()) + ")";
                item(who + cue + " [" + q.kind().name().toLowerCase() + "]: " + clip(a.textOf(q.content()), 160));
            }
        }
        if (!a.times().isEmpty()) {
            heading(2, "Times (" + a.times().size() + ")");
            for (TimeExpression t : a.times()) {
                item(a.textOf(t.span()) + " → " + t.value() + " (" + t.type() + (t.mod() == null ? "" : ", " + t.mod()) + ")");
            }
        }
        if (!a.places().isEmpty()) {
            heading(2, "Places (" + a.places().size() + ")");
            for (Place pl : a.places()) {
                item(a.textOf(pl.span()) + " → " + pl.name() + (pl.country() == null ? "" : ", " + pl.country())
                        + (pl.lat() == null ? "" : String.format(" (%.3f, %.3f)", pl.lat(), pl.lon())));
            }
        }
        if (!a.events().isEmpty()) {
            heading(2, "Events (" + a.events().size() + ")");
            for (Event e : a.events()) {
                item(e.type() + " " + (e.cameo() == null ? "" : "(" + e.cameo() + ") ") + actors(e.source()) + " → "
                        + actors(e.target()) + (e.mode() == null ? "" : " [" + e.mode() + "]")
                        + (e.modality() == null ? "" : " {" + e.modality() + "}") + ": "
                        + clip(a.textOf(e.evidence()), 120));
            }
        }
        if (!a.problems().isEmpty()) {
            heading(2, "Problems (" + a.problems().size() + ")");
            for (Problem pr : a.problems()) {
                item(pr.severity().name().toLowerCase() + " " + pr.code() + ": " + pr.message());
            }
        }
        return out.toString();
    }

    private static String actors(List<Event.Actor> actors) {
        if (actors.isEmpty()) {
            return "?";
        }
        return String.join("+", actors.stream().map(x -> x.code() == null ? "?" : x.code()).toList());
    }

    private static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private void heading(int level, String text) {
        if (out.length() > 0) {
            out.append('\n');
        }
        if (style == Style.MARKDOWN) {
            out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        } else {
            // A name is shouted as a title; an address is case-sensitive and stays as it is.
            out.append(level == 1 && !text.contains("://") ? text.toUpperCase(Locale.ROOT) : text).append('\n');
            out.append((level == 1 ? "=" : "-").repeat(Math.min(text.length(), 72))).append('\n');
        }
    }

    private void line(String text) {
        out.append(text).append(style == Style.MARKDOWN ? "  \n" : "\n");
    }

    private void item(String text) {
        out.append(style == Style.MARKDOWN ? "- " : "  ").append(text).append('\n');
    }

    /** A statement's report time as written, with its normalised value when the times layer has one. */
    private static String reportTime(Analysis a, Span time) {
        String value = a.times().stream().filter(t -> t.span().equals(time) && t.value() != null)
                .map(TimeExpression::value).findFirst().orElse(null);
        String text = a.textOf(time);
        return value == null || value.equals(text) ? text : text + " = " + value;
    }
}
