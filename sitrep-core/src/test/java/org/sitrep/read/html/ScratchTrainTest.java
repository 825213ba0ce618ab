package org.sitrep.read.html;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.TitleTraining;

class ScratchTrainTest {
    @Test
    void train() throws Exception {
        List<TitleTraining.Page> pages = TitleTraining.pages(Path.of("/work/shared/eval/html-fundus"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/title-feats.tsv")))) {
            out.println("publisher\tcountry\ten\topt\tright\t" + String.join("\t", TitleOptions.FEATURES) + "\ttext");
            for (TitleTraining.Page p : pages) {
                for (int i = 0; i < p.options().size(); i++) {
                    TitleOptions.Option o = p.options().get(i);
                    StringBuilder sb = new StringBuilder(p.publisher() + "\t" + p.country() + "\t" + (p.english() ? 1 : 0) + "\t" + i + "\t" + (p.right()[i] ? 1 : 0));
                    for (double f : o.features()) sb.append('\t').append(String.format("%.4f", f));
                    sb.append('\t').append(o.text().replace('\t', ' '));
                    out.println(sb);
                }
                if (p.options().isEmpty()) out.println(p.publisher() + "\t" + p.country() + "\t" + (p.english() ? 1 : 0) + "\t-1\t0");
            }
        }
        TitleTraining.Score base = TitleTraining.score(pages, TitleChooser.shipped());
        System.out.println("SHIPPED " + base);
        double[] tw = TitleTraining.train(pages);
        TitleChooser tc = new TitleChooser(tw);
        for (TitleTraining.Page p : pages) {
            int a = tc.choose(p.options()), b = TitleChooser.shipped().choose(p.options());
            boolean ra = a >= 0 && p.right()[a], rb = b >= 0 && p.right()[b];
            if (!ra || !rb) System.out.println("PAGE " + (p.english() ? "EN " : "   ") + (ra ? "new+ " : "new- ") + (rb ? "old+ " : "old- ") + p.publisher() + " | " + (a >= 0 ? p.options().get(a).text() + " " + p.options().get(a).places() : "") + " | want " + p.want());
        }
        System.out.println("INSAMPLE " + TitleTraining.score(pages, tc) + " CV " + TitleTraining.crossValidated(pages));
        for (int i = 0; i < tw.length; i++) if (tw[i] != 0) System.out.printf("W %s\t%.3f%n", TitleOptions.FEATURES.get(i), tw[i]);
        for (String[] cfg : new String[][] {}) {
            System.setProperty("scratch.fromShipped", cfg[0]);
            System.setProperty("scratch.enWeight", cfg[1]);
            double[] w = TitleTraining.train(pages);
            System.out.println("CFG " + String.join(",", cfg) + " INSAMPLE " + TitleTraining.score(pages, new TitleChooser(w)) + " CV " + TitleTraining.crossValidated(pages));
            for (int i = 0; i < w.length; i++) if (w[i] != 0) System.out.printf("W %s\t%.3f%n", TitleOptions.FEATURES.get(i), w[i]);
        }
    }
}
