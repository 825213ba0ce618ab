package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.knowledge.Countries;
import org.sitrep.model.Analysis;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Repairs the tagger's name mentions before they are grouped, with rules about English news prose rather
 * than about any one article: a body's name takes the nationality adjective before it ("Russian" +
 * "Foreign Ministry"); a name before a region designator is a place ("Agdam region"); a single name
 * coordinated with a place or modifying a place noun is a place ("the Aghdam and Lachin roads"); a word
 * equal to a known person's surname is that person; one name tagged both organisation and place takes
 * its majority type; and names the tagger found once are found again where it missed them (headlines).
 */
final class MentionRepair {

    private final Countries countries;
    private final Vocabulary vocabulary;

    MentionRepair(Countries countries, Vocabulary vocabulary) {
        this.countries = countries;
        this.vocabulary = vocabulary;
    }

    List<Mention> repair(Analysis a) {
        List<Mention> ms = new ArrayList<>(a.mentions());
        extendWithAdjectives(a, ms);
        addDesignatedRegions(a, ms);
        retype(a, ms);
        unifyTypes(a, ms);
        propagate(a, ms);
        ms.sort((x, y) -> x.span().compareTo(y.span()));
        return ms;
    }

    static String clean(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("[’']s$", "").trim();
    }

    private boolean isCountryWord(String word) {
        return countries.match(word).map(m -> m.how() == Countries.How.ADJECTIVE || m.how() == Countries.How.NAME)
                .orElse(false);
    }

