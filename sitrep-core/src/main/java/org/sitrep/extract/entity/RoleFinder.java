package org.sitrep.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.knowledge.Countries;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds the role the text gives a person: a title before the name ("Russian President Vladimir Putin",
 * "Azerbaijani leader Ilham Aliyev") or an apposition after it ("Ilham Aliyev, the president of
 * Azerbaijan,"). A bare spokesperson title takes the organisation the same sentence names, for whom the
 * spokesperson speaks ("The Kremlin regrets …, spokesman Dmitry Peskov said" → "Kremlin spokesman").
 */
final class RoleFinder {

    private static final Set<String> MODIFIERS = Set.of("former", "acting", "deputy", "interim", "senior", "top",
            "vice", "chief", "first", "then", "outgoing", "incoming");
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "NUMBER", "ORDINAL", "DURATION", "SET");
    private static final int MAX_APPOSITION = 8;

    private final Countries countries;
    private final Vocabulary vocabulary;

    RoleFinder(Countries countries, Vocabulary vocabulary) {
        this.countries = countries;
        this.vocabulary = vocabulary;
    }

    /** The most specific role found at any of the person's mentions, or null. */
    String role(Analysis a, List<Mention> personMentions, List<Mention> all, Function<Mention, String> canonical) {
        String best = null;
        for (Mention m : personMentions) {
            for (String r : new String[] {before(a, m), after(a, m)}) {
                if (r == null) {
                    continue;
                }
                r = qualify(a, m, r, all, canonical);
                if (best == null || r.split(" ").length > best.split(" ").length) {
                    best = r;
                }
            }
        }
        return best;
    }

    private boolean isRole(String word) {
        return vocabulary.roles().contains(word.toLowerCase(Locale.ROOT));
    }

    private boolean accept(Token t) {
        String w = t.word();
        if (TEMPORAL.contains(t.ner()) || "PERSON".equals(t.ner())) {
            return false;
        }
        return isRole(w) || t.isProperNoun() || MODIFIERS.contains(w.toLowerCase(Locale.ROOT))
                || countries.match(w).isPresent();
    }

    /** A title right before the name, ending in a role noun. */
    private String before(Analysis a, Mention m) {
        List<Token> ts = a.tokens();
        int first = Tokens.at(a, m.span().begin());
        if (first <= 0) {
            return null;
        }
        int sentence = ts.get(first).sentence();
        int j = first - 1;
        if (!isRole(ts.get(j).word()) || ts.get(j).sentence() != sentence) {
            return null;
        }
        while (j - 1 >= 0 && ts.get(j - 1).sentence() == sentence && accept(ts.get(j - 1))) {
            j--;
        }
        return a.text().substring(ts.get(j).span().begin(), ts.get(first - 1).span().end());
    }

    /** An apposition right after the name: ", the president of Azerbaijan," */
    private String after(Analysis a, Mention m) {
        List<Token> ts = a.tokens();
        int last = Tokens.at(a, m.span().end() - 1);
        if (last < 0 || last + 2 >= ts.size() || !ts.get(last + 1).word().equals(",")) {
            return null;
        }
        int sentence = ts.get(last).sentence();
        int from = last + 2;
        while (from < ts.size() && "DT".equals(ts.get(from).pos())) {
            from++;
        }
        boolean role = false;
        int to = from;
        while (to < ts.size() && ts.get(to).sentence() == sentence && to - from < MAX_APPOSITION) {
            Token t = ts.get(to);
            if (t.word().equals(",") || t.word().equals(".") || t.isVerb() || t.isPronoun()
                    || "PERSON".equals(t.ner())) {
                break;
            }
            role |= isRole(t.word());
            to++;
        }
        boolean closed = to < ts.size() && (ts.get(to).word().equals(",") || ts.get(to).word().equals("."));
        if (!role || !closed || to == from) {
            return null;
        }
        return a.text().substring(ts.get(from).span().begin(), ts.get(to - 1).span().end());
    }

    /** A bare "spokesman" speaks for the organisation named in the same sentence. */
    private String qualify(Analysis a, Mention person, String role, List<Mention> all, Function<Mention, String> canonical) {
        if (!SPOKES.contains(role.toLowerCase(Locale.ROOT))) {
            return role;
        }
        int sentence = a.tokens().get(Tokens.at(a, person.span().begin())).sentence();
        Mention best = null;
        for (Mention o : all) {
            if (o.type() != EntityType.ORGANIZATION || o.kind() != Mention.Kind.NAME) {
                continue;
            }
            int i = Tokens.at(a, o.span().begin());
            if (i >= 0 && a.tokens().get(i).sentence() == sentence
                    && (best == null || Math.abs(o.span().begin() - person.span().begin())
                    < Math.abs(best.span().begin() - person.span().begin()))) {
                best = o;
            }
        }
        return best == null ? role : canonical.apply(best) + " " + role;
    }
}
