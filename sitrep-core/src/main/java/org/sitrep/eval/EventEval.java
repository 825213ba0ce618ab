package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/**
 * Scores coded events against PLOVER gold records and against the seed gold's {@code events[]}: event-type
 * accuracy, source and target country accuracy, mode accuracy, spurious events per document, and a per-type
 * breakdown. Gold types of the 2017 PLOVER names are read as their 2021 equivalents (DEMAND = REQUEST,
 * DISAPPROVE and INVESTIGATE = ACCUSE, FIGHT = ASSAULT), and the older mode names likewise
 * ({@link #TYPE_ALIASES}, {@link #MODE_ALIASES}).
 */
public final class EventEval {

    public static final Map<String, String> TYPE_ALIASES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    public static final Map<String, String> MODE_ALIASES = Map.of("strike-hun", "hunger", "strike-gen", "boycott",
            "demo-org", "demo", "demo-spon", "demo", "riot-spon", "riot", "confiscate", "seize", "destroy", "seize");
    /** CAMEO codes that differ from ISO 3166 alpha-3. */
    private static final Map<String, String> COUNTRY_ALIASES = Map.of("JAP", "JPN");
    private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "ISM", "MNC", "***", "");

    private EventEval() {
    }

    /**
     * Counts of one evaluation; {@code perType} maps a gold type to {gold, type right, source gold, source
     * right, target gold, target right, all right}.
     */
    public record Report(String name, int documents, int gold, int typeRight, int sourceGold, int sourceRight,
                         int targetGold, int targetRight, int modeGold, int modeRight, int allRight,
                         int systemEvents, int spurious, Map<String, int[]> perType, List<String> errors) {

        public double typeAccuracy() {
            return ratio(typeRight, gold);
        }

        public double sourceAccuracy() {
            return ratio(sourceRight, sourceGold);
        }

        public double targetAccuracy() {
            return ratio(targetRight, targetGold);
        }

        public double modeAccuracy() {
            return ratio(modeRight, modeGold);
        }

        public double spuriousPerDocument() {
            return ratio(spurious, documents);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static String cell(int right, int of) {
            return of == 0 ? "-" : String.format(Locale.ROOT, "%.2f %d/%d", ratio(right, of), right, of);
        }

        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%s: %d gold events in %d documents, %d system events%n", name, gold,
                    documents, systemEvents));
            sb.append(String.format(Locale.ROOT, "  event type   %.3f (%d/%d)%n", typeAccuracy(), typeRight, gold));
            sb.append(String.format(Locale.ROOT, "  source       %.3f (%d/%d)%n", sourceAccuracy(), sourceRight, sourceGold));
            sb.append(String.format(Locale.ROOT, "  target       %.3f (%d/%d)%n", targetAccuracy(), targetRight, targetGold));
            sb.append(String.format(Locale.ROOT, "  mode         %.3f (%d/%d)%n", modeAccuracy(), modeRight, modeGold));
            sb.append(String.format(Locale.ROOT, "  type+source+target right: %d/%d%n", allRight, gold));
            sb.append(String.format(Locale.ROOT, "  spurious events per document %.2f (%d)%n", spuriousPerDocument(), spurious));
            sb.append(String.format(Locale.ROOT, "  per type     %-9s %-13s %-13s %-13s %s%n", "gold", "type", "source",
                    "target", "type+src+tgt"));
            perType.forEach((t, c) -> sb.append(String.format(Locale.ROOT, "    %-10s %5d   %-13s %-13s %-13s %s%n", t,
                    c[0], cell(c[1], c[0]), cell(c[3], c[2]), cell(c[5], c[4]), cell(c[6], c[0]))));
            return sb.toString();
        }
    }

    /** Normalised PLOVER type (2021 names). */
    public static String type(String t) {
        if (t == null) {
            return null;
        }
        String u = t.strip().toUpperCase(Locale.ROOT);
        return TYPE_ALIASES.getOrDefault(u, u);
    }

    /** Country part of an actor code ("RUSMIL" → "RUS"), null for non-country codes. */
    static String country(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3).toUpperCase(Locale.ROOT);
        c = COUNTRY_ALIASES.getOrDefault(c, c);
        return NOT_COUNTRIES.contains(c) ? null : c;
    }

    /** Evaluates PLOVER records, each sentence analysed alone; {@code limit} ≤ 0 means all. */
    public static Report plover(Function<Article, Analysis> analyzer, List<PloverGold> records, int limit) {
        int n = 0;
        int typeRight = 0, srcGold = 0, srcRight = 0, tgtGold = 0, tgtRight = 0, modeGold = 0, modeRight = 0, all = 0;
        int system = 0, spurious = 0;
        Map<String, int[]> perType = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        for (PloverGold g : records) {
            if (limit > 0 && n >= limit) {
                break;
            }
            n++;
            Analysis a = analyzer.apply(Article.of(g.id(), g.text()));
            system += a.events().size();
            Event e = pick(a, g.eventWords());
            if (e != null) {
                spurious += a.events().size() - 1;
            }
            String gt = type(g.type());
            int[] pt = perType.computeIfAbsent(gt, k -> new int[7]);
            pt[0]++;
            boolean tr = e != null && gt.equals(type(e.type()));
            if (tr) {
                typeRight++;
                pt[1]++;
            }
            // A symmetric gold event (SRC/TAR: all sides in source, no target) is compared with both system sides.
            List<Event.Actor> sysSource = e == null ? List.of() : e.source();
            if (e != null && g.target().isEmpty() && g.source().size() > 1) {
                sysSource = new ArrayList<>(e.source());
                sysSource.addAll(e.target());
            }
            Boolean sr = countries(g.source(), sysSource);
            Boolean tg = countries(g.target(), e == null ? List.of() : e.target());
            if (sr != null) {
                srcGold++;
                srcRight += sr ? 1 : 0;
                pt[2]++;
                pt[3] += sr ? 1 : 0;
            }
            if (tg != null) {
                tgtGold++;
                tgtRight += tg ? 1 : 0;
                pt[4]++;
                pt[5] += tg ? 1 : 0;
            }
            String gm = g.mode() == null ? null : MODE_ALIASES.getOrDefault(g.mode(), g.mode());
            boolean modeWrong = gm != null && (e == null || !gm.equals(e.mode()));
            if (gm != null) {
                modeGold++;
                modeRight += modeWrong ? 0 : 1;
            }
            boolean allRight = tr && !Boolean.FALSE.equals(sr) && !Boolean.FALSE.equals(tg);
            if (allRight) {
                all++;
                pt[6]++;
            }
            if (!allRight || modeWrong) {
                errors.add(g.id() + " [" + (tr ? "" : "type ") + (Boolean.FALSE.equals(sr) ? "source " : "")
                        + (Boolean.FALSE.equals(tg) ? "target " : "") + (modeWrong ? "mode" : "") + "]  gold " + gt
                        + (gm == null ? "" : "/" + gm) + " " + codes(g.source()) + "→" + codes(g.target()) + "  system "
                        + (e == null ? "none" : type(e.type()) + (e.mode() == null ? "" : "/" + e.mode()) + " "
                        + sysCodes(e.source()) + "→" + sysCodes(e.target())
                        + " trigger \"" + a.textOf(e.trigger()) + "\"") + "  | " + g.text());
            }
        }
        return new Report("PLOVER", n, n, typeRight, srcGold, srcRight, tgtGold, tgtRight, modeGold, modeRight, all,
                system, spurious, perType, errors);
    }

    /** The system event for a one-event gold sentence: one whose trigger is a marked event word, else the first. */
    private static Event pick(Analysis a, List<String> eventWords) {
        for (Event e : a.events()) {
            String tw = a.textOf(e.trigger()).toLowerCase(Locale.ROOT);
            for (String w : eventWords) {
                for (String part : w.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (part.equals(tw)) {
                        return e;
                    }
                }
            }
        }
        return a.events().isEmpty() ? null : a.events().get(0);
    }

    /** Whether every gold country is among the system actors' countries; null when the gold names no country. */
    private static Boolean countries(List<PloverGold.Actor> gold, List<Event.Actor> sys) {
        Set<String> g = new HashSet<>();
        for (PloverGold.Actor x : gold) {
            String c = country(x.code());
            if (c != null) {
                g.add(c);
            }
        }
        if (g.isEmpty()) {
            return null;
        }
        Set<String> s = new HashSet<>();
        for (Event.Actor x : sys) {
            String c = country(x.code());
            if (c != null) {
                s.add(c);
            }
        }
        return s.containsAll(g);
    }

    private static String codes(List<PloverGold.Actor> as) {
        return as.isEmpty() ? "-" : String.join("+", as.stream().map(PloverGold.Actor::code).toList());
    }

    private static String sysCodes(List<Event.Actor> as) {
        return as.isEmpty() ? "-" : String.join("+", as.stream().map(x -> x.code() == null ? "?" : x.code()).toList());
    }

    /**
     * Evaluates one seed-style document: each gold event is matched to the system event whose evidence overlaps
     * the gold evidence (preferring one of the same type). A gold actor is right when each of its ';'-separated
     * parts is a country code some system actor carries, or (for a descriptive gold actor such as "civilians")
     * shares a content word with some system actor's text. A null gold source accepts any source.
     */
    public static Report seed(Analysis a, SeedGold gold) {
        String text = a.text();
        int typeRight = 0, srcGold = 0, srcRight = 0, tgtGold = 0, tgtRight = 0, modeGold = 0, modeRight = 0, all = 0;
        Map<String, int[]> perType = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Set<Event> used = new HashSet<>();
        for (SeedGold.GoldEvent g : gold.events()) {
            String gt = type(g.type());
            int[] pt = perType.computeIfAbsent(gt, k -> new int[7]);
            pt[0]++;
            int at = g.evidence() == null ? -1 : text.indexOf(g.evidence());
            Event e = null;
            if (at >= 0) {
                Span ev = new Span(at, at + g.evidence().length());
                for (Event x : a.events()) {
                    if (x.evidence().overlaps(ev) && ev.contains(x.trigger()) || x.evidence().overlaps(ev) && e == null) {
                        if (e == null || gt.equals(type(x.type())) && !gt.equals(type(e.type()))) {
                            e = x;
                        }
                    }
                }
            }
            if (e != null) {
                used.add(e);
            }
            boolean tr = e != null && gt.equals(type(e.type()));
            boolean sr = e != null && (g.source() == null || actorsMatch(a, g.source(), e.source()));
            boolean tg = e != null && (g.target() == null || actorsMatch(a, g.target(), e.target()));
            typeRight += tr ? 1 : 0;
            pt[1] += tr ? 1 : 0;
            if (g.mode() != null) {
                // The seed writes modality ("intend") where PLOVER writes a mode; either field may carry it.
                modeGold++;
                modeRight += e != null && (g.mode().equals(e.mode()) || g.mode().equals(e.modality())) ? 1 : 0;
            }
            srcGold++;
            srcRight += sr ? 1 : 0;
            tgtGold++;
            tgtRight += tg ? 1 : 0;
            pt[2]++;
            pt[3] += sr ? 1 : 0;
            pt[4]++;
            pt[5] += tg ? 1 : 0;
            if (tr && sr && tg) {
                all++;
                pt[6]++;
            } else {
                errors.add("gold " + gt + " " + g.source() + "→" + g.target() + "  system "
                        + (e == null ? "none" : type(e.type()) + " " + sysCodes(e.source()) + "→" + sysCodes(e.target())
                        + " [" + String.join(" | ", e.source().stream().map(x -> a.textOf(x.span())).toList()) + " → "
                        + String.join(" | ", e.target().stream().map(x -> a.textOf(x.span())).toList()) + "]")
                        + "  | " + g.evidence());
            }
        }
        int spurious = (int) a.events().stream().filter(x -> !used.contains(x)).count();
        return new Report("seed " + gold.document(), 1, gold.events().size(), typeRight, srcGold, srcRight, tgtGold,
                tgtRight, modeGold, modeRight, all, a.events().size(), spurious, perType, errors);
    }

    private static boolean actorsMatch(Analysis a, String gold, List<Event.Actor> sys) {
        for (String part : gold.split(";")) {
            String p = part.strip();
            boolean found = false;
            for (Event.Actor x : sys) {
                if (p.matches("[A-Z]{3}") ? p.equals(country(x.code())) : sharesWord(p, a.textOf(x.span()))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean sharesWord(String a, String b) {
        Set<String> wa = new HashSet<>();
        for (String w : a.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (w.length() > 3) {
                wa.add(w);
            }
        }
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (wa.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Reads a seed gold and the text beside it ({@code NAME.gold.json} → {@code NAME.txt}). */
    public static Article seedArticle(Path goldFile) throws IOException {
        String name = goldFile.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
        Path txt = goldFile.resolveSibling(name + ".txt");
        return Article.of(name, Files.readString(txt));
    }
}
