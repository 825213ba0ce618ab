package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.nlp.NameGender;
import org.sitrep.pipeline.Stage;

/**
 * Finds who said what: direct, mixed and indirect statements ({@link QuoteFinder}) with their speakers
 * resolved by ordered sieves ({@link SpeakerSieves}) to the canonical entities of the article. Pronoun and
 * nominal speaker mentions it resolves ("She", "the spokesman") are added to their entity, and a person's
 * role found beside their name ("Kremlin spokesman") fills the entity's role when it has none.
 */
public final class QuoteStage implements Stage {

    private final QuoteFinder finder;
    private final SpeakerSieves sieves;
    private final CueLexicon lex;

    public QuoteStage() {
        this.lex = CueLexicon.standard();
        this.finder = new QuoteFinder(lex);
        this.sieves = new SpeakerSieves(lex, NameGender.load());
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.DEPENDENCIES, Layer.STORIES, Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.QUOTES, Layer.MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Analysis apply(Analysis in) {
        DepTree tree = new DepTree(in);
        Roles.Held roles = Roles.find(in, tree, lex);
        List<Candidate> candidates = finder.find(in, tree);
        List<SpeakerSieves.Resolved> resolved = sieves.resolve(in, tree, candidates, roles);
        List<Quote> quotes = new ArrayList<>();
        List<Mention> linked = new ArrayList<>();
        for (SpeakerSieves.Resolved r : resolved) {
            quotes.add(r.quote());
            if (r.linked() != null) {
                linked.add(r.linked());
            }
        }
        quotes.sort((x, y) -> x.content().compareTo(y.content()));
        return link(in, linked, roles.first()).withQuotes(quotes);
    }

    /** Adds the resolved pronoun and nominal mentions to the mention layer and to their entities, and fills roles. */
    private static Analysis link(Analysis in, List<Mention> linked, Map<String, String> roles) {
        Map<Span, Mention> bySpan = new LinkedHashMap<>();
        for (Mention m : in.mentions()) {
            bySpan.put(m.span(), m);
        }
        Map<String, List<Mention>> added = new HashMap<>();
        for (Mention m : linked) {
            Mention old = bySpan.get(m.span());
            if (old != null && old.entity() != null) {
                continue;
            }
            bySpan.put(m.span(), m);
            added.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        List<Mention> mentions = new ArrayList<>(bySpan.values());
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        List<Entity> entities = new ArrayList<>();
        for (Entity e : in.entities()) {
            Entity x = e;
            List<Mention> more = added.get(e.id());
            if (more != null) {
                List<Mention> all = new ArrayList<>(e.mentions());
                all.addAll(more);
                all.sort((a, b) -> a.span().compareTo(b.span()));
                x = x.withMentions(all);
            }
            if (x.role() == null && roles.containsKey(e.id())) {
                x = x.withRole(roles.get(e.id()));
            }
            entities.add(x);
        }
        return in.withMentions(mentions).withEntities(entities);
    }
}
