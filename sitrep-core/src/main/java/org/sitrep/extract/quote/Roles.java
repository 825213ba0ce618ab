package org.sitrep.extract.quote;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The role a text gives a person where it names them: the title before the name ("Russian Foreign
 * Ministry spokeswoman Maria Zakharova") or the appositive after it ("Peskov, the Kremlin spokesman,").
 * A role must hold a role noun of the lexicon, so "Earlier in September, Putin" gives none.
 */
final class Roles {

    private Roles() {
    }

    /**
     * The roles of the article's people, by entity id: the first role each is given (for the entity layer and
     * pronoun gender), and every role word it is given anywhere it is named, abbreviated titles spelt out
     * ("Gov." → "governor"): what "the governor" may refer back to.
     */
    record Held(Map<String, String> first, Map<String, Set<String>> words) {
    }

    /** One pass over the person names: the title before each and its appositive. */
    static Held find(Analysis a, DepTree t, CueLexicon lex) {
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            if (m.kind() != Mention.Kind.NAME || m.type() != EntityType.PERSON || m.entity() == null) {
                continue;
            }
            String before = before(a, lex, m);
            String appositive = appositive(a, t, lex, m);
            if (!first.containsKey(m.entity()) && (before != null || appositive != null)) {
                first.put(m.entity(), before != null ? before : appositive);
            }
            for (String role : new String[] {before, appositive}) {
                if (role == null) {
                    continue;
                }
                for (String w : role.split("[\\s\\-]+")) {
                    words.computeIfAbsent(m.entity(), k -> new HashSet<>()).add(lex.roleWord(w));
                }
            }
        }
        return new Held(first, words);
    }

    private static String before(Analysis a, CueLexicon lex, Mention m) {
        int first = firstToken(a, m);
        if (first < 0) {
            return null;
        }
        int sentence = a.tokens().get(first).sentence();
        int lo = first;
        boolean roleNoun = false;
        for (int k = first - 1; k >= 0; k--) {
            Token tok = a.tokens().get(k);
            if (tok.sentence() != sentence || tok.pos() == null) {
                break;
            }
            boolean nominal = tok.pos().startsWith("NN") || tok.pos().equals("JJ") || tok.pos().equals("NNP");
            if (!nominal || "PERSON".equals(tok.ner())) {
                break;
            }
            if (lex.personRole(lex.roleWord(tok.word())) || lex.personRole(tok.lemma())) {
                roleNoun = true;
            }
            lo = k;
        }
        if (!roleNoun || lo == first) {
            return null;
        }
        // Drop a sentence-initial capital that is not part of the title ("Meanwhile President X").
        return a.text().substring(a.tokens().get(lo).span().begin(), a.tokens().get(first - 1).span().end());
    }

    private static String appositive(Analysis a, DepTree t, CueLexicon lex, Mention m) {
        int last = lastToken(a, m);
        if (last < 0) {
            return null;
        }
        for (int c : t.children(last)) {
            if (t.rel(c).equals("appos") && c > last) {
                Token head = t.token(c);
                if (lex.personRole(head.lemma()) || lex.personRole(head.word().toLowerCase(Locale.ROOT))) {
                    String s = t.span(c).of(a.text()).replaceFirst("^(?i)(the|a|an)\\s+", "");
                    return s.length() > 80 ? null : s;
                }
            }
        }
        return null;
    }

    static int firstToken(Analysis a, Mention m) {
        for (Token t : a.tokensIn(m.span())) {
            return t.index();
        }
        return -1;
    }

    static int lastToken(Analysis a, Mention m) {
        return lastToken(a, m.span());
    }

    /** The index of the last token inside {@code s}, or -1. */
    static int lastToken(Analysis a, Span s) {
        List<Token> in = a.tokensIn(s);
        return in.isEmpty() ? -1 : in.get(in.size() - 1).index();
    }
}
