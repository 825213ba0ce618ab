package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.TimeEvaluator;
import org.sitrep.eval.TimeMlDocument;
import org.sitrep.eval.TimeScore;
import org.sitrep.extract.time.PublicationDateStage;
import org.sitrep.extract.time.TimeStage;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpSettings;
import org.sitrep.nlp.SuTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval times [--baseline sutime] [GOLD…]}: time expressions against TimeML and seed gold. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Score time expressions: span P/R/F1 (strict, relaxed), value accuracy and value F1.")
final class EvalTimesCommand implements Callable<Integer> {

    enum Baseline { sutime }

    @Parameters(arity = "0..*", paramLabel = "GOLD", description = "Directories of TimeML .tml files, or seed "
            + "*.gold.json files (text beside them). Default: ../shared/eval/timebank/{TimeBank,AQUAINT} and the seed.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--baseline", description = "Also score plain SUTime (${COMPLETION-CANDIDATES}) beside Sitrep.")
    Baseline baseline;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every error (MISSED, SPURIOUS, VALUE, and SPAN: right value on other offsets) to FILE.")
    Path errors;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (gold.isEmpty()) {
            gold = List.of(Path.of("../shared/eval/timebank/TimeBank"), Path.of("../shared/eval/timebank/AQUAINT"),
                    Path.of("../shared/corpus/seed/karabakh-2023-09-19.gold.json"));
        }
        for (Path g : gold) {
            if (!Files.exists(g)) {
                System.err.println("sitrep: " + g + ": no such file or directory");
                return 2;
            }
        }
        CoreNlpStage nlp = new CoreNlpStage(NlpSettings.DEFAULT.withParse(false));
        SuTime suTime = new SuTime();
        TimeEvaluator eval = new TimeEvaluator(nlp, new TimeStage(suTime), baseline == null ? null : suTime);
        TimeEvaluator.Result timeMl = null;
        int dirs = 0;
        List<String> allErrors = new ArrayList<>();
        out.printf("%-28s %-7s %-40s %-40s %-9s %s%n", "gold", "system", "span strict", "span relaxed", "value acc",
                "value (overlap + exact value)");
        for (Path g : gold) {
            if (Files.isDirectory(g)) {
                List<Path> files = TimeMlDocument.files(g);
                TimeEvaluator.Result r = eval.timeMl(files);
                timeMl = timeMl == null ? r : timeMl.plus(r);
                dirs++;
                allErrors.addAll(print(out, g.getFileName() + " (" + files.size() + " docs)", r));
            } else {
                String name = g.getFileName().toString();
                Path txt = g.resolveSibling(name.replaceFirst("\\.gold\\.json$", ".txt"));
                allErrors.addAll(print(out, name.replaceFirst("\\.gold\\.json$", ""),
                        eval.seed(new PublicationDateStage(), g, Files.readString(txt, StandardCharsets.UTF_8))));
            }
        }
        if (dirs > 1) {
            print(out, "all TimeML (" + timeMl.documents() + " docs)", timeMl);
        }
        if (errors != null) {
            Files.write(errors, allErrors, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private List<String> print(PrintStream out, String name, TimeEvaluator.Result r) {
        row(out, name, "sitrep", r.sitrep());
        if (baseline != null) {
            row(out, "", "sutime", r.baseline());
        }
        return r.sitrep().errors();
    }

    private static void row(PrintStream out, String name, String system, TimeScore s) {
        out.printf("%-28s %-7s %-40s %-40s %-9s %s%n", name, system, s.strict().summary(), s.relaxed().summary(),
                String.format("%.3f", s.valueAccuracy()), s.value().summary());
    }
}
