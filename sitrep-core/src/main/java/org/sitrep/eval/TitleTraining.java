package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.read.UnreadableInputException;
import org.sitrep.read.html.HtmlReader;
import org.sitrep.read.html.TitleChooser;
import org.sitrep.read.html.TitleOptions;

/**
 * Learns the weights of {@link TitleChooser} from the html-fundus pages and says how well they carry to
 * publishers not trained on: scored in sample and by leave-one-publisher-out cross-validation (each
 * publisher's pages chosen by weights trained on all other publishers), the honest figure for an unseen site.
 */
public final class TitleTraining {

    /** One page: its publisher (the cross-validation group), whether it is English, its options and which are right. */
    public record Page(String publisher, String country, boolean english, List<TitleOptions.Option> options,
            boolean[] right, String want) {

        /** Whether any option is the expected title: the pages a chooser can get right. */
        public boolean solvable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Right pages over English pages and over all pages, for one way of choosing. */
    public record Score(int englishRight, int english, int allRight, int all) {

        public double englishShare() {
            return english == 0 ? 0 : (double) englishRight / english;
        }

        public double allShare() {
            return all == 0 ? 0 : (double) allRight / all;
        }
    }

    private TitleTraining() {
    }

    public static List<Page> pages(Path dir) throws IOException {
        List<Page> out = new ArrayList<>();
        for (HtmlEval.Sample s : HtmlEval.samples(dir)) {
            List<TitleOptions.Option> options;
            try {
                options = HtmlReader.titleOptions(s.bytes(), s.url());
            } catch (UnreadableInputException e) {
                options = List.of();
            }
            String want = s.expected().path("title").asText("");
            boolean[] right = new boolean[options.size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = HtmlEval.sameTitle(want, options.get(i).text());
            }
            out.add(new Page(s.country() + "/" + s.publisher(), s.country(), HtmlEval.ENGLISH.contains(s.country()),
                    options, right, want));
        }
        return out;
    }

    /**
     * The weights that choose right on the most pages, found by coordinate search over {@link #GRID}: each
     * weight in turn takes the grid value that most raises the count (a strict gain only, so the search is
     * deterministic and stops), for at most five sweeps. It starts from trusting the JSON-LD headline alone.
     * The count of right pages is what the evaluation scores; a likelihood fit (logistic regression) was
     * tried and carried worse to unseen publishers.
     */
    public static double[] train(List<Page> pages) {
        List<Page> usable = pages.stream().filter(p -> p.solvable() && p.options().size() > 1).toList();
        double[] w = new double[TitleOptions.FEATURES.size()];
        w[TitleOptions.FEATURES.indexOf("json-ld")] = 1;
        int best = right(usable, w);
        for (int sweep = 0; sweep < 5; sweep++) {
            boolean changed = false;
            for (int k = 0; k < w.length; k++) {
                double keep = w[k];
                for (double g : GRID) {
                    w[k] = g;
                    int r = right(usable, w);
                    if (r > best) {
                        best = r;
                        keep = g;
                        changed = true;
                    }
                }
                w[k] = keep;
            }
            if (!changed) {
                break;
            }
        }
        return w;
    }

    /** The values a weight may take: coarse, so that a weight moves only for a gain on several pages' worth of evidence. */
    static final double[] GRID = {-3, -2, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 5, 10};

    private static int right(List<Page> pages, double[] w) {
        TitleChooser c = new TitleChooser(w);
        int n = 0;
        for (Page p : pages) {
            int i = c.choose(p.options());
            n += i >= 0 && p.right()[i] ? 1 : 0;
        }
        return n;
    }

    /** The weights as the shipped resource writes them: a comment saying how they were made, then "feature TAB weight" lines. */
    public static String weightsFile(double[] w, int pages) {
        StringBuilder out = new StringBuilder();
        out.append("# Weights of org.sitrep.read.html.TitleChooser, one feature a line (see TitleOptions.FEATURES).\n");
        out.append("# Made by `sitrep eval titles --write FILE` from ").append(pages)
                .append(" html-fundus pages (coordinate search for the most right titles); do not edit by hand.\n");
        for (int i = 0; i < w.length; i++) {
            out.append(TitleOptions.FEATURES.get(i)).append('\t').append(w[i]).append('\n');
        }
        return out.toString();
    }

    /** How many pages the chooser gets right. */
    public static Score score(List<Page> pages, TitleChooser chooser) {
        int er = 0, e = 0, ar = 0;
        for (Page p : pages) {
            int c = chooser.choose(p.options());
            boolean ok = c >= 0 && p.right()[c];
            ar += ok ? 1 : 0;
            if (p.english()) {
                e++;
                er += ok ? 1 : 0;
            }
        }
        return new Score(er, e, ar, pages.size());
    }

    /** Leave-one-publisher-out: each publisher's pages chosen by weights trained on all the other publishers. */
    public static Score crossValidated(List<Page> pages) {
        Map<String, List<Page>> byPublisher = new LinkedHashMap<>();
        for (Page p : pages) {
            byPublisher.computeIfAbsent(p.publisher(), k -> new ArrayList<>()).add(p);
        }
        int er = 0, e = 0, ar = 0;
        for (Map.Entry<String, List<Page>> held : byPublisher.entrySet()) {
            List<Page> rest = pages.stream().filter(p -> !p.publisher().equals(held.getKey())).toList();
            Score s = score(held.getValue(), new TitleChooser(train(rest)));
            er += s.englishRight();
            e += s.english();
            ar += s.allRight();
        }
        return new Score(er, e, ar, pages.size());
    }
}
