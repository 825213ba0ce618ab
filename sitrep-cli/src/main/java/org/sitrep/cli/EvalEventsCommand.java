package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.eval.EventEval;
import org.sitrep.eval.PloverGold;
import org.sitrep.eval.SeedGold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval events [GOLD…]}: event-type, actor-country and mode accuracy on PLOVER gold records
 * (a JSON array) and on seed golds ({@code *.gold.json} beside their {@code .txt}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score coded events against PLOVER records and seed golds "
                + "(default: ../shared/eval/plover-dev/PLOVER_GSR_CAMEO.dev.json and the seed gold).")
final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD", arity = "0..*", description = "PLOVER JSON array or NAME.gold.json files.")
    List<Path> golds = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N PLOVER records.")
    int limit;

    @Option(names = "--errors", description = "List the gold events the system got wrong.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        if (golds.isEmpty()) {
            golds.add(Path.of("../shared/eval/plover-dev/PLOVER_GSR_CAMEO.dev.json"));
            golds.add(Path.of("../shared/corpus/seed/karabakh-2023-09-19.gold.json"));
        }
        for (Path g : golds) {
            if (!Files.isReadable(g)) {
                System.err.println("sitrep eval events: cannot read " + g);
                return 2;
            }
        }
        Sitrep sitrep = Sitrep.create(SitrepConfig.DEFAULT);
        for (Path g : golds) {
            EventEval.Report r;
            if (g.getFileName().toString().endsWith(".gold.json")) {
                r = EventEval.seed(sitrep.analyze(EventEval.seedArticle(g)), SeedGold.read(g));
            } else {
                r = EventEval.plover(sitrep::analyze, PloverGold.read(g), limit);
            }
            System.out.print(r.summary());
            if (errors) {
                r.errors().forEach(e -> System.out.println("  ✗ " + e));
            }
        }
        return 0;
    }
}
