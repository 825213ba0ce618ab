package org.sitrep.extract.entity;

import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Token look-ups by character offset. */
final class Tokens {

    private Tokens() {
    }

    /** The article-wide index of the token covering the offset, or -1. */
    static int at(Analysis a, int offset) {
        List<Token> ts = a.tokens();
        int lo = 0;
        int hi = ts.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = ts.get(mid).span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
