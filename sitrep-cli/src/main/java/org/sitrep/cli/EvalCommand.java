package org.sitrep.cli;

import picocli.CommandLine.Command;

/**
 * {@code sitrep eval TOOL [GOLD…]}: one evaluator per extractor, printing precision, recall and F1 on a gold
 * set (and a baseline beside them where one exists). Each evaluator is a subcommand.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure an extractor against gold data.",
        subcommands = {EvalQuotesCommand.class, EvalTimesCommand.class, EvalEntitiesCommand.class,
                EvalPlacesCommand.class, EvalEventsCommand.class, EvalHtmlCommand.class, EvalTitlesCommand.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
