package org.sitrep.report;

import java.util.Locale;

/**
 * Writes a {@link SituationReport} as one self-contained HTML file: inline CSS and SVG, no script, and a
 * Content-Security-Policy that forbids every fetch, so the file opens the same offline, mailed or archived.
 */
public final class ReportHtml {

    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;max-width:980px;margin:0 auto;padding:24px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;border-bottom:2px solid #e5e7eb;padding-bottom:4px;margin-top:28px}
            .scope{color:#6b7280;margin:0 0 16px}table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #e5e7eb}th{background:#f9fafb}
            .num{text-align:right;white-space:nowrap}.neg{color:#b91c1c}.pos{color:#047857}.date{white-space:nowrap;color:#4b5563}
            blockquote{margin:4px 0 8px;padding:2px 10px;border-left:3px solid #f59e0b;background:#fffbeb}
            .speaker h3{margin:14px 0 2px;font-size:16px}.role{color:#6b7280;font-weight:normal;font-size:14px}
            .chart{max-width:100%;height:auto;font:11px system-ui,sans-serif}.chart .axis{stroke:#9ca3af}
            .chart .bar{fill:#d1d5db}.chart .curve{fill:none;stroke:#1f2937;stroke-width:2}
            .chart .dot.conflict,.chart .conflict{fill:#dc2626}.chart .dot.coop,.chart .coop{fill:#059669}
            .chart .tick{fill:#6b7280}.chart .label{fill:#1f2937;font-size:12px}.legend{font-size:13px;color:#4b5563}
            .sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}.sw.c{background:#dc2626}.sw.p{background:#059669}.sw.b{background:#d1d5db}
            footer{margin-top:32px;color:#9ca3af;font-size:12px}
            """;

    private ReportHtml() {
    }

    public static String render(SituationReport r) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(r.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(Html.esc(r.title())).append("</h1>\n<p class=\"scope\">").append(Html.esc(r.scope()))
                .append(" · generated ").append(Html.esc(r.generated())).append("</p>\n");

        h.append("<h2>What happened</h2>\n");
        if (r.events().isEmpty()) {
            h.append("<p>No coded events in scope.</p>\n");
        } else {
            h.append("<table class=\"events\"><tr><th>Date</th><th>Event</th><th>Who → whom</th><th>Reported as</th><th class=\"num\">Goldstein</th></tr>\n");
            for (SituationReport.KeyEvent e : r.events()) {
                h.append("<tr><td class=\"date\">").append(Html.esc(orDash(e.date()))).append("</td><td>").append(Html.esc(e.type()))
                        .append("</td><td>").append(Html.esc(orDash(e.source()))).append(" → ").append(Html.esc(orDash(e.target())))
                        .append("</td><td>").append(Html.esc(e.text())).append("</td>").append(goldsteinCell(e.goldstein())).append("</tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Escalation</h2>\n").append(Svg.escalation(r.escalation(), 940, 240))
                .append("\n<p class=\"legend\"><span class=\"sw b\"></span>events per period<span class=\"sw p\"></span>Goldstein sum ≥ 0 (cooperation)")
                .append("<span class=\"sw c\"></span>&lt; 0 (conflict)</p>\n");

        h.append("<h2>Who said what</h2>\n");
        if (r.speakers().isEmpty()) {
            h.append("<p>No attributed quotes in scope.</p>\n");
        }
        for (SituationReport.Speaker s : r.speakers()) {
            h.append("<div class=\"speaker\"><h3>").append(Html.esc(s.name()));
            if (s.role() != null && !s.role().isBlank()) {
                h.append(" <span class=\"role\">").append(Html.esc(s.role())).append("</span>");
            }
            h.append(" <span class=\"role\">· ").append(s.quotes()).append(s.quotes() == 1 ? " quote" : " quotes").append("</span></h3>\n");
            for (SituationReport.QuoteLine q : s.keyQuotes()) {
                h.append("<blockquote>").append(Html.esc(q.text())).append(" <span class=\"date\">(")
                        .append(Html.esc(orDash(q.date()))).append(")</span></blockquote>\n");
            }
            h.append("</div>\n");
        }

        h.append("<h2>Actors and their stances</h2>\n");
        if (r.actors().isEmpty()) {
            h.append("<p>No event actors in scope.</p>\n");
        } else {
            h.append(Svg.stances(r.actors(), 940)).append("\n<p class=\"legend\"><span class=\"sw c\"></span>conflictual events")
                    .append("<span class=\"sw p\"></span>cooperative events</p>\n");
            h.append("<table class=\"actors\"><tr><th>Actor</th><th>Country</th><th class=\"num\">Events</th><th class=\"num\">Cooperative</th>")
                    .append("<th class=\"num\">Conflictual</th><th class=\"num\">Goldstein</th></tr>\n");
            for (SituationReport.Actor a : r.actors()) {
                h.append("<tr><td>").append(Html.esc(a.name())).append("</td><td>").append(Html.esc(orDash(a.country())))
                        .append("</td><td class=\"num\">").append(a.events()).append("</td><td class=\"num\">").append(a.cooperative())
                        .append("</td><td class=\"num\">").append(a.conflictual()).append("</td>").append(goldsteinCell(a.goldstein())).append("</tr>\n");
            }
            h.append("</table>\n");
        }

        h.append("<h2>Sources</h2>\n<table class=\"sources\"><tr><th>Date</th><th>Title</th><th>Source</th></tr>\n");
        for (SituationReport.Source s : r.sources()) {
            String title = s.title() == null || s.title().isBlank() ? s.id() : s.title();
            h.append("<tr><td class=\"date\">").append(Html.esc(orDash(s.date()))).append("</td><td>").append(Html.link(s.url(), title))
                    .append("</td><td>").append(Html.esc(orDash(s.source()))).append("</td></tr>\n");
        }
        h.append("</table>\n<footer>Sitrep situation report. Every event and quote is extracted automatically from the sources above; check them before relying on a line.</footer>\n");
        return h.append("</body></html>\n").toString();
    }

    private static String goldsteinCell(Double g) {
        if (g == null) {
            return "<td class=\"num\">—</td>";
        }
        return "<td class=\"num " + (g < 0 ? "neg" : "pos") + "\">" + String.format(Locale.ROOT, "%+.1f", g) + "</td>";
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
