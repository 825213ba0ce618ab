package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The writer's words at the end of a reported statement, cut off on the surface: a relative clause glossing it
 * (", which makes him an outlier"), a tail of time, cause or concession (", although …", "- delaying …", "… as
 * rebels fired …"), a frame of saying closing the sentence (", a source said") and the occasion it was said on
 * ("… in a statement on Thursday"). Applied by {@link QuoteFinder} to every reported statement whichever finder
 * found it, so they live apart from {@link Frames}, which reads frames to find statements. Stateless.
 */
final class WritersTails {

    /** Participles that work as prepositions: "- including the re-emergence of questions …". */
    private static final Set<String> PREPOSITION_PARTICIPLES = Set.of("including", "according", "regarding",
            "concerning", "following", "excluding", "considering", "depending");

    /** Subordinators of the writer's circumstance after what was said ("condemned the launch as Pyongyang fired …"). */
    private static final Set<String> CIRCUMSTANCE = Set.of("as", "so");

    /** Nouns of the occasion or the medium of a statement: "… in a statement on Thursday", "in an interview with …". */
    private static final Set<String> OCCASIONS = Set.of("statement", "interview", "speech", "remarks", "appearance",
            "briefing", "conference", "tweet", "post", "letter", "op-ed", "email", "e-mail", "call");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> LINKING_PUNCT = Set.of(",", ";", "-", "--", "—");

    private WritersTails() {
    }

    /** All the cuts, in order: the occasion, a relative gloss, a trailing frame of saying, then the writer's tail. */
    static Span cut(Analysis a, Span content, CueLexicon lex) {
        return beforeWritersTail(a, beforeTrailingFrame(a, beforeGloss(a, beforeOccasion(a, content), lex), lex));
    }

    /**
     * "… the reality of climate change, which makes him an outlier": a relative clause after a comma that runs
     * to the end is the writer's gloss, not part of what was said.
     */
    static Span beforeGloss(Analysis a, Span content, CueLexicon lex) {
        List<Token> toks = a.tokensIn(content);
        for (int i = 3; i < toks.size(); i++) {
            Token x = toks.get(i);
            boolean gloss = ("WDT".equals(x.pos()) || "WP".equals(x.pos()) || x.word().equalsIgnoreCase("where")) && noCommaAfter(toks, i)
                    && !Frames.insideQuotation(a, x) && glossAfter(a, toks, i, lex);
            if (toks.get(i - 1).word().equals(",") && gloss) {
                return Contents.trim(a.text(), new Span(content.begin(), toks.get(i - 2).span().end()));
            }
        }
        return content;
    }

    static boolean noCommaAfter(List<Token> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            if (toks.get(k).word().equals(",") || toks.get(k).word().equals(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the relative clause opening at {@code i} is the writer's gloss: after a phrase ("cited the reality
     * of climate change, which …"), or when it has a verb of saying of its own ("…, which he said were …"). After
     * a reported clause ("said the candidate was headed to the venue, which she was doing when …") the speaker
     * usually goes on.
     */
    static boolean glossAfter(Analysis a, List<Token> toks, int i, CueLexicon lex) {
        for (int k = i + 1; k < toks.size(); k++) {
            if (toks.get(k).isVerb() && lex.speechVerb(toks.get(k).lemma())) {
                return true;
            }
        }
        // A main clause: a finite verb before any relative word ("the deaths that followed" is a phrase), not
        // after "to" (a mistagged infinitive) and not inside a quoted title.
        for (int k = 0; k < i - 1; k++) {
            Token x = toks.get(k);
            String p = x.pos() == null ? "" : x.pos();
            if (p.startsWith("W") || x.word().equalsIgnoreCase("that")) {
                return true;
            }
            boolean finite = p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
            if (finite && !(k > 0 && "TO".equals(toks.get(k - 1).pos())) && !Frames.insideQuotation(a, x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The writer's words at the end of a reported statement: ", although it may take days to …" and a description
     * of a name ("…, the presumed favorite") after a clause;
     * a participle after a dash ("thanked Trump for backing his priority - delaying a planned end to …"); and,
     * after a phrase (an object, a topic, an infinitive), a clause of time or cause with its own subject
     * ("condemned the launch as Pyongyang fired three missiles …", "agreed to release cash so Clarke could start").
     */
    static Span beforeWritersTail(Analysis a, Span content) {
        List<Token> toks = a.tokensIn(content);
        boolean clause = false;
        for (int i = 2; i < toks.size() - 1; i++) {
            Token x = toks.get(i);
            Token prev = toks.get(i - 1);
            Token before = toks.get(i - 2);
            clause |= Phrases.finite(before) && !Frames.insideQuotation(a, before);
            if (Frames.insideQuotation(a, x)) {
                continue;
            }
            String w = x.word().toLowerCase(Locale.ROOT);
            String p = x.pos() == null ? "" : x.pos();
            Token next = toks.get(i + 1);
            boolean comma = prev.word().equals(",");
            if (comma && (w.equals("although") || w.equals("though")) && finiteFrom(toks, i + 1)) {
                return Contents.trim(a.text(), new Span(content.begin(), before.span().end()));
            }
            // "said he did not support Mr. Trump, the presumed favorite": a description of a name that ends a
            // reported clause is the writer's ("including A, the singer B" is a list, not a description).
            boolean named = before.isProperNoun() || ")".equals(before.word()) || "-RRB-".equals(before.word());
            if (comma && clause && p.equals("DT") && named && !finiteOutsideRelative(toks, i + 1) && noCommaAfter(toks, i)
                    && toks.subList(0, i).stream().noneMatch(y -> y.word().equalsIgnoreCase("including"))) {
                return Contents.trim(a.text(), new Span(content.begin(), before.span().end()));
            }
            if (isDash(x) && i >= 3 && "VBG".equals(next.pos()) && !PREPOSITION_PARTICIPLES.contains(next.word().toLowerCase(Locale.ROOT))) {
                return Contents.trim(a.text(), new Span(content.begin(), prev.span().end()));
            }
            boolean afterDash = isDash(prev) || comma && isDash(before);
            if (!clause && !Phrases.finite(prev) && !afterDash && CIRCUMSTANCE.contains(w) && (p.equals("IN") || p.equals("RB") || p.equals("WRB"))
                    && subjectAndVerb(toks, i + 1) && noCommaAfter(toks, i)) {
                return Contents.trim(a.text(), new Span(content.begin(), (comma ? before : prev).span().end()));
            }
        }
        return content;
    }

    /** A finite verb from {@code from} on before any relative word: a clause of its own, not a description. */
    private static boolean finiteOutsideRelative(List<Token> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            Token x = toks.get(k);
            String p = x.pos() == null ? "" : x.pos();
            if (p.startsWith("W") || x.word().equalsIgnoreCase("that")) {
                return false;
            }
            if (Phrases.finite(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDash(Token x) {
        String w = x.word();
        return w.equals("--") || w.equals("—") || w.equals("–") || w.equals("-");
    }

    private static boolean finiteFrom(List<Token> toks, int from) {
        for (int k = from; k < toks.size(); k++) {
            if (Phrases.finite(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun phrase and then a finite verb start at {@code from}: a clause with its own subject. */
    private static boolean subjectAndVerb(List<Token> toks, int from) {
        int k = from;
        while (k < toks.size() && Frames.nounPhraseToken(toks.get(k)) && !"IN".equals(toks.get(k).pos()) && !"CC".equals(toks.get(k).pos())) {
            k++;
        }
        return k > from && k < toks.size() && Phrases.finite(toks.get(k));
    }

    /**
     * "… to reporters, a source said", "… for reclamation work, said Mr. Barrett, the lawyer …": a frame of
     * saying closing the sentence belongs to the statement's own attribution, not to what was said.
     */
    static Span beforeTrailingFrame(Analysis a, Span content, CueLexicon lex) {
        List<Token> toks = a.tokensIn(content);
        for (int j = toks.size() - 2; j >= 2 && toks.size() - j <= 20; j--) {
            if (!toks.get(j).word().equals(",")) {
                continue;
            }
            boolean saying = false;
            for (int k = j + 1; k < toks.size(); k++) {
                Token x = toks.get(k);
                String p = x.pos() == null ? "" : x.pos();
                boolean finite = p.equals("VBD") || p.equals("VBZ") || p.equals("VBP");
                boolean perfect = p.equals("VBN") && k > j + 1 && toks.get(k - 1).lemma().equals("have");
                if (Contents.isQuoteToken(x) || Frames.insideQuotation(a, x) || p.startsWith("W")
                        || p.equals("IN") && !(k == j + 1 && x.word().equalsIgnoreCase("as"))) {
                    return content; // a clause or a phrase of its own after the comma: not a bare frame
                }
                if ((finite || perfect) && lex.speechVerb(x.lemma()) && !saying) {
                    saying = true;
                } else if (p.startsWith("VB") || p.equals("MD")) {
                    if (!(x.lemma().equals("have") && k + 1 < toks.size() && "VBN".equals(toks.get(k + 1).pos()))) {
                        return content;
                    }
                }
            }
            if (saying) {
                return Contents.trim(a.text(), new Span(content.begin(), toks.get(j - 1).span().end()));
            }
        }
        return content;
    }

    /**
     * "called for more school investment in a statement on Thursday", "likened RT to the BBC … in an interview with
     * The Washington Post last week": the occasion or medium that ends a reported statement tells where it was
     * said, not what; it goes, with the comma before it. Inside quotation marks it stays.
     */
    static Span beforeOccasion(Analysis a, Span content) {
        List<Token> toks = a.tokensIn(content);
        for (int i = toks.size() - 2; i >= 2; i--) {
            Token x = toks.get(i);
            String w = x.word().toLowerCase(Locale.ROOT);
            if (!"IN".equals(x.pos()) || !(w.equals("in") || w.equals("during")) || Frames.insideQuotation(a, x)) {
                continue;
            }
            boolean occasion = false;
            for (int k = i + 1; k < toks.size() && k <= i + 4; k++) {
                Token y = toks.get(k);
                String p = y.pos() == null ? "" : y.pos();
                if (!(p.equals("DT") || p.equals("PRP$") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("HYPH"))) {
                    break;
                }
                occasion |= p.startsWith("NN") && OCCASIONS.contains(y.word().toLowerCase(Locale.ROOT));
            }
            boolean finiteAfter = toks.subList(i + 1, toks.size()).stream()
                    .anyMatch(y -> FINITE_TAGS.contains(y.pos()));
            if (occasion && !finiteAfter) {
                int end = i - 1;
                while (end > 0 && LINKING_PUNCT.contains(toks.get(end).word())) {
                    end--;
                }
                return Contents.trim(a.text(), new Span(content.begin(), toks.get(end).span().end()));
            }
        }
        return content;
    }
}
