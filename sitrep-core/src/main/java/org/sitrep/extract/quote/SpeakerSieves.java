package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Story;
import org.sitrep.model.Token;
import org.sitrep.nlp.NameGender;

/**
 * Resolves the speaker of each statement with ordered sieves, most precise first: a name at the subject
 * ({@code name}); a name inside the subject phrase, after a title or in an appositive ({@code appositive});
 * a pronoun ({@code pronoun}) or a nominal ("the spokesman", "the ministry": {@code nominal}) resolved to the
 * last compatible entity; a quote standing alone continues the conversation before it ({@code continuation});
 * an anonymous or unresolved source keeps its mention only ({@code mention}); otherwise {@code unknown}.
 */
final class SpeakerSieves {

    /** A resolved statement, and the pronoun or nominal mention the resolution linked (or null). */
    record Resolved(Quote quote, Mention linked) {
    }

    private final CueLexicon lex;
    private final NameGender gender;

    SpeakerSieves(CueLexicon lex, NameGender gender) {
        this.lex = lex;
        this.gender = gender;
    }

    List<Resolved> resolve(Analysis a, DepTree t, List<Candidate> candidates, Roles.Held people) {
        List<Resolved> out = new ArrayList<>();
        List<Quote> done = new ArrayList<>();
        for (Candidate c : candidates) {
            Resolved r = resolveOne(a, t, c, people.first(), people.words(), done);
            if (r == null) {
                continue;
            }
            r = relativeMention(t, c, r);
            out.add(r);
            done.add(r.quote());
        }
        return out;
    }

    private Resolved resolveOne(Analysis a, DepTree t, Candidate c, Map<String, String> roles, Map<String, Set<String>> held,
            List<Quote> done) {
        if (!c.hasSubject() && c.kind() != Quote.Kind.DIRECT) {
            return quote(c, Quote.Speaker.UNKNOWN, 0.2, "unknown", null);
        }
        if (!c.hasSubject()) {
            Quote prev = continuation(a, c, done);
            if (prev != null) {
                return quote(c, new Quote.Speaker(prev.speaker().entity(), prev.speaker().name(), null), 0.6,
                        "continuation", null);
            }
            if (c.cue() != null) {
                return quote(c, Quote.Speaker.UNKNOWN, 0.2, "unknown", null); // framed by a speech verb: a quote, speaker unclear
            }
            return null; // a quotation with no frame and no conversation around it: nobody to attribute it to
        }
        int h = c.subjectHead();
        Span phrase = c.subject() != null ? c.subject() : t.token(h).span();
        // 1. A name at the head of the subject.
        Mention name = h >= 0 ? nameAt(a, t.token(h).span()) : null;
        if (name != null) {
            return quote(c, speaker(a, name), 0.95, "name", null);
        }
        // 2. A name inside the subject phrase: title before it, appositive after it.
        Mention inner = nameInside(a, phrase);
        if (inner != null) {
            return quote(c, speaker(a, inner), 0.9, "appositive", null);
        }
        if (h < 0) {
            return quote(c, new Quote.Speaker(null, null, phrase), 0.3, "mention", null);
        }
        // "John Bentel, a tech staffer at the State Department who told …": the subject is an appositive of a name.
        Mention described = t.rel(h).equals("appos") && t.head(h) >= 0 ? nameAt(a, t.token(t.head(h)).span()) : null;
        if (described != null && described.type() != EntityType.LOCATION) {
            return quote(c, speaker(a, described), 0.85, "appositive", null);
        }
        Token head = t.token(h);
        String w = head.word().toLowerCase(Locale.ROOT);
        // 3. Pronouns.
        if (head.isPronoun() || w.equals("he") || w.equals("she")) {
            Entity e = pronoun(a, w, c.content().begin(), done, roles);
            if (e != null) {
                Mention m = new Mention(head.span(), e.type(), Mention.Kind.PRONOUN, e.id());
                return quote(c, new Quote.Speaker(e.id(), e.name(), head.span()), 0.8, "pronoun", m);
            }
            return quote(c, new Quote.Speaker(null, null, phrase), 0.3, "mention", null);
        }
        // 4. Nominals.
        String noun = head.lemma() == null ? w : head.lemma().toLowerCase(Locale.ROOT);
        if (head.isNoun() && definite(a, t, h)) {
            Entity e = null;
            if (lex.personRole(noun)) {
                e = byRole(a, t, h, noun, c.content().begin(), held);
            } else if (lex.organisationNoun(noun)) {
                e = byOrganisationNoun(a, noun, c.content().begin(), done);
            }
            if (e != null) {
                Mention m = new Mention(phrase, e.type(), Mention.Kind.NOMINAL, e.id());
                return quote(c, new Quote.Speaker(e.id(), e.name(), phrase), 0.75, "nominal", m);
            }
        }
        return quote(c, new Quote.Speaker(null, null, phrase), 0.4, "mention", null);
    }

