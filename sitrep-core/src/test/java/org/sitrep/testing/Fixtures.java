package org.sitrep.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.Pipelines;
import org.sitrep.Sitrep;
import org.sitrep.SitrepConfig;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.Inputs;
import org.sitrep.read.ReadResult;

/**
 * What tests share: one CoreNLP stage per test JVM (loading it takes seconds), the standard pipeline
 * built on it, the seed article, and the project's {@code ../shared} folder, whose absence skips a test
 * with a message instead of failing it.
 */
public final class Fixtures {

    private Fixtures() {
    }

    private static final class Holder {
        static final CoreNlpStage NLP = new CoreNlpStage(SitrepConfig.DEFAULT.nlp());
        static final Sitrep SITREP = Sitrep.of(SitrepConfig.DEFAULT, Pipeline.of(Pipelines.stages(NLP)));
    }

    /** The CoreNLP stage, loaded once per JVM. */
    public static CoreNlpStage nlp() {
        return Holder.NLP;
    }

    /** The standard pipeline on the shared CoreNLP stage. */
    public static Sitrep sitrep() {
        return Holder.SITREP;
    }

    /** The project's shared data folder ({@code ../shared}); skips the calling test when it is absent. */
    public static Path shared(String relative) {
        String root = System.getProperty("sitrep.shared", "../shared");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), "skipped: shared data not found at " + p.toAbsolutePath()
                + " (tests read ../shared when it is present)");
        return p;
    }

    /** The founding example as shipped in the repository ({@code samples/}). */
    /** The seed sample as the command line reads it (so with the language the reader tells). */
    public static Article seedArticle() {
        Path p = repoRoot().resolve("samples/karabakh-2023-09-19.txt");
        List<ReadResult> read = Inputs.read(p.toString(), InputStream.nullInputStream());
        if (read.size() != 1 || read.get(0).failed()) {
            throw new IllegalStateException("cannot read the seed sample " + p + ": " + read);
        }
        return read.get(0).article();
    }

    private static volatile Analysis seedAnalysis;

    /** The seed analysed by the standard pipeline, computed once per JVM. */
    public static Analysis seedAnalysis() {
        if (seedAnalysis == null) {
            synchronized (Fixtures.class) {
                if (seedAnalysis == null) {
                    seedAnalysis = sitrep().analyze(seedArticle());
                }
            }
        }
        return seedAnalysis;
    }

    /** The repository's root folder, found from the working directory of the test JVM. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root (with samples/) not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
