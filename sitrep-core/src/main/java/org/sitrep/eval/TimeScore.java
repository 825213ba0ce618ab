package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * Time-expression scores in the TempEval-3 manner: span P/R/F1 strict (same offsets) and relaxed (any
 * overlap, one-to-one), value accuracy on relaxed matches, and value F1 (a hit needs overlap and the exact
 * value). {@code errors} lists what went wrong, one line each, for error analysis.
 */
public record TimeScore(Prf strict, Prf relaxed, int valueRight, Prf value, List<String> errors) {

    public static final TimeScore ZERO = new TimeScore(Prf.ZERO, Prf.ZERO, 0, Prf.ZERO, List.of());

    public double valueAccuracy() {
        return relaxed.tp() == 0 ? 0 : (double) valueRight / relaxed.tp();
    }

    public TimeScore plus(TimeScore o) {
        List<String> e = new ArrayList<>(errors);
        e.addAll(o.errors);
        return new TimeScore(strict.plus(o.strict), relaxed.plus(o.relaxed), valueRight + o.valueRight,
                value.plus(o.value), e);
    }

    /** Scores one document's system times against its gold; {@code text} names the spans in error lines. */
    public static TimeScore of(String doc, String text, List<TimeExpression> system, List<TimeExpression> gold) {
        int strict = 0;
        for (TimeExpression s : system) {
            if (gold.stream().anyMatch(g -> g.span().equals(s.span()))) {
                strict++;
            }
        }
        // Relaxed one-to-one matching: the largest overlaps pair first.
        boolean[] usedS = new boolean[system.size()];
        boolean[] usedG = new boolean[gold.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < system.size(); i++) {
            for (int j = 0; j < gold.size(); j++) {
                if (system.get(i).span().overlaps(gold.get(j).span())) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(system.get(y[0]).span().overlapRatio(gold.get(y[1]).span()),
                system.get(x[0]).span().overlapRatio(gold.get(x[1]).span())));
        int matched = 0;
        int right = 0;
        List<String> errors = new ArrayList<>();
        for (int[] p : pairs) {
            if (usedS[p[0]] || usedG[p[1]]) {
                continue;
            }
            usedS[p[0]] = true;
            usedG[p[1]] = true;
            matched++;
            TimeExpression s = system.get(p[0]);
            TimeExpression g = gold.get(p[1]);
            if (g.value() != null && g.value().equals(s.value())) {
                right++;
                if (!g.span().equals(s.span())) {
                    errors.add("SPAN\t" + doc + "\t" + show(text, g) + "\tgot " + show(text, s) + context(text, g.span()));
                }
            } else {
                errors.add("VALUE\t" + doc + "\t" + show(text, g) + "\tgot " + show(text, s) + context(text, g.span()));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!usedS[i]) {
                errors.add("SPURIOUS\t" + doc + "\t" + show(text, system.get(i)) + context(text, system.get(i).span()));
            }
        }
        for (int j = 0; j < gold.size(); j++) {
            if (!usedG[j]) {
                errors.add("MISSED\t" + doc + "\t" + show(text, gold.get(j)) + context(text, gold.get(j).span()));
            }
        }
        return new TimeScore(new Prf(strict, system.size(), gold.size()), new Prf(matched, system.size(), gold.size()),
                right, new Prf(right, system.size(), gold.size()), errors);
    }

    private static String show(String text, TimeExpression t) {
        return "\"" + t.span().of(text) + "\" " + t.type() + " " + t.value() + (t.mod() == null ? "" : " " + t.mod());
    }

    private static String context(String text, Span s) {
        int b = Math.max(0, s.begin() - 60);
        int e = Math.min(text.length(), s.end() + 60);
        return "\t…" + (text.substring(b, s.begin()) + "[[" + s.of(text) + "]]" + text.substring(s.end(), e))
                .replaceAll("\\s+", " ") + "…";
    }
}
