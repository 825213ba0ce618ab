package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The dependency trees of an article indexed by article-wide token number: head, relation and children of
 * every token, and the character span of a subtree. Built once per article, read-only afterwards.
 */
final class DepTree {

    private final Analysis a;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;

    DepTree(Analysis a) {
        this.a = a;
        int n = a.tokens().size();
        head = new int[n];
        rel = new String[n];
        Arrays.fill(head, -1);
        Arrays.fill(rel, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Sentence s : a.sentences()) {
            for (Dependency d : s.dependencies()) {
                if (d.dependent() < 0 || d.dependent() >= n) {
                    continue;
                }
                head[d.dependent()] = d.head();
                rel[d.dependent()] = d.relation();
                if (d.head() >= 0 && d.head() < n) {
                    children.get(d.head()).add(d.dependent());
                }
            }
        }
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return a.tokens().get(i);
    }

    int head(int i) {
        return head[i];
    }

    String rel(int i) {
        return rel[i];
    }

    /** The relation without its subtype ("nsubj:pass" gives "nsubj"). */
    String baseRel(int i) {
        int c = rel[i].indexOf(':');
        return c < 0 ? rel[i] : rel[i].substring(0, c);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child with this exact relation, or -1. */
    int child(int i, String relation) {
        for (int c : children.get(i)) {
            if (rel[c].equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    /** All tokens of the subtree under {@code i}, {@code i} included, in order. */
    List<Integer> subtree(int i) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, List<Integer> out, int depth) {
        if (depth > 200) {
            return;
        }
        out.add(i);
        for (int c : children.get(i)) {
            collect(c, out, depth + 1);
        }
    }

    /** The character span covering the subtree under {@code i}. */
    Span span(int i) {
        List<Integer> sub = subtree(i);
        return new Span(token(sub.get(0)).span().begin(), token(sub.get(sub.size() - 1)).span().end());
    }

    boolean within(int i, int ancestor) {
        int x = i;
        for (int steps = 0; x >= 0 && steps < 200; steps++) {
            if (x == ancestor) {
                return true;
            }
            x = head[x];
        }
        return false;
    }
}
