package org.sitrep.model;

/**
 * One arc of a sentence's dependency tree, by article-wide token index; {@code head} is -1 for the root.
 * {@code relation} is the Universal Dependencies label, with subtype ("nsubj:pass", "obl:tmod").
 */
public record Dependency(int head, int dependent, String relation) {

    public boolean isRoot() {
        return head < 0;
    }
}
