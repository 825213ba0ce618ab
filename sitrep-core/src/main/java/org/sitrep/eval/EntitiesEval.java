package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * Scores canonical entities against a seed gold: each gold entity is matched to the system entity whose
 * canonical name equals the gold name, else one with a mention reading the gold name, else one with a
 * mention reading any gold mention; then its canonical name, type, country and (where the gold gives one)
 * role are compared, ignoring case.
 */
public final class EntitiesEval {

    /** One gold entity and what the system made of it; {@code role} is null when the gold gives no role. */
    public record Row(SeedGold.GoldEntity gold, Entity system, boolean name, boolean type, boolean country, Boolean role) {

        public boolean allRight() {
            return name && type && country && (role == null || role);
        }
    }

    public record Result(List<Row> rows) {

        public long found() {
            return rows.stream().filter(r -> r.system() != null).count();
        }

        public long names() {
            return rows.stream().filter(Row::name).count();
        }

        public long types() {
            return rows.stream().filter(Row::type).count();
        }

        public long countries() {
            return rows.stream().filter(Row::country).count();
        }

        public long rolesRight() {
            return rows.stream().filter(r -> Boolean.TRUE.equals(r.role())).count();
        }

        public long rolesGold() {
            return rows.stream().filter(r -> r.role() != null).count();
        }

        public long allRight() {
            return rows.stream().filter(Row::allRight).count();
        }

        public String summary() {
            int n = rows.size();
            return String.format("entities found %d/%d  name %d/%d  type %d/%d  country %d/%d  role %d/%d  all right %d/%d",
                    found(), n, names(), n, types(), n, countries(), n, rolesRight(), rolesGold(), allRight(), n);
        }
    }

    private EntitiesEval() {
    }

    public static Result score(SeedGold gold, Analysis a) {
        List<Row> rows = new ArrayList<>();
        for (SeedGold.GoldEntity g : gold.entities()) {
            Entity e = match(g, a);
            if (e == null) {
                rows.add(new Row(g, null, false, false, false, g.role() == null ? null : false));
                continue;
            }
            rows.add(new Row(g, e, e.name().equalsIgnoreCase(g.name()), e.type().name().equals(g.type()),
                    Objects.equals(e.country(), g.country()),
                    g.role() == null ? null : g.role().equalsIgnoreCase(Objects.toString(e.role(), ""))));
        }
        return new Result(rows);
    }

    private static Entity match(SeedGold.GoldEntity g, Analysis a) {
        for (Entity e : a.entities()) {
            if (e.name().equalsIgnoreCase(g.name())) {
                return e;
            }
        }
        for (String form : withName(g)) {
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    if (a.textOf(m.span()).replaceAll("[’']s$", "").equalsIgnoreCase(form)) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    private static List<String> withName(SeedGold.GoldEntity g) {
        List<String> forms = new ArrayList<>();
        forms.add(g.name());
        forms.addAll(g.mentions());
        return forms;
    }
}
