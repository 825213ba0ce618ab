package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.Stage;

/**
 * Groups name mentions into canonical entities within one article. A person's later short form
 * ("Peskov") joins the full name that shares its last word ("Dmitry Peskov"); places and bodies join on
 * equal names, on a name that is the tail of a hyphenated longer one ("Karabakh" in "Nagorno-Karabakh"),
 * and on one-letter spelling variants of longer names ("Agdam"/"Aghdam"). The canonical name is the
 * longest form seen.
 */
public final class EntityResolver implements Stage {

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS);
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
        List<Group> groups = new ArrayList<>();
        Map<Mention, Group> byMention = new LinkedHashMap<>();
        List<Mention> names = in.mentions().stream()
                .filter(m -> m.kind() == Mention.Kind.NAME && m.type() != EntityType.MISC)
                .sorted((a, b) -> Integer.compare(words(in.textOf(b.span())).length, words(in.textOf(a.span())).length))
                .toList();
        for (Mention m : names) {
            String text = clean(in.textOf(m.span()));
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
        List<Entity> entities = new ArrayList<>();
        Map<Group, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String id = "e" + (i + 1);
            ids.put(g, id);
            List<Mention> ms = g.mentions.stream().map(m -> m.withEntity(id))
                    .sorted((a, b) -> a.span().compareTo(b.span())).toList();
            entities.add(new Entity(id, g.name, g.type, null, null, ms));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : in.mentions()) {
            Group g = byMention.get(m);
            mentions.add(g == null ? m : m.withEntity(ids.get(g)));
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return in.withMentions(mentions).withEntities(entities);
    }

    private static int first(Group g) {
        return g.mentions.stream().mapToInt(m -> m.span().begin()).min().orElse(0);
    }

    private static Group find(List<Group> groups, EntityType type, String text) {
        for (Group g : groups) {
            if (g.type == type && sameEntity(type, g.name, text)) {
                return g;
            }
        }
        return null;
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
        return a.length() >= 5 && b.length() >= 5 && wa.length == 1 && wb.length == 1 && editDistanceAtMostOne(a, b);
    }

    private static String[] words(String s) {
        return s.trim().split("[\\s]+");
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("[’']s$", "").trim();
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
