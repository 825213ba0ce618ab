package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.Countries;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Stage;

/**
 * Groups name mentions into canonical entities within one article, after {@link MentionRepair} has fixed
 * the tagger's spans and types. A person's later short form ("Peskov") joins the full name that shares its
 * last word ("Dmitry Peskov"); places and bodies join on equal names, on a name that is the tail of a
 * longer one ("Karabakh" in "Nagorno-Karabakh", "Foreign Ministry" in "Russian Foreign Ministry" when no
 * other body has that tail), and on one-letter spelling variants ("Agdam"/"Aghdam"). The canonical name is
 * the longest form seen. Persons get the role the text gives them ({@link RoleFinder}); every entity gets
 * the country its name, role, demonym, capital or seat of power names ({@link Countries}). Pronouns and
 * nationality adjectives never become entities.
 */
public final class EntityResolver implements Stage {

    private final Countries countries;
    private final MentionRepair repair;
    private final RoleFinder roles;

    public EntityResolver() {
        this(Countries.load());
    }

    public EntityResolver(Countries countries) {
        Vocabulary v = Vocabulary.load();
        this.countries = countries;
        this.repair = new MentionRepair(countries, v);
        this.roles = new RoleFinder(countries, v);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS, Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ENTITIES, Layer.MENTIONS);
    }

    private static final class Group {
        final EntityType type;
        String name;
        final List<Mention> mentions = new ArrayList<>();

        Group(EntityType type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Mention> all = repair.repair(in);
        List<Group> groups = new ArrayList<>();
        Map<Mention, Group> byMention = new IdentityHashMap<>();
        List<Mention> names = all.stream()
                .filter(m -> m.kind() == Mention.Kind.NAME && m.type() != EntityType.MISC)
                .sorted((a, b) -> {
                    int c = Integer.compare(words(in.textOf(b.span())).length, words(in.textOf(a.span())).length);
                    return c != 0 ? c : a.span().compareTo(b.span());
                })
                .toList();
        for (Mention m : names) {
            String text = MentionRepair.clean(in.textOf(m.span()));
            if (text.isEmpty()) {
                continue;
            }
            Group g = find(groups, m.type(), text);
            if (g == null) {
                g = new Group(m.type(), text);
                groups.add(g);
            } else if (text.length() > g.name.length()) {
                g.name = text;
            }
            g.mentions.add(m);
            byMention.put(m, g);
        }
        groups.sort((a, b) -> Integer.compare(first(a), first(b)));
        Map<Group, String> ids = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            ids.put(groups.get(i), "e" + (i + 1));
        }
        List<Entity> entities = new ArrayList<>();
        for (Group g : groups) {
            String id = ids.get(g);
            List<Mention> ms = g.mentions.stream().map(m -> m.withEntity(id))
                    .sorted((a, b) -> a.span().compareTo(b.span())).toList();
            String role = g.type == EntityType.PERSON
                    ? roles.role(in, g.mentions, all, m -> byMention.containsKey(m) ? byMention.get(m).name
                    : MentionRepair.clean(in.textOf(m.span())))
                    : null;
            entities.add(new Entity(id, g.name, g.type, country(g.type, g.name, role), role, ms));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : all) {
            Group g = byMention.get(m);
            mentions.add(g == null ? m : m.withEntity(ids.get(g)));
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return in.withMentions(mentions).withEntities(entities);
    }

    /** The country a name or role names: "Moscow" → RUS, "Russian Defense Ministry" → RUS. */
    private String country(EntityType type, String name, String role) {
        if (type == EntityType.LOCATION) {
            return countries.match(name).filter(m -> m.how() != Countries.How.ADJECTIVE)
                    .map(m -> m.country().iso3()).orElse(null);
        }
        if (type == EntityType.PERSON) {
            return role == null ? null : firstCountry(role);
        }
        return type == EntityType.ORGANIZATION ? firstCountry(name) : null;
    }

    /** The first country named by a run of up to four words in the phrase. */
    private String firstCountry(String phrase) {
        String[] w = phrase.split("\\s+");
        for (int i = 0; i < w.length; i++) {
            for (int j = Math.min(w.length, i + 4); j > i; j--) {
                Optional<Countries.Match> m = countries.match(String.join(" ", java.util.Arrays.copyOfRange(w, i, j)));
                if (m.isPresent()) {
                    return m.get().country().iso3();
                }
            }
        }
        return null;
    }

    private static int first(Group g) {
        return g.mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(0);
    }

    /** The one group this name joins; null when none or, for a tail, when several could. */
    private static Group find(List<Group> groups, EntityType type, String text) {
        Group found = null;
        for (Group g : groups) {
            if (g.type == type && sameEntity(type, g.name, text)) {
                if (g.name.equalsIgnoreCase(text)) {
                    return g;
                }
                if (found != null) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    /** Whether {@code shorter} (seen no earlier in the length order) names the same entity as {@code canonical}. */
    static boolean sameEntity(EntityType type, String canonical, String shorter) {
        String a = canonical.toLowerCase(Locale.ROOT);
        String b = shorter.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true;
        }
        String[] wa = words(a);
        String[] wb = words(b);
        if (type == EntityType.PERSON) {
            // "Peskov" or "Mr. Peskov" joins "Dmitry Peskov"; two different full names never merge.
            return wb.length == 1 && wa.length > 1 && wa[wa.length - 1].equals(wb[0]);
        }
        if (a.endsWith("-" + b) || a.endsWith(" " + b) && type == EntityType.LOCATION) {
            return true;
        }
        if (type == EntityType.ORGANIZATION && wb.length >= 2 && a.endsWith(" " + b)) {
            return true;
        }
        return a.length() >= 5 && b.length() >= 5 && wa.length == 1 && wb.length == 1 && editDistanceAtMostOne(a, b);
    }

    private static String[] words(String s) {
        return s.trim().split("[\\s]+");
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
