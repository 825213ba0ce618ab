package org.sitrep.extract.event;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The final PLOVER type, CAMEO code and mode of an event: an intended or conditional act becomes AGREE or
 * THREATEN, a refusal announced for the future REJECT, a threat takes the mode of what it threatens, an
 * assault the mode of its instrument and a protest with stones or fire bombs "riot". Kept in one place
 * because these rules rewrite the lexicon's coding together and must agree with one another.
 */
final class Modes {

    /** An event's type, CAMEO code and mode (mode may be null). */
    record Coding(String type, String cameo, String mode) {
    }

    static final Set<String> VERBAL = Set.of("AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "STATEMENT");

    private final EventLexicon lexicon;
    private final EventActors actors;

    Modes(EventLexicon lexicon, EventActors actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    /**
     * The coding of pattern {@code p} on trigger word {@code t} under {@code chain}, given the clause's
     * modality and the event's evidence span.
     */
    Coding code(Clause c, EventLexicon.Pattern p, int t, List<Integer> chain, String modality, Span evidence) {
        String type = p.type();
        String cameo = p.cameo();
        int quad = quad(cameo);
        // PLOVER codes intentions to cooperate as AGREE and intended or conditional coercion as THREATEN;
        // a refusal announced for the future ("would not meet their demands") is a rejection.
        if (Modality.NEGATED.equals(modality) && quad <= 2 && Modality.future(c, chain, lexicon)) {
            type = "REJECT";
            cameo = "120";
        } else if (!VERBAL.contains(type) && !"CONCEDE".equals(type)) {
            if (Modality.INTEND.equals(modality) && quad <= 2) {
                type = "AGREE";
                cameo = intentToCooperate(cameo);
            } else if ((Modality.INTEND.equals(modality) || Modality.HYPOTHETICAL.equals(modality)
                    || Modality.POSSIBLE.equals(modality)) && quad == 4 || "SANCTION".equals(type)
                    && Modality.INTEND.equals(modality)) {
                type = "THREATEN";
                cameo = threat(cameo);
            }
        }
        // (an intent to act or a refusal is not the act: PLOVER gives AGREE and REJECT none of its modes)
        String mode = type.equals(p.type()) ? p.mode() : null;
        if ("THREATEN".equals(type) && !"THREATEN".equals(p.type())) {
            mode = threatMode(p.type(), p.mode()); // "plans to attack": a threat of violence
        } else if ("THREATEN".equals(type) && mode == null) {
            mode = threatened(c, t); // "threatened to shell the towns": what is threatened sets the mode
        }
        if (mode == null && "ASSAULT".equals(type)) {
            mode = instrument(c, evidence);
        }
        if ("PROTEST".equals(type) && !"riot".equals(mode) && mentions(c, evidence, "riot")) {
            mode = "riot"; // PLOVER: a protest with stones or fire bombs is a violent protest
        }
        return new Coding(type, cameo, mode);
    }

    /** CAMEO's quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    static int quad(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** An ASSAULT's mode from its instrument words; a suicide attack outranks the weapon it used. */
    private String instrument(Clause c, Span evidence) {
        if (mentions(c, evidence, "suicide-attack")) {
            return "suicide-attack";
        }
        for (Token tok : c.analysis.tokensIn(evidence)) {
            String l = tok.lemma() == null ? tok.word().toLowerCase() : tok.lemma().toLowerCase();
            for (String mode : List.of("heavy-weapons", "explosives", "firearms")) {
                if (lexicon.words(mode).contains(l)) {
                    return mode;
                }
            }
        }
        return null;
    }

    /** Whether a word of the named list occurs in the span. */
    private boolean mentions(Clause c, Span span, String list) {
        Set<String> words = lexicon.words(list);
        for (Token tok : c.analysis.tokensIn(span)) {
            String l = tok.lemma() == null ? tok.word().toLowerCase() : tok.lemma().toLowerCase();
            if (words.contains(l) || words.contains(tok.word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** CAMEO 03x for an intended act of cooperation of the given family. */
    private static String intentToCooperate(String cameo) {
        return switch (cameo.substring(0, 2)) {
            case "04" -> "036";
            case "05" -> "032";
            case "06" -> "031";
            case "07" -> "033";
            case "08" -> "035";
            default -> "030";
        };
    }

    /**
     * The mode of a threat verb's threatened act: the first lexicon match inside its complement; a protest
     * that police or troops say they will not tolerate is a threat of repression ("political"); with no
     * match, words of force ("terrorist activities", "use force") make it a threat of violence; else null.
     */
    private String threatened(Clause c, int t) {
        for (int comp : c.children(t, "xcomp", "ccomp")) {
            for (int i = c.firstToken(); i < c.endToken(); i++) {
                if (i != t && c.dominates(comp, i)) {
                    Trigger m = Trigger.match(c, lexicon, i);
                    if (m != null && m.pattern().pos() != 'm') {
                        if ("PROTEST".equals(m.pattern().type()) && forceSubject(c, comp)) {
                            return "political";
                        }
                        return threatMode(m.pattern().type(), m.pattern().mode());
                    }
                }
            }
            Span whole = c.clauseSpan(comp);
            if (mentions(c, whole, "violence")) {
                return "violence";
            }
        }
        return null;
    }

    /** Whether the clause's subject is a police or military actor. */
    private boolean forceSubject(Clause c, int clause) {
        for (int k : c.children(clause, "nsubj")) {
            String sector = actors.actor(c, c.phrase(k)).sector();
            if ("COP".equals(sector) || "MIL".equals(sector)) {
                return true;
            }
        }
        return false;
    }

    /**
     * PLOVER's THREATEN mode for a threatened act: force is "violence", cutting ties "relations", other
     * sanctions "restrict"; coercion keeps its own mode (a curfew, martial law) or is repression, "political".
     */
    static String threatMode(String type, String mode) {
        return switch (type) {
            case "ASSAULT", "MOBILIZE" -> "violence";
            case "SANCTION" -> "withdraw".equals(mode) || "discontinue".equals(mode) ? "relations" : "restrict";
            case "COERCE" -> mode == null || mode.equals("arrest") ? "political" : mode;
            // (CAMEO 1312 "threaten to boycott" is PLOVER's "restrict"; 133, other dissent, is "relations")
            case "PROTEST" -> "boycott".equals(mode) ? "restrict" : "relations";
            default -> mode;
        };
    }

    /** CAMEO 13x for an intended or conditional act of coercion or violence of the given family. */
    private static String threat(String cameo) {
        return switch (cameo.substring(0, 2)) {
            case "14" -> "133";
            case "16" -> "131";
            case "17" -> "132";
            case "15", "18", "19", "20" -> "138";
            default -> "130";
        };
    }
}
