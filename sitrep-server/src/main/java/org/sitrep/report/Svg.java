package org.sitrep.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts for the report: no scripts, no external references, every label escaped. */
final class Svg {

    private Svg() {
    }

    /**
     * The escalation curve: event counts as grey bars and the Goldstein sum as a line around a zero baseline
     * (above is cooperation, below is conflict), one step per period.
     */
    static String escalation(List<SituationReport.Point> points, int width, int height) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "aria-label=\"Escalation curve\" xmlns=\"http://www.w3.org/2000/svg\">", width, height, width, height));
        if (points.isEmpty()) {
            return s.append("<text x=\"10\" y=\"20\">No dated events.</text></svg>").toString();
        }
        int left = 44;
        int right = 10;
        int top = 10;
        double barsH = 44;
        double plotW = width - left - right;
        double plotH = height - top - barsH - 40;
        double barsTop = top + plotH + 12;
        int maxEvents = points.stream().mapToInt(SituationReport.Point::events).max().orElse(1);
        double maxAbs = points.stream().filter(p -> p.goldstein() != null).mapToDouble(p -> Math.abs(p.goldstein()))
                .max().orElse(1);
        maxAbs = Math.max(maxAbs, 1);
        double step = plotW / points.size();
        double zeroY = top + plotH / 2;
        s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                left, zeroY, left + plotW, zeroY));
        s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">+%s</text>",
                left - 4, top + 8.0, fmt(maxAbs)));
        s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">0</text>", left - 4, zeroY + 4));
        s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">-%s</text>",
                left - 4, top + plotH, fmt(maxAbs)));
        s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d ev.</text>",
                left - 4, barsTop + 10, maxEvents));
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            SituationReport.Point p = points.get(i);
            double x = left + i * step;
            double barH = barsH * p.events() / maxEvents;
            s.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>",
                    x + step * 0.2, barsTop + barsH - barH, step * 0.6, barH,
                    Html.esc(p.period() + ": " + p.events() + " events" + (p.goldstein() == null ? "" : ", Goldstein " + fmt(p.goldstein())))));
            if (p.goldstein() != null) {
                double y = zeroY - (plotH / 2) * p.goldstein() / maxAbs;
                line.append(line.length() == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x + step / 2, y));
                dots.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s</title></circle>",
                        p.goldstein() < 0 ? "dot conflict" : "dot coop", x + step / 2, y, Html.esc(p.period() + ": Goldstein " + fmt(p.goldstein()))));
            }
            if (points.size() <= 12 || i % Math.ceil(points.size() / 12.0) == 0) {
                s.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + step / 2, height - 8, Html.esc(p.period())));
            }
        }
        if (line.length() > 0) {
            s.append("<path class=\"curve\" d=\"").append(line).append("\"/>");
        }
        s.append(dots);
        return s.append("</svg>").toString();
    }

    /** Actors' stances as diverging bars: cooperative events to the right, conflictual to the left. */
    static String stances(List<SituationReport.Actor> actors, int width) {
        int row = 22;
        int labelW = 190;
        int height = Math.max(row, actors.size() * row) + 10;
        int max = actors.stream().mapToInt(a -> Math.max(a.cooperative(), a.conflictual())).max().orElse(1);
        max = Math.max(max, 1);
        double half = (width - labelW - 10) / 2.0;
        double mid = labelW + half;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Actors' stances\" "
                        + "xmlns=\"http://www.w3.org/2000/svg\">", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\"/>", mid, mid, height));
        for (int i = 0; i < actors.size(); i++) {
            SituationReport.Actor a = actors.get(i);
            double y = 5 + i * row;
            double wc = half * a.conflictual() / max;
            double wp = half * a.cooperative() / max;
            s.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    labelW - 6, y + 13, Html.esc(clip(a.name(), 28))));
            s.append(String.format(Locale.ROOT, "<rect class=\"conflict\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\"><title>%s</title></rect>",
                    mid - wc, y + 2, wc, Html.esc(a.name() + ": " + a.conflictual() + " conflictual")));
            s.append(String.format(Locale.ROOT, "<rect class=\"coop\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\"><title>%s</title></rect>",
                    mid, y + 2, wp, Html.esc(a.name() + ": " + a.cooperative() + " cooperative")));
        }
        return s.append("</svg>").toString();
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    static String clip(String s, int n) {
        return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
