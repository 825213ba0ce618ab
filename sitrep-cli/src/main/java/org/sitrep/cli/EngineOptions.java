package org.sitrep.cli;

import org.sitrep.SitrepConfig;
import org.sitrep.nlp.NlpSettings;
import picocli.CommandLine.Option;

/** Engine options shared by the commands that analyse text, parsed into the typed {@link SitrepConfig}. */
final class EngineOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: all cores).")
    Integer threads;

    @Option(names = "--fine-grained-ner", description = "Use CoreNLP's fine-grained (KBP) entity classes: slower, see README.")
    boolean fineGrainedNer;

    @Option(names = "--parse-max-tokens", paramLabel = "N", defaultValue = "120",
            description = "Longest sentence that gets a dependency parse (default: ${DEFAULT-VALUE}).")
    int parseMaxTokens;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + SitrepConfig.DEFAULT_MAX_CHARS,
            description = "Longest text analysed per article; a longer one is analysed up to a paragraph or word break "
                    + "near N and gets a 'truncated' problem (default: ${DEFAULT-VALUE}).")
    int maxChars;

    SitrepConfig config() {
        NlpSettings d = NlpSettings.DEFAULT;
        NlpSettings nlp = new NlpSettings(d.parse(), fineGrainedNer, d.suTime(), parseMaxTokens);
        SitrepConfig c = SitrepConfig.DEFAULT.withNlp(nlp).withMaxChars(maxChars);
        return threads == null ? c : c.withThreads(threads);
    }
}
