package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.TitleTraining;
import org.sitrep.read.html.TitleChooser;
import org.sitrep.read.html.TitleOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval titles [DIR]}: how often the title chooser picks the expected title on the html-fundus
 * pages, with the shipped weights, with weights trained on all pages, and by leave-one-publisher-out
 * cross-validation (the honest figure for unseen sites); {@code --write} saves the trained weights.
 */
@Command(name = "titles", mixinStandardHelpOptions = true,
        description = "Train and cross-validate the title chooser on html-fundus pages; optionally write its weights.")
final class EvalTitlesCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/eval/html-fundus",
            description = "Folder in the html-fundus layout (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--write", paramLabel = "FILE",
            description = "Write the weights trained on all pages here (the shipped file is "
                    + "sitrep-core/src/main/resources/org/sitrep/read/html/title-weights.tsv).")
    Path write;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("sitrep: " + dir + ": no such directory");
            return 2;
        }
        List<TitleTraining.Page> pages = TitleTraining.pages(dir);
        long solvable = pages.stream().filter(TitleTraining.Page::solvable).count();
        System.out.printf("%d pages, %d with the expected title among their options%n", pages.size(), solvable);
        double[] trained = TitleTraining.train(pages);
        line("shipped weights", TitleTraining.score(pages, TitleChooser.shipped()));
        line("trained, in sample", TitleTraining.score(pages, new TitleChooser(trained)));
        line("trained, leave-one-publisher-out", TitleTraining.crossValidated(pages));
        System.out.println("trained weights (others 0):");
        for (int i = 0; i < trained.length; i++) {
            if (trained[i] != 0) {
                System.out.printf("  %-22s %6.2f%n", TitleOptions.FEATURES.get(i), trained[i]);
            }
        }
        if (write != null) {
            Files.writeString(write, TitleTraining.weightsFile(trained, pages.size()));
            System.out.println("wrote " + write);
        }
        return 0;
    }

    private static void line(String name, TitleTraining.Score s) {
        System.out.printf("%-34s English %3d/%3d %.3f   all %3d/%3d %.3f%n", name, s.englishRight(), s.english(),
                s.englishShare(), s.allRight(), s.all(), s.allShare());
    }
}
