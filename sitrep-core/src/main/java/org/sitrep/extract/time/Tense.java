package org.sitrep.extract.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The tense a time expression is told in, from the verb group nearest before it in its sentence (the one
 * after it when none comes before): "said on Tuesday" is past, "will meet on Tuesday" and "plans to
 * resume Monday" are future, "meet Monday" is present, which news uses for what is scheduled.
 * Words just before the expression that look ahead ("as early as", "scheduled … for") make it future.
 */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN,
    /** "would", "could", "might": reported plans ("would be travelling Thursday") as often as past habits. */
    CONDITIONAL;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PAST_MODALS = Set.of("would", "could", "might", "should");

    private static final Pattern AHEAD = Pattern.compile("(?i)(\\bas (soon|early) as\\b[^.;]{0,30}|"
            + "\\bno later than\\s+(on\\s+)?|\\bscheduled\\b[^.;]{0,50}|\\b(planned|slated|set)\\s+(for|to\\s+\\w+)\\s+(\\w+\\s+){0,2}|\\b(plans?|planned|planning)\\s+(an?|the)\\s+[^.;,]{0,40})$");

    static Tense of(Analysis a, Span span) {
        Sentence s = a.sentenceAt(span.begin());
        if (s == null) {
            return UNKNOWN;
        }
        String before = a.text().substring(Math.max(s.span().begin(), span.begin() - 60), span.begin());
        if (pastPerfect(a, span)) {
            return PAST;
        }
        if (AHEAD.matcher(before).find()) {
            return FUTURE;
        }
        List<Token> tokens = a.tokensOf(s);
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().begin() >= span.begin()) {
                break;
            }
            if (verbal(t)) {
                last = i;
            }
        }
        // "filed a suit to overturn it, but in March a judge ruled": a clause break between the verb before
        // and the expression means the expression is fronted in the next clause, whose verb comes after it.
        if (last < 0 || clauseBreak(tokens, last, span)) {
            int after = verbAfter(tokens, span);
            if (after >= 0) {
                last = after;
            }
        }
        if (last < 0) {
            return UNKNOWN;
        }
        int first = groupStart(tokens, last);
        // "has fluctuated, rising to a high in March": a participle clause takes the tense of the verb it hangs on.
        // Climbing, an infinitive passed on the way ("voted for a force to protect it, with troops arriving
        // Tuesday") is not the verb the participle hangs on either.
        int governing = first - 1;
        boolean climbed = false;
        while (nonFinite(tokens, first, last) || climbed && "TO".equals(tokens.get(first).pos())) {
            climbed = true;
            while (governing >= 0 && !verbal(tokens.get(governing))) {
                governing--;
            }
            if (governing < 0) {
                break;
            }
            last = governing;
            first = groupStart(tokens, last);
            governing = first - 1;
        }
        return ofGroup(tokens.subList(first, last + 1));
    }

    private static int groupStart(List<Token> tokens, int last) {
        int first = last;
        while (first > 0 && (verbal(tokens.get(first - 1)) || "RB".equals(tokens.get(first - 1).pos())
                || "TO".equals(tokens.get(first - 1).pos()))) {
            first--;
        }
        return first;
    }

    /**
     * A lone "-ing" participle ("rising", "leaving") has no tense of its own. An infinitive after a noun ("an
     * agreement to acquire", "guidelines to be published") does look ahead of its clause, so it keeps its own.
     */
    private static boolean nonFinite(List<Token> tokens, int first, int last) {
        // "a bank holding company", "the trading day": an "-ing" word before a common noun names a kind of thing.
        boolean modifier = last + 1 < tokens.size() && tokens.get(last + 1).pos() != null
                && tokens.get(last + 1).pos().matches("NNS?");
        return !modifier && tokens.subList(first, last + 1).stream().filter(Tense::verbal)
                .allMatch(t -> "VBG".equals(t.pos()));
    }

    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\s+(?:(?:not|never|already|previously|"
            + "long|just|n't)\\s+)*(?:been\\s+)?\\w+(?:ed|en|wn|ne|t)\\b(?:\\s+(?:due\\s+)?to\\s+\\w+)?(?:\\s+(?:at|on|for|by|until|in))?(?:\\s+the)?\\s*$");
    private static final Pattern PAST_PERFECT_AFTER = Pattern.compile("(?i)^[^.;]{0,40}?\\bhad\\s+(?:(?:not|never|already|"
            + "previously|n't)\\s+)*(?:been\\s+)?\\w+(?:ed|en|wn|ne|t)\\b");

    /**
     * "had been due to expire Friday", "had been scheduled for Friday", "Until Thursday, they had not called
     * him a suspect": the past perfect sets what it tells before the moment of telling, whatever the verb
     * after it looks forward to.
     */
    static boolean pastPerfect(Analysis a, Span span) {
        Sentence s = a.sentenceAt(span.begin());
        if (s == null) {
            return false;
        }
        String before = a.text().substring(Math.max(s.span().begin(), span.begin() - 50), span.begin());
        if (PAST_PERFECT.matcher(before).find()) {
            return true;
        }
        // The expression leads its sentence ("Until Thursday, they had ..."): the verb after it.
        boolean leads = before.isBlank() || before.trim().split("\\s+").length <= 2;
        return leads && PAST_PERFECT_AFTER.matcher(a.text().substring(span.end(), s.span().end())).find();
    }

    /** The tense of a verb group such as "will meet", "has said", "plans to resume", "is going to". */
    private static Tense ofGroup(List<Token> group) {
        for (int i = group.size() - 1; i >= 0; i--) {
            Token t = group.get(i);
            String w = t.word().toLowerCase();
            if ("TO".equals(t.pos()) || w.equals("going") && i + 1 < group.size()) {
                return FUTURE;
            }
            if ("MD".equals(t.pos())) {
                return FUTURE_MODALS.contains(w) ? FUTURE : PAST_MODALS.contains(w) ? CONDITIONAL : PRESENT;
            }
            if ("VBD".equals(t.pos())) {
                return PAST;
            }
            if ((w.equals("has") || w.equals("have")) && i + 1 < group.size() && "VBN".equals(group.get(i + 1).pos())) {
                return PAST;
            }
            if ("VBZ".equals(t.pos()) || "VBP".equals(t.pos())) {
                return PRESENT;
            }
        }
        // A bare participle ("the injunction issued Thursday", "shares bought from Sept. 14") tells of the past.
        return "VBN".equals(group.get(group.size() - 1).pos()) ? PAST : UNKNOWN;
    }

    /**
     * Whether the expression opens a new clause: before it, past at most a preposition or adverb ("but in
     * March", "; on Tuesday"), comes a comma, semicolon, dash or coordinating conjunction after the verb {@code i}.
     */
    private static boolean clauseBreak(List<Token> tokens, int i, Span span) {
        int j = tokens.size() - 1;
        while (j > i && tokens.get(j).span().begin() >= span.begin()) {
            j--;
        }
        while (j > i && tokens.get(j).pos() != null && tokens.get(j).pos().matches("IN|RB|DT")) {
            j--;
        }
        Token t = tokens.get(j);
        return j > i && ("CC".equals(t.pos()) || t.word().matches("[,;:]|--"));
    }

    /** The last token of the first verb group after the span in its clause, or -1. */
    private static int verbAfter(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.span().begin() < span.end()) {
                continue;
            }
            if (t.word().matches("[;:]|--")) {
                return -1;
            }
            if (verbal(t)) {
                int last = i;
                while (last + 1 < tokens.size() && verbal(tokens.get(last + 1))) {
                    last++;
                }
                return last;
            }
        }
        return -1;
    }

    private static boolean verbal(Token t) {
        return t.pos() != null && (t.pos().startsWith("VB") || "MD".equals(t.pos()));
    }
}
