package org.sitrep.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.TimeExpression;

/**
 * Builds a {@link SituationReport} from the analyses in scope (a story's or a query's articles from the store,
 * or freshly analysed inputs). Events are dated by their own time expression when it names a day, else by
 * their article; the escalation curve is per day, or per ISO week when the scope spans more than two months.
 */
public final class ReportBuilder {

    /** How many events, speakers, quotes per speaker and actors a report shows. */
    public record Limits(int events, int speakers, int quotesPerSpeaker, int actors) {
        public static final Limits DEFAULT = new Limits(40, 8, 3, 12);
    }

    private final Function<Event, Double> goldstein;
    private final Limits limits;

    /** {@code goldstein} weighs an event (null when unknown; the report then shows counts only). */
    public ReportBuilder(Function<Event, Double> goldstein, Limits limits) {
        this.goldstein = goldstein;
        this.limits = limits;
    }

    public SituationReport build(String title, String scope, List<Analysis> analyses, LocalDate from, LocalDate to) {
        List<Dated> events = new ArrayList<>();
        for (Analysis a : analyses) {
            for (Event e : a.events()) {
                LocalDate d = dateOf(a, e);
                if ((from == null || d == null || !d.isBefore(from)) && (to == null || d == null || !d.isAfter(to))) {
                    events.add(new Dated(a, e, d, goldstein.apply(e)));
                }
            }
        }
        events.sort(Comparator.comparing((Dated x) -> x.date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new SituationReport(title, scope, LocalDate.now().toString(), keyEvents(events), speakers(analyses),
                actors(events), escalation(events), sources(analyses));
    }

    private record Dated(Analysis a, Event e, LocalDate date, Double weight) {
    }

    private List<SituationReport.KeyEvent> keyEvents(List<Dated> events) {
        List<Dated> chosen = new ArrayList<>(events);
        if (chosen.size() > limits.events()) {
            // Keep the strongest (by |Goldstein|, then confidence), shown in date order.
            chosen.sort(Comparator.comparingDouble((Dated x) -> x.weight == null ? 0 : -Math.abs(x.weight))
                    .thenComparingDouble(x -> -x.e.confidence()));
            chosen = new ArrayList<>(chosen.subList(0, limits.events()));
            chosen.sort(Comparator.comparing((Dated x) -> x.date, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        List<SituationReport.KeyEvent> out = new ArrayList<>();
        for (Dated d : chosen) {
            out.add(new SituationReport.KeyEvent(d.date == null ? null : d.date.toString(), d.e.type(),
                    actorNames(d.a, d.e.source()), actorNames(d.a, d.e.target()), d.a.textOf(d.e.evidence()), d.weight,
                    d.a.article().id()));
        }
        return out;
    }

    private List<SituationReport.Speaker> speakers(List<Analysis> analyses) {
        Map<String, List<Quote>> byName = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        Map<Quote, Analysis> from = new java.util.IdentityHashMap<>();
        for (Analysis a : analyses) {
            for (Quote q : a.quotes()) {
                if (!q.speaker().known()) {
                    continue;
                }
                String key = q.speaker().name().strip().toLowerCase(Locale.ROOT);
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
                names.putIfAbsent(key, q.speaker().name());
                from.put(q, a);
                Entity e = q.speaker().entity() == null ? null : a.entity(q.speaker().entity());
                if (e != null && e.role() != null) {
                    roles.putIfAbsent(key, e.role());
                }
            }
        }
        List<SituationReport.Speaker> out = new ArrayList<>();
        byName.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Quote>> en) -> -en.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(limits.speakers())
                .forEach(en -> {
                    List<SituationReport.QuoteLine> key = en.getValue().stream()
                            .sorted(Comparator.comparingInt((Quote q) -> q.kind() == Quote.Kind.DIRECT ? 0 : 1)
                                    .thenComparingDouble(q -> -q.confidence()))
                            .map(q -> {
                                Analysis a = from.get(q);
                                LocalDate d = a.article().published().date();
                                return new SituationReport.QuoteLine(d == null ? null : d.toString(), a.textOf(q.content()), a.article().id());
                            })
                            // Syndicated copies repeat a quote word for word: show it once, at its first report.
                            .collect(java.util.stream.Collectors.toMap(SituationReport.QuoteLine::text, ql -> ql,
                                    (x, y) -> x.date() == null || (y.date() != null && y.date().compareTo(x.date()) < 0) ? y : x,
                                    LinkedHashMap::new))
                            .values().stream().limit(limits.quotesPerSpeaker()).toList();
                    out.add(new SituationReport.Speaker(names.get(en.getKey()), roles.get(en.getKey()), en.getValue().size(), key));
                });
        return out;
    }

    private List<SituationReport.Actor> actors(List<Dated> events) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> countries = new LinkedHashMap<>();
        for (Dated d : events) {
            int quad = quad(d);
            List<Event.Actor> both = new ArrayList<>(d.e.source());
            both.addAll(d.e.target());
            for (Event.Actor ac : both) {
                String name = actorName(d.a, ac);
                String key = name.toLowerCase(Locale.ROOT);
                names.putIfAbsent(key, name);
                int[] c = counts.computeIfAbsent(key, k -> new int[3]);
                c[0]++;
                if (quad > 0) {
                    c[1]++;
                } else if (quad < 0) {
                    c[2]++;
                }
                if (d.weight != null) {
                    weights.merge(key, d.weight, Double::sum);
                }
                Entity e = ac.entity() == null ? null : d.a.entity(ac.entity());
                String country = e != null && e.country() != null ? e.country()
                        : ac.code() != null && ac.code().length() >= 3 ? ac.code().substring(0, 3) : null;
                if (country != null) {
                    countries.putIfAbsent(key, country);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> en) -> -en.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(limits.actors())
                .map(en -> new SituationReport.Actor(names.get(en.getKey()), countries.get(en.getKey()), en.getValue()[0],
                        en.getValue()[1], en.getValue()[2], weights.get(en.getKey()) == null ? null
                        : Math.round(weights.get(en.getKey()) * 10) / 10.0))
                .toList();
    }

    /**
     * +1 cooperation, -1 conflict, 0 unknown: by the CAMEO root (01–08 cooperate, 09–20 conflict, the
     * CAMEO quad classes), else by the sign of the Goldstein weight.
     */
    static int quad(Dated d) {
        String c = d.e.cameo();
        if (c != null && c.strip().length() >= 2 && Character.isDigit(c.strip().charAt(0)) && Character.isDigit(c.strip().charAt(1))) {
            int root = Integer.parseInt(c.strip().substring(0, 2));
            if (root >= 1 && root <= 8) {
                return 1;
            }
            if (root >= 9 && root <= 20) {
                return -1;
            }
        }
        return d.weight == null || d.weight == 0 ? 0 : d.weight > 0 ? 1 : -1;
    }

    private static List<SituationReport.Point> escalation(List<Dated> events) {
        List<Dated> dated = events.stream().filter(d -> d.date != null).toList();
        if (dated.isEmpty()) {
            return List.of();
        }
        LocalDate first = dated.get(0).date;
        LocalDate last = dated.get(dated.size() - 1).date;
        boolean weekly = ChronoUnit.DAYS.between(first, last) > 62;
        TreeMap<LocalDate, int[]> counts = new TreeMap<>();
        TreeMap<LocalDate, Double> sums = new TreeMap<>();
        LocalDate start = weekly ? first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : first;
        for (LocalDate p = start; !p.isAfter(last); p = p.plusDays(weekly ? 7 : 1)) {
            counts.put(p, new int[1]);
        }
        for (Dated d : dated) {
            LocalDate p = weekly ? d.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d.date;
            counts.get(p)[0]++;
            if (d.weight != null) {
                sums.merge(p, d.weight, Double::sum);
            }
        }
        List<SituationReport.Point> out = new ArrayList<>();
        counts.forEach((p, c) -> out.add(new SituationReport.Point(p.toString(), c[0],
                sums.get(p) == null ? null : Math.round(sums.get(p) * 10) / 10.0)));
        return out;
    }

    private static List<SituationReport.Source> sources(List<Analysis> analyses) {
        return analyses.stream()
                .sorted(Comparator.comparing((Analysis a) -> a.article().published().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.article().id()))
                .map(a -> {
                    LocalDate d = a.article().published().date();
                    String title = a.article().title();
                    if ((title == null || title.isBlank()) && !a.stories().isEmpty() && a.stories().get(0).headline() != null) {
                        title = a.textOf(a.stories().get(0).headline());
                    }
                    return new SituationReport.Source(a.article().id(), d == null ? null : d.toString(), title,
                            a.article().source() != null ? a.article().source()
                                    : a.stories().isEmpty() ? null : a.stories().get(0).source(),
                            a.article().url());
                }).toList();
    }

    private static LocalDate dateOf(Analysis a, Event e) {
        if (e.time() != null) {
            for (TimeExpression t : a.times()) {
                if (t.span().equals(e.time()) && t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    return LocalDate.parse(t.value().substring(0, 10));
                }
            }
        }
        return a.article().published().date();
    }

    private static String actorNames(Analysis a, List<Event.Actor> actors) {
        // Coordinated or repeated mentions of one actor ("the parties … the parties") name it once.
        return String.join(", ", actors.stream().map(ac -> actorName(a, ac)).distinct().toList());
    }

    private static String actorName(Analysis a, Event.Actor ac) {
        Entity e = ac.entity() == null ? null : a.entity(ac.entity());
        return e != null ? e.name() : a.textOf(ac.span());
    }
}
