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
        addNationalities(a, ms);
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

    /**
     * A country adjective or people ("Russian", "Sri Lankan", "Palestinians", "Israeli" in "Arab-Israeli") that no
     * mention covers is a MISC mention, as CoreNLP's CoNLL model tagged it (that model is not run: it cost a tenth
     * of the pipeline and added MISC only). As that model did, a run of capitalised adjectives is one MISC
     * ("Russian Jewish", not a country), a demonym hyphenated to a lower-case word ("Israeli-occupied",
     * "Syrian-backed") is none, and neither is a demonym inside a longer name: after a capitalised word
     * ("Native Americans", "Atakapa Indians", "Northern Irish") or before capitalised nouns that are not a title
     * ("Egyptian Premier League", "Spanish Oaks Apartments", but "Georgian President Mikheil Saakashvili").
     */
    private void addNationalities(Analysis a, List<Mention> ms) {
        List<Token> ts = a.tokens();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            String w = t.word();
            if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            int end = demonymEnd(a, i);
            if (end < 0) {
                continue;
            }
            while (end < ts.size() && ts.get(end).sentence() == t.sentence() && ts.get(end).word().length() > 1
                    && Character.isUpperCase(ts.get(end).word().charAt(0)) && "JJ".equals(ts.get(end).pos())) {
                end++;
            }
            boolean inName = !titleCase(a, t.sentence()) && (afterName(a, ms, i) || beforeName(a, ms, end));
            if (!joinedToLowerCase(a, end) && !inName) {
                addIfFree(ms, new Span(t.span().begin(), ts.get(end - 1).span().end()));
            }
            i = end - 1;
        }
    }

    /** Whether the token before {@code end} is joined by a hyphen to a lower-case word ("Israeli-occupied"). */
    private static boolean joinedToLowerCase(Analysis a, int end) {
        List<Token> ts = a.tokens();
        return end + 1 < ts.size() && "-".equals(ts.get(end).word())
                && ts.get(end).span().begin() == ts.get(end - 1).span().end()
                && ts.get(end + 1).span().begin() == ts.get(end).span().end()
                && Character.isLowerCase(ts.get(end + 1).word().charAt(0));
    }

    private static void addIfFree(List<Mention> ms, Span s) {
        if (ms.stream().noneMatch(m -> m.span().overlaps(s))) {
            ms.add(new Mention(s, EntityType.MISC, Mention.Kind.NAME, null));
        }
    }

    /** The end (exclusive) of the longest demonym of up to three words starting at token i ("Sri Lankans"), or -1. */
    private int demonymEnd(Analysis a, int i) {
        List<Token> ts = a.tokens();
        if ("DT".equals(ts.get(i).pos())) {
            return -1;
        }
        for (int end = Math.min(ts.size(), i + 3); end > i; end--) {
            Token last = ts.get(end - 1);
            if (last.sentence() != ts.get(i).sentence() || !Character.isUpperCase(last.word().charAt(0))) {
                continue;
            }
            if (isDemonym(a.text().substring(ts.get(i).span().begin(), last.span().end()))) {
                return end;
            }
        }
        return -1;
    }

    private boolean isDemonym(String phrase) {
        return isAdjective(phrase) || phrase.endsWith("s") && isAdjective(phrase.substring(0, phrase.length() - 1));
    }

    /** Whether the token before i is a capitalised word of the same name ("Native", "Atakapa"), not the sentence's first. */
    private static boolean afterName(Analysis a, List<Mention> ms, int i) {
        if (i == 0) {
            return false;
        }
        Token p = a.tokens().get(i - 1);
        Token t = a.tokens().get(i);
        boolean first = a.sentences().get(t.sentence()).firstToken() == i - 1;
        return p.sentence() == t.sentence() && p.span().end() < t.span().begin()
                && Character.isUpperCase(p.word().charAt(0)) && !isAcronym(p.word()) && "O".equals(p.ner())
                && (p.isProperNoun() || !first && "JJ".equals(p.pos()))
                && ms.stream().noneMatch(m -> m.span().overlaps(p.span()));
    }

    /**
     * Whether capitalised nouns in no mention follow from token {@code end} ("Premier League") and are neither a
     * title (headed by a role noun: "President", "Foreign Minister") nor followed by a person's name. Acronyms
     * ("ICBMs") are not names' words.
     */
    private boolean beforeName(Analysis a, List<Mention> ms, int end) {
        List<Token> ts = a.tokens();
        int k = end;
        while (k < ts.size() && ts.get(k).sentence() == ts.get(end - 1).sentence() && ts.get(k).isProperNoun()
                && Character.isUpperCase(ts.get(k).word().charAt(0)) && !isAcronym(ts.get(k).word())) {
            Span s = ts.get(k).span();
            if (!"O".equals(ts.get(k).ner()) || ms.stream().anyMatch(m -> m.span().overlaps(s))) {
                break;
            }
            k++;
        }
        if (k == end || vocabulary.roles().contains(ts.get(k - 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Span next = k < ts.size() ? ts.get(k).span() : null;
        return next == null || ms.stream().noneMatch(m -> m.type() == EntityType.PERSON && m.span().overlaps(next));
    }

    /** A headline in title case ("Russian Troops Enter Georgia"): capitals there do not mark names. */
    private static boolean titleCase(Analysis a, int sentence) {
        Sentence s = a.sentences().get(sentence);
        int words = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            String w = a.tokens().get(k).word();
            if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    private static boolean isAcronym(String w) {
        String letters = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return letters.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    private boolean isAdjective(String word) {
        return countries.match(word).map(m -> m.how() == Countries.How.ADJECTIVE).orElse(false);
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
