package org.sitrep.report;

import java.util.List;

/**
 * What a situation report says, independent of how it is written out ({@link ReportHtml},
 * {@link ReportMarkdown}): what happened (key events in date order), who said what (main speakers and their
 * key quotes), actors and their stances, the escalation curve, and the sources. Every string in it comes from
 * articles and is untrusted: the writers escape it.
 */
public record SituationReport(String title, String scope, String generated, List<KeyEvent> events,
                              List<Speaker> speakers, List<Actor> actors, List<Point> escalation,
                              List<Source> sources) {

    public SituationReport {
        events = List.copyOf(events);
        speakers = List.copyOf(speakers);
        actors = List.copyOf(actors);
        escalation = List.copyOf(escalation);
        sources = List.copyOf(sources);
    }

    /** One event: its date (ISO day or null), PLOVER type, actors, the clause that reports it, Goldstein weight. */
    public record KeyEvent(String date, String type, String source, String target, String text, Double goldstein,
                           String article) {
    }

    /** A speaker with the number of quotes in scope and the few that best represent them. */
    public record Speaker(String name, String role, int quotes, List<QuoteLine> keyQuotes) {
        public Speaker {
            keyQuotes = List.copyOf(keyQuotes);
        }
    }

    public record QuoteLine(String date, String text, String article) {
    }

    /** An actor's stance: how many of its events cooperate or conflict, and their Goldstein sum (null if uncoded). */
    public record Actor(String name, String country, int events, int cooperative, int conflictual, Double goldstein) {
    }

    /** One period of the escalation curve: events and their Goldstein sum (negative is conflict). */
    public record Point(String period, int events, Double goldstein) {
    }

    public record Source(String id, String date, String title, String source, String url) {
    }
}
