package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Spanned;
import org.sitrep.testing.Fixtures;

/**
 * The contract every stage inherits (Lucene's BaseTokenStreamTestCase in spirit): spans lie inside the text
 * and come in order, the input is left unchanged, output is deterministic, the declared layers are filled,
 * and a parallel run equals a sequential one. A stage's test extends this and says how to build the stage
 * and its input.
 */
public abstract class StageContract {

    /** The stage under test. */
    protected abstract Stage stage();

    /** Inputs carrying every layer the stage requires; by default the seed run through the stages before it. */
    protected List<Analysis> inputs() {
        return List.of(prefix(Fixtures.seedArticle()));
    }

    /** Runs the standard stages that come before this stage's name on an article. */
    protected Analysis prefix(org.sitrep.model.Article article) {
        Analysis a = Analysis.of(article);
        for (Stage s : Fixtures.sitrep().pipeline().stages()) {
            if (s.name().equals(stage().name())) {
                return a;
            }
            a = s.apply(a);
        }
        return a;
    }

    @Test
    void requiredLayersArePresentInTheInput() {
        for (Analysis in : inputs()) {
            assertTrue(in.layers().containsAll(stage().requires()), "input lacks " + stage().requires());
        }
    }

    @Test
    void declaredLayersAreFilledAndSpansAreInsideTheTextAndOrdered() {
        for (Analysis in : inputs()) {
            Analysis out = stage().apply(in);
            assertTrue(out.layers().containsAll(stage().produces()),
                    stage().name() + " declared " + stage().produces() + " but left " + out.layers());
            checkSpans(out);
        }
    }

    @Test
    void inputIsUnchanged() {
        for (Analysis in : inputs()) {
            Analysis copy = new Analysis(in.article(), in.layers(), in.tokens(), in.sentences(), in.stories(),
                    in.mentions(), in.entities(), in.quotes(), in.times(), in.places(), in.events(), in.problems());
            stage().apply(in);
            assertEquals(copy, in);
        }
    }

    @Test
    void deterministic() {
        for (Analysis in : inputs()) {
            assertEquals(stage().apply(in), stage().apply(in));
        }
    }

    @Test
    void parallelRunEqualsSequentialRun() throws Exception {
        List<Analysis> ins = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ins.addAll(inputs());
        }
        List<Analysis> sequential = ins.stream().map(stage()::apply).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Analysis>> fs = new ArrayList<>();
            for (Analysis in : ins) {
                fs.add(pool.submit(() -> stage().apply(in)));
            }
            for (int i = 0; i < fs.size(); i++) {
                assertEquals(sequential.get(i), fs.get(i).get(), "parallel result " + i + " differs");
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Every span of every layer lies inside the text, and each layer's spans come in text order. */
    public static void checkSpans(Analysis a) {
        int n = a.text().length();
        ordered("tokens", a.tokens(), n);
        ordered("sentences", a.sentences(), n);
        ordered("stories", a.stories(), n);
        ordered("mentions", a.mentions(), n);
        ordered("quotes", a.quotes(), n);
        ordered("times", a.times(), n);
        ordered("places", a.places(), n);
        for (Entity e : a.entities()) {
            ordered("entity " + e.id(), e.mentions(), n);
        }
        for (Quote q : a.quotes()) {
            inside("quote cue", q.cue(), n);
            inside("quote speaker", q.speaker().mention(), n);
        }
        for (Event e : a.events()) {
            inside("event trigger", e.trigger(), n);
            inside("event evidence", e.evidence(), n);
            inside("event place", e.place(), n);
            inside("event time", e.time(), n);
            e.source().forEach(x -> inside("event source", x.span(), n));
            e.target().forEach(x -> inside("event target", x.span(), n));
        }
        for (Mention m : a.mentions()) {
            if (m.entity() != null) {
                assertTrue(a.entity(m.entity()) != null, "mention " + m + " names unknown entity");
            }
        }
        assertTrue(a.layers().contains(Layer.TEXT));
    }

    private static void ordered(String what, List<? extends Spanned> items, int n) {
        Span prev = null;
        for (Spanned s : items) {
            inside(what, s.span(), n);
            if (prev != null) {
                assertTrue(prev.begin() <= s.span().begin(), what + " out of order: " + prev + " then " + s.span());
            }
            prev = s.span();
        }
    }

    private static void inside(String what, Span s, int n) {
        if (s != null) {
            assertTrue(s.end() <= n, what + " span " + s + " beyond text length " + n);
        }
    }
}