    /**
     * "Mr. Kamin, who emphasized that …": the speaker's mention in the statement's own clause is the relative
     * pronoun (as a pronoun's is "he"), its entity the noun it stands for. An unresolved speaker keeps the noun
     * phrase, the only words that say who it is.
     */
    private static Resolved relativeMention(DepTree t, Candidate c, Resolved r) {
        Quote q = r.quote();
        if (q.speaker().name() == null || c.subjectHead() < 0 || c.cue() == null || c.headline()) {
            return r;
        }
        int h = c.subjectHead();
        Span phrase = c.subject() != null ? c.subject() : t.token(h).span();
        for (int p = h + 1; p < t.size() && p <= h + 12 && t.token(p).span().begin() < c.cue().begin(); p++) {
            Token tok = t.token(p);
            boolean subject = t.baseRel(p).equals("nsubj") || t.head(p) >= 0 && Subjects.relativeSubject(t, t.head(p)) == p;
            if (!("WP".equals(tok.pos()) || "WDT".equals(tok.pos())) || !subject) {
                continue;
            }
            int x = t.head(p);
            for (int steps = 0; steps < 4 && x >= 0; steps++) {
                int up = t.head(x);
                boolean relative = t.rel(x).equals("acl:relcl") || t.baseRel(x).equals("acl") || t.rel(x).equals("dep");
                if (relative && up >= 0 && (up == h || phrase.contains(t.token(up).span())) && covers(t, x, c.cue())
                        && !commaBetween(t, p, c.cue())) {
                    Quote.Speaker s = new Quote.Speaker(q.speaker().entity(), q.speaker().name(), tok.span());
                    return new Resolved(new Quote(q.kind(), q.content(), q.cue(), s, q.confidence(), q.sieve(), q.time()), r.linked());
                }
                x = up;
            }
        }
        return r;
    }

