package org.sitrep.report;

import java.util.Locale;
import org.sitrep.internal.Counts;

/** Writes a {@link SituationReport} as Markdown; article text is escaped so it cannot turn into markup or HTML. */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(SituationReport r) {
        StringBuilder m = new StringBuilder(8192);
        m.append("# ").append(md(r.title())).append("\n\n_").append(md(r.scope())).append(" · generated ")
                .append(md(r.generated())).append("_\n\n");
        m.append("## What happened\n\n");
        if (r.events().isEmpty()) {
            m.append("No coded events in scope.\n\n");
        } else {
            m.append("| Date | Event | Who → whom | Reported as | Goldstein |\n|---|---|---|---|---:|\n");
            for (SituationReport.KeyEvent e : r.events()) {
                m.append("| ").append(md(ReportHtml.orDash(e.date()))).append(" | ").append(md(e.type())).append(" | ")
                        .append(md(ReportHtml.orDash(e.source()))).append(" → ").append(md(ReportHtml.orDash(e.target())))
                        .append(" | ").append(md(e.text())).append(" | ").append(g(e.goldstein())).append(" |\n");
            }
            m.append('\n');
        }
        m.append("## Escalation\n\n| Period | Events | Goldstein |\n|---|---:|---:|\n");
        for (SituationReport.Point p : r.escalation()) {
            m.append("| ").append(md(p.period())).append(" | ").append(p.events()).append(" | ").append(g(p.goldstein())).append(" |\n");
        }
        m.append("\n## Who said what\n\n");
        for (SituationReport.Speaker s : r.speakers()) {
            m.append("### ").append(md(s.name()));
            if (s.role() != null && !s.role().isBlank()) {
                m.append(" (").append(md(s.role())).append(')');
            }
            m.append(" · ").append(Counts.of(s.quotes(), "quote")).append("\n\n");
            for (SituationReport.QuoteLine q : s.keyQuotes()) {
                m.append("> ").append(md(q.text())).append(" (").append(md(ReportHtml.orDash(q.date()))).append(")\n\n");
            }
        }
        if (r.speakers().isEmpty()) {
            m.append("No attributed quotes in scope.\n\n");
        }
        m.append("## Actors and their stances\n\n");
        if (r.actors().isEmpty()) {
            m.append("No event actors in scope.\n\n");
        } else {
            m.append("| Actor | Country | Events | Cooperative | Conflictual | Goldstein |\n|---|---|---:|---:|---:|---:|\n");
            for (SituationReport.Actor a : r.actors()) {
                m.append("| ").append(md(a.name())).append(" | ").append(md(ReportHtml.orDash(a.country()))).append(" | ").append(a.events())
                        .append(" | ").append(a.cooperative()).append(" | ").append(a.conflictual()).append(" | ").append(g(a.goldstein())).append(" |\n");
            }
            m.append('\n');
        }
        m.append("## Sources\n\n");
        for (SituationReport.Source s : r.sources()) {
            String title = s.title() == null || s.title().isBlank() ? s.id() : s.title();
            m.append("- ").append(md(ReportHtml.orDash(s.date()))).append(" — ").append(md(title));
            if (s.source() != null) {
                m.append(" (").append(md(s.source())).append(')');
            }
            if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                m.append(" <").append(s.url().replace(">", "%3E").replace(" ", "%20")).append('>');
            }
            m.append('\n');
        }
        return m.toString();
    }

    private static String g(Double d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%+.1f", d);
    }

    /** Escapes Markdown punctuation and HTML, and keeps a value on one line (tables and headings need that). */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
