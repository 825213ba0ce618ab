package org.sitrep.model;

import java.util.List;

/**
 * A sentence: its span, its tokens as the article-wide index range {@code [firstToken, endToken)},
 * and its dependency arcs (empty when the parser did not run on it).
 */
public record Sentence(Span span, int index, int firstToken, int endToken, List<Dependency> dependencies)
        implements Spanned {

    public Sentence {
        dependencies = List.copyOf(dependencies);
    }

    public int size() {
        return endToken - firstToken;
    }

    public Sentence withDependencies(List<Dependency> deps) {
        return new Sentence(span, index, firstToken, endToken, deps);
    }
}
