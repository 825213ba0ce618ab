package org.sitrep.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything Sitrep found in one article: the article and one typed list per {@link Layer}. Immutable;
 * each {@code withX} returns a copy with that layer filled and marked present.
 */
public record Analysis(Article article, Set<Layer> layers, List<Token> tokens, List<Sentence> sentences,
                       List<Story> stories, List<Mention> mentions, List<Entity> entities, List<Quote> quotes,
                       List<TimeExpression> times, List<Place> places, List<Event> events,
                       List<Problem> problems) {

    public Analysis {
        layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        stories = List.copyOf(stories);
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        times = List.copyOf(times);
        places = List.copyOf(places);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /** The starting point of every pipeline: only the text is known. */
    public static Analysis of(Article article) {
        return new Analysis(article, EnumSet.of(Layer.TEXT), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    /** The text under a span. */
    public String textOf(Span span) {
        return span.of(article.text());
    }

    /** The tokens of one sentence. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The tokens lying inside a span. */
    public List<Token> tokensIn(Span span) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.span().begin() >= span.end()) {
                break;
            }
            if (span.contains(t.span())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The sentence containing a character offset, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        Collections.addAll(s, added);
        return s;
    }

    public Analysis withArticle(Article a) {
        return new Analysis(a, layers, tokens, sentences, stories, mentions, entities, quotes, times, places, events, problems);
    }

    public Analysis withPublished(Published p) {
        return new Analysis(article.withPublished(p), plus(Layer.PUBLISHED), tokens, sentences, stories, mentions,
                entities, quotes, times, places, events, problems);
    }

    public Analysis withTokens(List<Token> t, List<Sentence> s, boolean parsed) {
        Set<Layer> l = parsed ? plus(Layer.TOKENS, Layer.SENTENCES, Layer.DEPENDENCIES) : plus(Layer.TOKENS, Layer.SENTENCES);
        return new Analysis(article, l, t, s, stories, mentions, entities, quotes, times, places, events, problems);
    }

    public Analysis withStories(List<Story> s) {
        return new Analysis(article, plus(Layer.STORIES), tokens, sentences, s, mentions, entities, quotes, times, places, events, problems);
    }

    public Analysis withMentions(List<Mention> m) {
        return new Analysis(article, plus(Layer.MENTIONS), tokens, sentences, stories, m, entities, quotes, times, places, events, problems);
    }

    public Analysis withEntities(List<Entity> e) {
        return new Analysis(article, plus(Layer.ENTITIES), tokens, sentences, stories, mentions, e, quotes, times, places, events, problems);
    }

    public Analysis withQuotes(List<Quote> q) {
        return new Analysis(article, plus(Layer.QUOTES), tokens, sentences, stories, mentions, entities, q, times, places, events, problems);
    }

    public Analysis withTimes(List<TimeExpression> t) {
        return new Analysis(article, plus(Layer.TIMES), tokens, sentences, stories, mentions, entities, quotes, t, places, events, problems);
    }

    public Analysis withPlaces(List<Place> p) {
        return new Analysis(article, plus(Layer.PLACES), tokens, sentences, stories, mentions, entities, quotes, times, p, events, problems);
    }

    public Analysis withEvents(List<Event> e) {
        return new Analysis(article, plus(Layer.EVENTS), tokens, sentences, stories, mentions, entities, quotes, times, places, e, problems);
    }

    public Analysis withProblem(Problem p) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(p);
        return new Analysis(article, layers, tokens, sentences, stories, mentions, entities, quotes, times, places, events, all);
    }

    /** The entity with this id, or null. */
    public Entity entity(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }
}
