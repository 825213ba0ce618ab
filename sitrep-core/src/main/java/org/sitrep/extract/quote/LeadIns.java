package org.sitrep.extract.quote;

import java.util.List;

/**
 * Quotations that finish a sentence the writer began: "It was, the president said, “a stone where …”" or
 * "So when the deal came, Barrett said, “we were floored.”" The quoted words open in lower case after a frame
 * set off by commas, so the words before the frame are the start of the statement, not the writer's own:
 * the statement runs from them to the end of the quotation and is a mixed quote. Stateless.
 */
final class LeadIns {

    private LeadIns() {
    }

    /**
     * The token that opens the statement before a parenthetical frame ({@code frame}: the sentence's tokens
     * before the quotation, {@code cue} among them), or -1 when the frame opens the sentence or the
     * quotation opens in upper case.
     */
    static int start(DepTree t, List<Integer> frame, int cue, String quoted) {
        if (!opensLowerCase(quoted)) {
            return -1;
        }
        int at = frame.indexOf(cue);
        if (at < 0) {
            return -1;
        }
        // The speaker's phrase right before the verb ("the president"), then the comma that sets it off.
        int j = at - 1;
        while (j >= 0 && Frames.nounPhraseToken(t.token(frame.get(j))) && !t.token(frame.get(j)).word().equals(",")) {
            j--;
        }
        if (j == at - 1 || j < 1 || !t.token(frame.get(j)).word().equals(",")) {
            return -1;
        }
        int first = 0;
        while (first < j && !Character.isLetterOrDigit(t.token(frame.get(first)).word().charAt(0))) {
            first++;
        }
        if (first == j) {
            return -1;
        }
        // "In an August speech, Trump attacked “the …”": a phrase setting the scene, with no clause of its own.
        boolean finite = false;
        for (int k = first; k < j; k++) {
            String p = t.token(frame.get(k)).pos();
            finite |= p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
        }
        String p = t.token(frame.get(first)).pos();
        boolean scene = p.equals("IN") || p.equals("VBG") || p.equals("VBN") || p.equals("TO") || p.equals("WRB");
        return finite || !scene ? frame.get(first) : -1;
    }

    /** Whether the first letter of the quoted words is lower case ("we were floored", not "We were"). */
    static boolean opensLowerCase(String quoted) {
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

}
