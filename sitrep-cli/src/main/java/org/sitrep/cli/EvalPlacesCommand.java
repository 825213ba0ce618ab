package org.sitrep.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.eval.PlacesEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval places [LGL.xml]}: toponym P/R/F1, accuracy within 161 km, median error. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = "Toponym recognition and resolution on the LGL corpus.")
final class EvalPlacesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "LGL.xml", description = "Default: ../shared/eval/geo-lgl/lgl.xml")
    Path gold = Path.of("../shared/eval/geo-lgl/lgl.xml");

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: all cores).")
    Integer threads;

    @Option(names = "--errors", description = "Also list missed, spurious and wrongly resolved toponyms.")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        List<PlacesEval.Doc> docs = PlacesEval.readLgl(gold);
        if (limit != null && limit < docs.size()) {
            docs = docs.subList(0, limit);
        }
        SitrepConfig config = threads == null ? SitrepConfig.DEFAULT : SitrepConfig.DEFAULT.withThreads(threads);
        PlacesEval.Result r = PlacesEval.run(Sitrep.create(config), docs);
        if (errors) {
            r.misses().forEach(System.out::println);
        }
        System.out.println("LGL " + docs.size() + " articles");
        System.out.println(r.summary());
        return 0;
    }
}