    /** "Lund, an engineer who inspected the dam, recalled": a comma closes the relative clause before the cue. */
    private static boolean commaBetween(DepTree t, int p, Span cue) {
        for (int k = p + 1; k < t.size() && t.token(k).span().end() <= cue.begin(); k++) {
            if (t.token(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue lies in the subtree of {@code x}. */
    private static boolean covers(DepTree t, int x, Span cue) {
        for (int k : t.subtree(x)) {
            if (t.token(k).span().overlaps(cue)) {
                return true;
            }
        }
        return false;
    }

    private static Resolved quote(Candidate c, Quote.Speaker s, double confidence, String sieve, Mention linked) {
        double conf = c.kind() == Quote.Kind.DIRECT ? confidence : confidence * 0.9;
        return new Resolved(new Quote(c.kind(), c.content(), c.cue(), s, Math.round(conf * 100) / 100.0, sieve, null), linked);
    }

    private static Quote.Speaker speaker(Analysis a, Mention m) {
        Entity e = m.entity() == null ? null : a.entity(m.entity());
        if (e == null) {
            return new Quote.Speaker(null, m.span().of(a.text()).replaceAll("\\s+", " ").replaceAll("[’']s$", ""), m.span());
        }
        return new Quote.Speaker(e.id(), e.name(), m.span());
    }

    /** The name mention (person, body or place) covering a token, or null. */
    private static Mention nameAt(Analysis a, Span token) {
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.span().contains(token) && m.type() != EntityType.MISC) {
                return m;
            }
        }
        return null;
    }

    /**
     * The last person name inside a phrase ("Russian Foreign Ministry spokeswoman Maria Zakharova"), or null.
     * A body named inside a person's phrase ("a spokesman for the ministry") is not the speaker.
     */
    private static Mention nameInside(Analysis a, Span phrase) {
        Mention person = null;
        for (Mention m : a.mentions()) {
            if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && phrase.contains(m.span())) {
                person = m;
            }
        }
        return person;
    }

    private boolean definite(Analysis a, DepTree t, int h) {
        for (int c : t.children(h)) {
            String r = t.rel(c);
            String w = t.token(c).word().toLowerCase(Locale.ROOT);
            if (r.equals("det") && (w.equals("the") || w.equals("this") || w.equals("that"))
                    || r.startsWith("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    /** The speaker of the statement before a quote standing alone, if it is in the same story and close. */
    private static Quote continuation(Analysis a, Candidate c, List<Quote> done) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Quote q = done.get(i);
            if (q.content().end() > c.content().begin()) {
                continue;
            }
            if (!q.speaker().known() && q.kind() != Quote.Kind.DIRECT) {
                continue; // an unattributed reported clause in between does not end the conversation
            }
            if (!q.speaker().known() || !sameStory(a, q.content().begin(), c.content().begin())) {
                return null;
            }
            String between = a.text().substring(q.content().end(), c.content().begin());
            long paragraphs = between.chars().filter(ch -> ch == '\n').count();
            return paragraphs <= 2 ? q : null;
        }
        return null;
    }

    private Entity pronoun(Analysis a, String w, int pos, List<Quote> done, Map<String, String> roles) {
        boolean person = w.equals("he") || w.equals("she") || w.equals("i");
        if (!person && !w.equals("it")) {
            return null;
        }
        for (int i = done.size() - 1; i >= 0; i--) {
            Quote q = done.get(i);
            if (q.content().begin() >= pos || q.speaker().entity() == null) {
                continue;
            }
            if (!sameStory(a, q.content().begin(), pos)) {
                break;
            }
            Entity e = a.entity(q.speaker().entity());
            if (e != null && compatible(e, w, roles)) {
                return e;
            }
        }
        return lastMentionedBefore(a, pos, e -> compatible(e, w, roles));
    }

    private boolean compatible(Entity e, String pronoun, Map<String, String> roles) {
        if (pronoun.equals("it")) {
            return e.type() == EntityType.ORGANIZATION;
        }
        if (e.type() != EntityType.PERSON) {
            return false;
        }
        NameGender.Gender g = genderOf(e, roles);
        return pronoun.equals("he") ? g != NameGender.Gender.FEMALE : pronoun.equals("she") ? g != NameGender.Gender.MALE : true;
    }

    private NameGender.Gender genderOf(Entity e, Map<String, String> roles) {
        String role = roles.get(e.id());
        if (role != null) {
            for (String w : role.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (lex.femaleRole(w)) {
                    return NameGender.Gender.FEMALE;
                }
                if (lex.maleRole(w)) {
                    return NameGender.Gender.MALE;
                }
            }
        }
        String first = e.name().split("\\s+")[0];
        if (lex.femaleRole(first.toLowerCase(Locale.ROOT))) {
            return NameGender.Gender.FEMALE;
        }
        if (lex.maleRole(first.toLowerCase(Locale.ROOT))) {
            return NameGender.Gender.MALE;
        }
        return gender.of(first);
    }

    /**
     * "the spokesman", "the prime minister": the person named last before {@code pos} whom the article gave
     * that role (its modifiers too when some holder has them: "prime" picks the prime minister over the foreign
     * minister). None when nobody holds it or two holders were last named in the same sentence.
     */
    private Entity byRole(Analysis a, DepTree t, int h, String noun, int pos, Map<String, Set<String>> held) {
        Set<String> modifiers = new HashSet<>();
        for (int c : t.children(h)) {
            String w = t.token(c).word();
            if (c < h && (t.rel(c).equals("compound") || t.rel(c).equals("amod")) && w.equals(w.toLowerCase(Locale.ROOT))) {
                modifiers.add(lex.roleWord(w));
            }
        }
        Predicate<Entity> holder = e -> e.type() == EntityType.PERSON && held.getOrDefault(e.id(), Set.of()).contains(noun);
        Latest strict = latest(a, pos, holder.and(e -> held.get(e.id()).containsAll(modifiers)));
        Latest found = strict.entity() != null || modifiers.isEmpty() ? strict : latest(a, pos, holder);
        return found.tied() ? null : found.entity();
    }

    /** The entity named last before a position, and whether another was last named in the same sentence. */
    private record Latest(Entity entity, boolean tied) {
    }

    private static Latest latest(Analysis a, int pos, Predicate<Entity> ok) {
        Entity best = lastMentionedBefore(a, pos, ok);
        if (best == null) {
            return new Latest(null, false);
        }
        int bestAt = lastBefore(a, best, pos);
        Entity second = lastMentionedBefore(a, pos, ok.and(e -> !e.id().equals(best.id())));
        boolean tied = second != null && a.sentenceAt(lastBefore(a, second, pos)) == a.sentenceAt(bestAt);
        return new Latest(best, tied);
    }

    private static int lastBefore(Analysis a, Entity e, int pos) {
        int at = -1;
        for (Mention m : e.mentions()) {
            if (m.span().begin() < pos && sameStory(a, m.span().begin(), pos)) {
                at = Math.max(at, m.span().begin());
            }
        }
        return at;
    }


    /** "the ministry": the last body before {@code pos} whose name holds the noun. */
    private static Entity byOrganisationNoun(Analysis a, String noun, int pos, List<Quote> done) {
        return lastMentionedBefore(a, pos, e -> e.type() != EntityType.PERSON && words(e.name()).contains(noun));
    }

    /** The entity that {@code ok} accepts and whose latest mention before {@code pos}, in the same story, is nearest. */
    private static Entity lastMentionedBefore(Analysis a, int pos, Predicate<Entity> ok) {
        Entity best = null;
        int bestPos = -1;
        for (Entity e : a.entities()) {
            if (!ok.test(e)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                int b = m.span().begin();
                if (b < pos && b > bestPos && sameStory(a, b, pos)) {
                    best = e;
                    bestPos = b;
                }
            }
        }
        return best;
    }

    private static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[\\s\\-]+"));
    }

    private static boolean sameStory(Analysis a, int x, int y) {
        for (Story s : a.stories()) {
            if (s.span().contains(x)) {
                return s.span().contains(y);
            }
        }
        return true;
    }
}
