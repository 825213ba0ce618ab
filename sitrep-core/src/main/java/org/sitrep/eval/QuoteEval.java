package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Quote;

/**
 * Scores found statements against gold attributions. A system quote matches a gold one when their content
 * spans overlap with overlap/union ≥ 0.5 (one-to-one, best overlap first). Scores are given overall and by
 * kind (direct = gold content in quotation marks, or kind "direct" in the seed format; system kind DIRECT),
 * with speaker accuracy on the matched quotes: right when the system's speaker mention overlaps the gold
 * Source, or the canonical name's last word is the Source's head word; for seed gold, when canonical names match.
 */
public final class QuoteEval {

    public static final double MIN_OVERLAP = 0.5;

    private QuoteEval() {
    }

    /** The scores of one or many documents; {@code errors} lists what was missed, extra or misattributed. */
    public record Scores(Prf all, Prf direct, Prf other, int speakerRight, int speakerJudged,
                         int directSpeakerRight, int directSpeakerJudged, List<String> errors) {

        public static final Scores ZERO = new Scores(Prf.ZERO, Prf.ZERO, Prf.ZERO, 0, 0, 0, 0, List.of());

        public Scores plus(Scores o) {
            List<String> e = new ArrayList<>(errors);
            e.addAll(o.errors);
            return new Scores(all.plus(o.all), direct.plus(o.direct), other.plus(o.other),
                    speakerRight + o.speakerRight, speakerJudged + o.speakerJudged,
                    directSpeakerRight + o.directSpeakerRight, directSpeakerJudged + o.directSpeakerJudged, e);
        }

        public double speakerAccuracy() {
            return speakerJudged == 0 ? 0 : (double) speakerRight / speakerJudged;
        }

        /** Speaker accuracy on matched gold quotes that are direct. */
        public double directSpeakerAccuracy() {
            return directSpeakerJudged == 0 ? 0 : (double) directSpeakerRight / directSpeakerJudged;
        }
    }

    public static Scores score(QuoteGold gold, List<Quote> system) {
        List<String> errors = new ArrayList<>();
        String text = gold.text();
        List<QuoteGold.Attribution> g = gold.attributions();
        int[] match = match(g, system);
        int tp = 0;
        int right = 0;
        int judged = 0;
        int directRight = 0;
        int directJudged = 0;
        boolean[] used = new boolean[system.size()];
        for (int i = 0; i < g.size(); i++) {
            QuoteGold.Attribution a = g.get(i);
            if (match[i] < 0) {
                errors.add(gold.id() + "\tMISS\t" + (a.direct() ? "direct" : "other") + "\t" + clip(a.content().of(text))
                        + "\t<" + (a.speaker() != null ? a.speaker() : a.sourceText()) + ">");
                continue;
            }
            tp++;
            used[match[i]] = true;
            Quote q = system.get(match[i]);
            Boolean ok = speakerRight(text, a, q);
            if (ok != null) {
                judged++;
                directJudged += a.direct() ? 1 : 0;
                if (ok) {
                    right++;
                    directRight += a.direct() ? 1 : 0;
                } else {
                    errors.add(gold.id() + "\tSPEAKER\t" + q.sieve() + "\t" + clip(a.content().of(text)) + "\tgold <"
                            + (a.speaker() != null ? a.speaker() : a.sourceText()) + "> system <" + q.speaker().name()
                            + (q.speaker().mention() != null ? " / " + q.speaker().mention().of(text) : "") + ">");
                }
            }
        }
        for (int j = 0; j < system.size(); j++) {
            if (!used[j]) {
                Quote q = system.get(j);
                errors.add(gold.id() + "\tEXTRA\t" + q.kind().name().toLowerCase(Locale.ROOT) + "\t"
                        + clip(q.content().of(text)) + "\t<" + q.speaker().name() + ">");
            }
        }
        Prf all = new Prf(tp, system.size(), g.size());
        List<QuoteGold.Attribution> gd = g.stream().filter(QuoteGold.Attribution::direct).toList();
        List<QuoteGold.Attribution> go = g.stream().filter(x -> !x.direct()).toList();
        List<Quote> sd = system.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
        List<Quote> so = system.stream().filter(q -> q.kind() != Quote.Kind.DIRECT).toList();
        return new Scores(all, prf(gd, sd), prf(go, so), right, judged, directRight, directJudged, errors);
    }

    private static Prf prf(List<QuoteGold.Attribution> g, List<Quote> s) {
        int[] m = match(g, s);
        int tp = 0;
        for (int x : m) {
            if (x >= 0) {
                tp++;
            }
        }
        return new Prf(tp, s.size(), g.size());
    }

    /** For each gold attribution, the index of its system match or -1: greedy one-to-one by best overlap. */
    static int[] match(List<QuoteGold.Attribution> g, List<Quote> s) {
        int[] out = new int[g.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] taken = new boolean[s.size()];
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                double r = g.get(i).content().overlapRatio(s.get(j).content());
                if (r >= MIN_OVERLAP) {
                    pairs.add(new double[] {r, i, j});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (out[i] < 0 && !taken[j]) {
                out[i] = j;
                taken[j] = true;
            }
        }
        return out;
    }

    /** Whether the speaker is right, or null when the gold gives no speaker to judge by. */
    static Boolean speakerRight(String text, QuoteGold.Attribution a, Quote q) {
        Quote.Speaker s = q.speaker();
        if (a.speaker() != null) {
            return s.name() != null && normal(s.name()).equals(normal(a.speaker()));
        }
        if (a.source() == null) {
            return null;
        }
        if (s.mention() != null && s.mention().overlaps(a.source())) {
            return true;
        }
        if (s.name() == null) {
            return false;
        }
        return lastWord(s.name()).equals(lastWord(headPhrase(a.sourceText())));
    }

    /** The part of a gold Source that holds its head: before an appositive, a bracket or a relative clause. */
    static String headPhrase(String source) {
        String s = source.trim().replaceFirst("^[,\\s]+", "");
        int cut = s.length();
        for (String stop : new String[] {",", "(", " who ", " which ", " that "}) {
            int i = s.indexOf(stop);
            if (i > 0) {
                cut = Math.min(cut, i);
            }
        }
        return s.substring(0, cut);
    }

    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "").trim();
    }

    static String lastWord(String s) {
        String[] w = s.toLowerCase(Locale.ROOT).replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\p{N}\\s-]", " ").trim().split("\\s+");
        return w[w.length - 1];
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 110 ? one.substring(0, 107) + "..." : one;
    }
}
