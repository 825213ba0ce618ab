package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Published;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.store.Store;
import org.sitrep.testing.Fixtures;

/**
 * The corpus the desk's tests browse, every layer from the real pipeline: the seed's three stories stored as
 * three articles (19 and 20 September 2023), a few articles of the PolNeAR dev corpus when {@code ../shared}
 * is present, and one hostile article whose payload-named speaker is laid by hand (it tests escaping). Built
 * once per test JVM in a temporary SQLite store.
 */
final class DeskCorpus {

    /** Dev-corpus articles with direct quotes, short enough to keep the suite fast. */
    static final List<String> DEV = List.of(
            "politico_2016-09-28_axelrod-calls-on-dean-to-apologi.txt",
            "politico_2016-09-08_flynn-says-trump-absolutely-righ.txt",
            "politico_2016-09-30_flight-attendants-union-endorses.txt");

    private DeskCorpus() {
    }

    private static final class Holder {
        static final int DEV_STORED;
        static final Store STORE;
        static final List<Analysis> SEED_AND_HOSTILE = new ArrayList<>();

        static {
            Path dir;
            try {
                dir = Files.createTempDirectory("sitrep-desk-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            STORE = Store.open(dir.resolve("desk.db").toString());
            SEED_AND_HOSTILE.addAll(seed(STORE));
            DEV_STORED = dev(STORE);
            Analysis hostile = hostile();
            STORE.put(hostile, "hostile");
            SEED_AND_HOSTILE.add(hostile);
        }
    }

    static Store store() {
        return Holder.STORE;
    }

    /** How many articles the corpus holds: the seed's three stories, the dev articles found, the hostile one. */
    static int articles() {
        return 3 + Holder.DEV_STORED + 1;
    }

    /** The stored analyses of the seed's three stories and of the hostile article, in that order. */
    static List<Analysis> seedAndHostile() {
        return List.copyOf(Holder.SEED_AND_HOSTILE);
    }

    private static List<Analysis> seed(Store s) {
        List<Analysis> out = new ArrayList<>();
        Analysis seed = Fixtures.seedAnalysis();
        LocalDate[] days = {LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 20)};
        for (int i = 0; i < seed.stories().size(); i++) {
            Story st = seed.stories().get(i);
            String text = seed.textOf(st.span());
            String headline = seed.textOf(st.headline());
            Analysis a = Fixtures.sitrep().analyze(new Article("seed-story-" + (i + 1), "Sputnik", null, headline,
                    Published.given(days[i]), text));
            s.put(a, "seed story " + (i + 1));
            out.add(a);
        }
        return out;
    }

    /** The dev articles present under ../shared (none when it is absent: the seed alone still serves every flow). */
    private static int dev(Store s) {
        Path dir = Path.of(System.getProperty("sitrep.shared", "../shared"), "eval", "polnear-dev", "text");
        if (!Files.isDirectory(dir)) {
            System.err.println("DeskCorpus: no " + dir.toAbsolutePath() + ", the desk corpus holds the seed only");
            return 0;
        }
        int stored = 0;
        for (String name : DEV) {
            Path p = dir.resolve(name);
            if (!Files.exists(p)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] parts = name.split("_", 3);
            String title = text.lines().findFirst().orElse(name).strip();
            s.put(Fixtures.sitrep().analyze(new Article(name, parts[0], null, title,
                    Published.given(LocalDate.parse(parts[1])), text)), name);
            stored++;
        }
        return stored;
    }

    /** Script in the title, the text and a speaker's name: the desk must show it all as text. */
    static final String XSS = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";

    private static Analysis hostile() {
        String text = "Officials in Baku said " + XSS + " on Thursday.\n\"We will respond to every provocation,\" said Ilham Aliyev.\n";
        Analysis a = Fixtures.sitrep().analyze(new Article("hostile", "Web", null, "Baku " + XSS,
                Published.given(LocalDate.of(2023, 9, 21)), text));
        int b = text.indexOf("\"We will");
        int e = text.indexOf(",\"", b) + 2;
        int m = text.indexOf("Ilham Aliyev");
        Quote q = new Quote(Quote.Kind.DIRECT, new Span(b, e), null,
                new Quote.Speaker(null, "Aliyev " + XSS, new Span(m, m + "Ilham Aliyev".length())), 0.9, "fixture", null);
        return a.withQuotes(List.of(q)).withEvents(List.of());
    }
}