    /** "Russian" + ORG "Foreign Ministry" → ORG "Russian Foreign Ministry", in the same sentence. */
    private void extendWithAdjectives(Analysis a, List<Mention> ms) {
        List<Span> absorbed = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.type() != EntityType.ORGANIZATION || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int first = Tokens.at(a, m.span().begin());
            if (first <= 0) {
                continue;
            }
            Token prev = a.tokens().get(first - 1);
            if (prev.sentence() != a.tokens().get(first).sentence() || !isCountryWord(prev.word())
                    || isCountryWord(a.textOf(m.span()).split("\\s+")[0])) {
                continue;
            }
            ms.set(i, new Mention(new Span(prev.span().begin(), m.span().end()), m.type(), m.kind(), m.entity()));
            absorbed.add(prev.span());
        }
        ms.removeIf(o -> o.type() == EntityType.MISC && absorbed.stream().anyMatch(s -> s.overlaps(o.span())));
    }

    private static boolean covered(List<Mention> ms, Span s) {
        for (Mention m : ms) {
            if (m.span().overlaps(s) && m.type() != EntityType.MISC) {
                return true;
            }
        }
        return false;
    }

    /** A run of capitalised words right before "region", "province", "district"… is a place. */
    private void addDesignatedRegions(Analysis a, List<Mention> ms) {
        List<Token> ts = a.tokens();
        for (int i = 1; i < ts.size(); i++) {
            Token d = ts.get(i);
            if (!vocabulary.designators().contains(d.word()) || !ts.get(i - 1).isProperNoun()) {
                continue;
            }
            int from = i - 1;
            while (from > 0 && ts.get(from - 1).isProperNoun() && ts.get(from - 1).sentence() == d.sentence()) {
                from--;
            }
            Span s = new Span(ts.get(from).span().begin(), ts.get(i - 1).span().end());
            if (!covered(ms, s) && !isCountryWord(a.textOf(s))) {
                ms.removeIf(o -> o.type() == EntityType.MISC && o.span().overlaps(s));
                ms.add(new Mention(s, EntityType.LOCATION, Mention.Kind.NAME, null));
            }
        }
    }

    private static Sentence sentenceOf(Analysis a, Token t) {
        return a.sentences().get(t.sentence());
    }

    /** Persons that are places by their syntax, and places or bodies that are a known person's surname. */
    private void retype(Analysis a, List<Mention> ms) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : ms) {
            String[] w = clean(a.textOf(m.span())).split(" ");
            if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME && w.length > 1) {
                surnames.add(w[w.length - 1].toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            String text = clean(a.textOf(m.span()));
            boolean single = !text.contains(" ");
            if ((m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION) && single
                    && surnames.contains(text.toLowerCase(Locale.ROOT)) && countries.match(text).isEmpty()) {
                ms.set(i, new Mention(m.span(), EntityType.PERSON, m.kind(), m.entity()));
            } else if (m.type() == EntityType.PERSON && single && !surnames.contains(text.toLowerCase(Locale.ROOT))
                    && placeBySyntax(a, ms, m)) {
                ms.set(i, new Mention(m.span(), EntityType.LOCATION, m.kind(), m.entity()));
            }
        }
    }

    private boolean placeBySyntax(Analysis a, List<Mention> ms, Mention m) {
        int t = Tokens.at(a, m.span().end() - 1);
        if (t < 0) {
            return false;
        }
        Sentence s = sentenceOf(a, a.tokens().get(t));
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == t && d.relation().equals("compound") && d.head() >= 0
                    && vocabulary.placeHeads().contains(a.tokens().get(d.head()).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (d.relation().equals("conj") && (d.dependent() == t || d.head() == t)) {
                int other = d.dependent() == t ? d.head() : d.dependent();
                Span os = a.tokens().get(other).span();
                for (Mention o : ms) {
                    if (o.type() == EntityType.LOCATION && o.span().contains(os)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** One name tagged both as organisation and as place takes the type most of its mentions have. */
    private static void unifyTypes(Analysis a, List<Mention> ms) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Mention m : ms) {
            if (m.kind() == Mention.Kind.NAME && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION)) {
                votes.computeIfAbsent(key(a, m), k -> new LinkedHashMap<>()).merge(m.type(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Map<EntityType, Integer> v = votes.get(key(a, m));
            if (v == null || v.size() < 2 || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            int org = v.getOrDefault(EntityType.ORGANIZATION, 0);
            int loc = v.getOrDefault(EntityType.LOCATION, 0);
            EntityType majority = org >= loc ? EntityType.ORGANIZATION : EntityType.LOCATION;
            if (m.type() != majority) {
                ms.set(i, new Mention(m.span(), majority, m.kind(), m.entity()));
            }
        }
    }

    private static String key(Analysis a, Mention m) {
        return clean(a.textOf(m.span())).toLowerCase(Locale.ROOT);
    }

    /**
     * Finds untagged occurrences of organisation and person names of two or more words, and of an
     * organisation's name without its nationality adjective when only one organisation has that tail.
     */
    private void propagate(Analysis a, List<Mention> ms) {
        Map<String, EntityType> forms = new LinkedHashMap<>();
        Map<String, Integer> tails = new HashMap<>();
        for (Mention m : ms) {
            if (m.kind() != Mention.Kind.NAME || (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PERSON)) {
                continue;
            }
            String text = clean(a.textOf(m.span()));
            String[] w = text.split(" ");
            if (w.length >= 2) {
                forms.putIfAbsent(text, m.type());
            }
            if (m.type() == EntityType.ORGANIZATION && w.length >= 3 && isCountryWord(w[0])) {
                tails.merge(text.substring(w[0].length() + 1), 1, (x, y) -> x + y);
            }
        }
        tails.forEach((tail, n) -> {
            if (n == 1) {
                forms.putIfAbsent(tail, EntityType.ORGANIZATION);
            }
        });
        String text = a.text();
        for (Map.Entry<String, EntityType> f : forms.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f.getKey()) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                Span s = new Span(m.start(), m.end());
                if (!covered(ms, s) && Tokens.at(a, s.begin()) >= 0) {
                    ms.removeIf(o -> o.type() == EntityType.MISC && o.span().overlaps(s));
                    ms.add(new Mention(s, f.getValue(), Mention.Kind.NAME, null));
                }
            }
        }
    }
}
