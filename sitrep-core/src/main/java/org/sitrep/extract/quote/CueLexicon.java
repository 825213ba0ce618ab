package org.sitrep.extract.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.DataFiles;

/**
 * The words that signal a statement and stand for a speaker, read from the readable resource
 * {@code cues.txt} (one {@code [section]} per word class). Immutable once loaded.
 */
public final class CueLexicon {

    private final Map<String, Set<String>> sections;

    private CueLexicon(Map<String, Set<String>> sections) {
        this.sections = sections;
    }

    /** The lexicon shipped with Sitrep. */
    public static CueLexicon standard() {
        try {
            return parse(new BufferedReader(new StringReader(DataFiles.text(CueLexicon.class, "cues.txt"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueLexicon parse(BufferedReader r) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> current = null;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String l = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                current = out.computeIfAbsent(l.substring(1, l.length() - 1), k -> new HashSet<>());
            } else if (current != null) {
                if (l.contains(" ") && hash < 0 && isPhraseSection(out, current)) {
                    current.add(l.toLowerCase(Locale.ROOT));
                } else {
                    for (String w : l.split("\\s+")) {
                        current.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new CueLexicon(Map.copyOf(frozen));
    }

    private static boolean isPhraseSection(Map<String, Set<String>> all, Set<String> current) {
        return all.get("phrases") == current;
    }

    private boolean in(String section, String word) {
        return word != null && sections.getOrDefault(section, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean speechVerb(String lemma) {
        return in("speech-verbs", lemma) || in("weak-verbs", lemma) || in("object-verbs", lemma)
                || in("infinitive-verbs", lemma);
    }

    /** A verb that can frame a direct quotation: a speech verb or a verb of voicing ("chanted", "yelled"). */
    public boolean quoteVerb(String lemma) {
        return speechVerb(lemma) || in("quote-verbs", lemma);
    }

    public boolean objectVerb(String lemma) {
        return in("object-verbs", lemma);
    }

    public boolean infinitiveVerb(String lemma) {
        return in("infinitive-verbs", lemma);
    }

    public boolean sourceDocument(String noun) {
        return in("source-documents", noun);
    }

    /** Verbs whose object is a reported clause: "said (that) …", "told reporters (that) …". */
    public boolean clauseVerb(String lemma) {
        return in("clause-verbs", lemma);
    }

    /** Nouns that name a statement or a stance: "claim", "warning", "pledge". */
    public boolean speechNoun(String lemma) {
        return in("speech-nouns", lemma);
    }

    /** Verbs of talking, whose topic comes only with "about" or "of" ("spoke on a base" is a place). */
    public boolean talkVerb(String lemma) {
        return in("talk-verbs", lemma);
    }

    /** Verbs of deciding (rule, vote), whose topic comes only with "against" or "on" ("voted for Trump" is a ballot). */
    public boolean decisionVerb(String lemma) {
        return in("decision-verbs", lemma);
    }

    /** Verbs of the writer's evidence with a clause: "it appeared that …", "the lack of enthusiasm seems to be …". */
    public boolean evidentVerb(String lemma) {
        return in("evident-verbs", lemma);
    }

    /** Verbs of replying, whose topic follows "to" or "with" ("responded to requests for comment"). */
    public boolean replyVerb(String lemma) {
        return in("reply-verbs", lemma);
    }

    public boolean weakVerb(String lemma) {
        return in("weak-verbs", lemma);
    }

    /** Nouns of a point of view that make a source of the clause they frame: "in his view", "by one estimate". */
    public boolean viewNoun(String lemma) {
        return in("view-nouns", lemma) || in("estimate-nouns", lemma);
    }

    /** Nouns of a count or an estimate, a source with "by" and no holder named: "by one estimate". */
    public boolean estimateNoun(String lemma) {
        return in("estimate-nouns", lemma);
    }

    /** Verbs by which a rule says what may or must be done: "DNC rules permit members to …". */
    public boolean deonticVerb(String lemma) {
        return in("deontic-verbs", lemma);
    }

    /** Nouns of laws, rules and treaties, sources of what they allow or require. */
    public boolean ruleNoun(String lemma) {
        return in("rule-nouns", lemma);
    }

    /** Adjectives of a held stance: "were incensed that …", "critical of …", "willing to …". */
    public boolean stanceAdjective(String word) {
        return in("stance-adjectives", word);
    }

    /** Adjectives of the writer's evidence: "it was unclear whether …", "it is clear that …". */
    public boolean evidentAdjective(String word) {
        return in("evident-adjectives", word);
    }

    /** Verbs that name what something is: "called her vote a mistake", "dubbed the plan a fraud". */
    public boolean namingVerb(String lemma) {
        return in("naming-verbs", lemma);
    }

    /** Nouns of someone who holds a stance on something: "a staunch opponent of …", "a supporter of …". */
    public boolean stanceAgent(String lemma) {
        return in("stance-agents", lemma);
    }

    public boolean requestVerb(String lemma) {
        return in("request-verbs", lemma);
    }

    public boolean personRole(String noun) {
        return in("person-roles", noun);
    }

    /** The role noun an abbreviated title stands for ("Gov." → "governor"), else the word in lower case. */
    public String roleWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String e : sections.getOrDefault("role-abbreviations", Set.of())) {
            if (e.startsWith(w + "=")) {
                return e.substring(w.length() + 1);
            }
        }
        return w;
    }

    public boolean femaleRole(String word) {
        return in("female-roles", word);
    }

    public boolean maleRole(String word) {
        return in("male-roles", word);
    }

    public boolean organisationNoun(String noun) {
        return in("organisation-nouns", noun);
    }

    public boolean anonymous(String noun) {
        return in("anonymous", noun);
    }

    /** Multi-word cues that need no verb ("according to"). */
    public Set<String> phrases() {
        return sections.getOrDefault("phrases", Set.of());
    }
}
