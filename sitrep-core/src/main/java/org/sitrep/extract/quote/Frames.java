package org.sitrep.extract.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Reported speech read on the surface, where the parser often goes wrong: frames set off by commas
 * ("…, he said, …", "…, according to X"), the writer's circumstance after a frame, a semicolon going on with a
 * statement, and phrases set before the speaker; the writer's gloss and tail at a statement's end are cut by
 * {@link WritersTails}. Stateless.
 */
final class Frames {

    /** Words after a frame that join the writer's circumstance to a statement rather than continue it. */
    static final Set<String> WRITER_LINKS = Set.of("as", "although", "though", "while", "whereas", "according",
            "when", "where", "after", "before", "amid", "despite");

    /** Whether the token lies inside quotation marks opened earlier in its paragraph. */
    static boolean insideQuotation(Analysis a, Token x) {
        String text = a.text();
        int from = text.lastIndexOf('\n', x.span().begin()) + 1;
        int open = 0;
        int straight = 0;
        for (int i = from; i < x.span().begin(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”' && open > 0) {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    /**
     * "She said that A; Moscow hopes that B.": a clause after a semicolon in the same sentence that reports a
     * stance or a statement of its own ("hopes that …") goes on with the reported statement; any other clause
     * ("…; they only learned on Friday of …") is the writer's.
     */
    static Span overSemicolon(Analysis a, DepTree t, Span content, CueLexicon lex) {
        List<Token> after = a.tokensIn(new Span(content.end(), a.text().length()));
        if (after.isEmpty() || !after.get(0).word().equals(";")) {
            return content;
        }
        Sentence s = a.sentences().get(after.get(0).sentence());
        int end = s.endToken();
        while (end > after.get(0).index() + 1 && isPunct(t, end - 1) || end > after.get(0).index() + 1 && Contents.isQuoteToken(t.token(end - 1))) {
            end--;
        }
        boolean reports = false;
        for (int k = after.get(0).index() + 1; k < end; k++) {
            String p = t.token(k).pos() == null ? "" : t.token(k).pos();
            boolean finite = p.equals("VBD") || p.equals("VBZ") || p.equals("VBP");
            reports |= finite && lex.speechVerb(t.token(k).lemma()) && t.child(k, "ccomp") > k;
        }
        return reports ? new Span(content.begin(), t.token(end - 1).span().end()) : content;
    }

    /**
     * "In her 2003 book, she noted …", "Speaking to students, he responded …": a phrase set before the speaker
     * frames the statement; it is not what was said.
     */
    static boolean frontedModifier(Analysis a, DepTree t, Span content, int v) {
        if (content.end() > t.token(v).span().begin()) {
            return false;
        }
        List<Token> toks = a.tokensIn(content);
        int i = 0;
        while (i < toks.size() - 1 && ("CC".equals(toks.get(i).pos()) || Contents.isQuoteToken(toks.get(i)))) {
            i++;
        }
        if (toks.isEmpty()) {
            return false;
        }
        Token first = toks.get(i);
        String pos = first.pos() == null ? "" : first.pos();
        boolean opener = pos.equals("IN") && !first.word().equalsIgnoreCase("that") || pos.equals("VBG") || pos.equals("WRB")
                || pos.equals("TO");
        if (!opener) {
            return false;
        }
        // "If the talks fail, we will leave" is a statement: a clause follows the opening phrase.
        boolean comma = false;
        for (int k = i + 1; k < toks.size() - 1; k++) {
            comma |= toks.get(k).word().equals(",");
            String p = toks.get(k).pos() == null ? "" : toks.get(k).pos();
            if (comma && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, spokesman Dmitry Peskov said [at a briefing]." or "…, said Peskov.": a sentence that ends with its
     * frame after a comma. Read on the surface, since the parser often makes the reported clause the subject.
     * Returns {content first, content last, subject head, subject first, subject last} as token indexes, or null.
     */
    static int[] trailingFrame(Analysis a, DepTree t, int v) {
        String pos = t.token(v).pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
            return null;
        }
        Sentence s = a.sentences().get(t.token(v).sentence());
        int end = s.endToken();
        while (end > v + 1 && isFinalPunct(t.token(end - 1))) {
            end--;
        }
        boolean inverted = v - 1 > s.firstToken() && t.token(v - 1).word().equals(",");
        boolean commaAfter = v + 1 < end && t.token(v + 1).word().equals(",");
        if (!inverted && !commaAfter && (t.child(v, "obj") > v || t.child(v, "ccomp") > v || t.child(v, "xcomp") > v)) {
            return null; // "…, Holloway noted the risks": the verb has its own object
        }
        int tail = -1; // "…, he said, …": where the sentence goes on after the frame
        for (int k = v + 1; k < end; k++) {
            if (!inverted && t.token(k).word().equals(",") && k + 1 < end) {
                tail = k + 1;
                break;
            }
            if (t.token(k).isVerb() || t.token(k).word().equals(";")) {
                return null;
            }
        }
        int comma;
        int subjFirst;
        int subjLast;
        if (v - 1 > s.firstToken() && t.token(v - 1).word().equals(",")) {
            comma = v - 1; // "…, said Peskov."
            subjFirst = v + 1;
            subjLast = v + 1;
            while (subjLast + 1 < end && (nounPhraseToken(t.token(subjLast + 1)) || t.token(subjLast + 1).word().equals(","))) {
                subjLast++;
            }
            if (subjFirst >= end || !nounPhraseToken(t.token(subjFirst))) {
                return null;
            }
        } else {
            int k = v - 1;
            int depth = 0;
            while (k >= s.firstToken()) {
                Token tok = t.token(k);
                String w = tok.word();
                if (w.equals("-RRB-") || w.equals(")")) {
                    depth++;
                } else if (w.equals("-LRB-") || w.equals("(")) {
                    depth--;
                } else if (depth == 0 && !nounPhraseToken(tok) && !(tok.pos() != null && tok.pos().equals("RB") && k == v - 1)) {
                    break;
                }
                k--;
            }
            while (k > s.firstToken() && Contents.isQuoteToken(t.token(k))) {
                k--;
            }
            if (k < s.firstToken() || k >= v - 1 || !t.token(k).word().equals(",")) {
                return null;
            }
            comma = k;
            subjFirst = k + 1;
            subjLast = v - 1;
            while (subjLast > subjFirst && t.token(subjLast).pos() != null && t.token(subjLast).pos().equals("RB")) {
                subjLast--;
            }
        }
        int head = -1;
        for (int k = subjFirst; k <= subjLast; k++) {
            Token tok = t.token(k);
            if (tok.isNoun() || tok.isPronoun()) {
                head = k;
                if (k + 1 <= subjLast && (t.token(k + 1).word().equals(",") || t.token(k + 1).pos().equals("IN"))) {
                    break; // "Peskov, the spokesman" or "a spokesman for the ministry": the first noun heads it
                }
            }
        }
        if (head < 0) {
            return null;
        }
        int first = s.firstToken();
        while (first < comma && Contents.isQuoteToken(t.token(first))) {
            first++;
        }
        if (comma - 1 - first < 2) {
            return null;
        }
        int last = comma - 1;
        if (tail >= 0 && continuesStatement(t, tail, end)) {
            last = end - 1; // the statement runs on both sides of its frame
        }
        if (last - first < 4) {
            return null;
        }
        return new int[] {first, last, head, subjFirst, subjLast};
    }

    /**
     * Whether the words after "…, he said," go on with the statement ("…, he said, and we will win", "…, she
     * said, until it went bankrupt") rather than add the writer's circumstance ("…, he said, as protesters
     * gathered", "…, she said, citing …").
     */
    static boolean continuesStatement(DepTree t, int from, int end) {
        int k = from;
        while (k < end && Contents.isQuoteToken(t.token(k))) {
            k++;
        }
        if (k >= end) {
            return false;
        }
        String pos = t.token(k).pos() == null ? "" : t.token(k).pos();
        String w = t.token(k).word().toLowerCase(Locale.ROOT);
        if (pos.equals("VBG") || pos.equals("TO") || pos.equals("VBN") || pos.equals(",") || WRITER_LINKS.contains(w)) {
            return false;
        }
        for (int j = k; j < end; j++) {
            String p = t.token(j).pos() == null ? "" : t.token(j).pos();
            // A past tense the tagger read as a participle still has its own subject ("those … paid 0.8 percent").
            boolean pastWithSubject = p.equals("VBN") && t.child(j, "nsubj") >= 0 && t.child(j, "aux") < 0;
            if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || pastWithSubject) {
                return true;
            }
        }
        return false;
    }

    static boolean isFinalPunct(Token t) {
        String w = t.word();
        return w.equals(".") || w.equals("!") || w.equals("?") || Contents.isQuoteToken(t);
    }

    static boolean nounPhraseToken(Token t) {
        String p = t.pos();
        if (p == null) {
            return false;
        }
        return p.startsWith("NN") || p.equals("DT") || p.equals("JJ") || p.equals("POS") || p.equals("HYPH")
                || p.equals("PRP") || p.equals("PRP$") || p.equals("CD") || p.equals("NNPS") || p.equals("CC")
                || p.equals("IN");
    }

    /**
     * "According to X, A." gives A; "A, according to X." gives A; "A, according to X, and B." gives A to B:
     * read on the commas, since the parser hangs the phrase on whichever clause is nearest.
     */
    static Span accordingSurface(Analysis a, DepTree t, int v) {
        Sentence s = a.sentences().get(t.token(v).sentence());
        int end = s.endToken();
        while (end > v + 2 && (isPunct(t, end - 1) || Contents.isQuoteToken(t.token(end - 1)))) {
            end--;
        }
        int after = -1; // the comma closing "according to X"
        for (int k = v + 2; k < end; k++) {
            if (t.token(k).word().equals(",")) {
                after = k;
                break;
            }
        }
        int first = s.firstToken();
        while (first < v && (Contents.isQuoteToken(t.token(first)) || "CC".equals(t.token(first).pos()))) {
            first++;
        }
        if (first == v) {
            return after >= 0 && after + 1 < end ? tokens(t, after + 1, end - 1) : null;
        }
        if (v - 1 <= first || !t.token(v - 1).word().equals(",")) {
            return null;
        }
        int last = v - 2;
        // "…, according to X, and B": only a conjunction tells a second clause from an appositive of X.
        if (after >= 0 && after + 2 < end && "CC".equals(t.token(after + 1).pos()) && continuesStatement(t, after + 2, end)) {
            last = end - 1;
        }
        return tokens(t, first, last);
    }

    static Span tokens(DepTree t, int first, int last) {
        return new Span(t.token(first).span().begin(), t.token(last).span().end());
    }

    static boolean isPunct(DepTree t, int k) {
        String w = t.token(k).word();
        return w.equals(",") || w.equals(";") || w.equals("--") || w.equals("-") || w.equals("—") || w.equals(":")
                || w.equals(".") || w.equals("!") || w.equals("?");
    }

}
