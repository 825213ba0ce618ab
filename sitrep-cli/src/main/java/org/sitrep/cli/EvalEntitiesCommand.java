package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.eval.EntitiesEval;
import org.sitrep.eval.SeedGold;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval entities [GOLD.json]}: canonical name, type, country and role per gold entity. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Canonical entities (name, type, country, role) against a seed gold file.")
final class EvalEntitiesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "GOLD.json",
            description = "Default: ../shared/corpus/seed/karabakh-2023-09-19.gold.json (the text beside it).")
    Path gold = Path.of("../shared/corpus/seed/karabakh-2023-09-19.gold.json");

    @Override
    public Integer call() throws Exception {
        SeedGold g = SeedGold.read(gold);
        Path text = gold.resolveSibling(g.document());
        Sitrep sitrep = Sitrep.create(SitrepConfig.DEFAULT.withThreads(1));
        EntitiesEval.Result r = EntitiesEval.score(g, sitrep.analyze(Article.of(g.document(), Files.readString(text))));
        for (EntitiesEval.Row row : r.rows()) {
            String sys = row.system() == null ? "(not found)"
                    : row.system().name() + " | " + row.system().type() + " | " + row.system().country() + " | " + row.system().role();
            System.out.printf("%s %-30s → %s%n", row.allRight() ? "ok  " : "MISS", row.gold().name(), sys);
        }
        System.out.println(r.summary());
        return 0;
    }
}
