package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sitrep.model.Dependency;

/**
 * CoreNLP's neural dependency parser run with its own weights, transition system and features, but with the
 * network's forward pass laid out for speed. CoreNLP computes a hidden-layer slice (weights x word embedding) row by
 * row over a strided matrix, keeps results in a synchronized LRU map of boxed keys (with news vocabulary most
 * lookups missed, and the map's garbage cost seconds of GC), looks precomputed slices up in a boxed hash map, and
 * runs the network even when only one transition is possible. Here the weights are transposed once so a slice is a
 * run of contiguous multiply-adds, computed slices are kept per document, precomputed ones are found by array
 * index, a forced transition skips the network, and the arithmetic is float throughout (CoreNLP mixes float and
 * double), which vectorises twice as wide. Parses equal CoreNLP's but for rare near-ties between transitions
 * (counted by a test against {@link DependencyParser#predict}). CoreNLP's double copy of the precomputed slices is
 * freed once they are copied to float (about 160 MB less heap). Immutable after construction and thread-safe.
 */
final class ParserNet {

    private final DependencyParser parser;
    private final Classifier classifier;
    private final Field savedField;
    private final ArcStandard system;
    private final List<String> transitions;
    private final Method features;
    private final Method relation;
    private final Method structure;
    /** Per feature position j: the embedding x hidden block of W1, transposed ([j][k][i] = W1[i][j*emb+k]). */
    private final float[][][] w1;
    private final float[] b1;
    /** W2 transposed, [hidden unit][label]. */
    private final float[][] w2;
    private final float[][] embeddings;
    /** CoreNLP's precomputed slices of frequent (word, position) features, used exactly as CoreNLP uses them. */
    private final float[][] saved;
    /** Per feature position, per token id: the index of its slice in {@link #saved}, or -1. */
    private final int[][] precomputed;
    private final int hidden;
    private final int labels;
    private final int positions;

    private static final class Holder {
        static final ParserNet DEFAULT = new ParserNet(load(DependencyParser.DEFAULT_MODEL));
    }

    /**
     * The network of CoreNLP's default English model, loaded once per JVM. Its parser is loaded apart from CoreNLP's
     * parser cache (which CoreNLP's own depparse annotator shares), so the double table freed here is no one else's.
     */
    static ParserNet shared() {
        return Holder.DEFAULT;
    }

    private static DependencyParser load(String model) {
        DependencyParser p = new DependencyParser(new Properties());
        try {
            // loadModelFile(model, verbose = false), as CoreNLP's cache loads it: without progress lines on stderr.
            Method m = DependencyParser.class.getDeclaredMethod("loadModelFile", String.class, boolean.class);
            m.setAccessible(true);
            m.invoke(p, model, false);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's dependency parser has an unexpected layout", e);
        }
        return p;
    }

    private ParserNet(DependencyParser parser) {
        this.parser = parser;
        try {
            Classifier c = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            ParsingSystem ps = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            if (!(ps instanceof ArcStandard arc)) {
                throw new IllegalStateException("unexpected parsing system " + ps.getClass().getName());
            }
            this.system = arc;
            @SuppressWarnings("unchecked")
            List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(ps);
            this.transitions = List.copyOf(ts);
            this.features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
            this.features.setAccessible(true);
            this.relation = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
            this.relation.setAccessible(true);
            this.structure = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class,
                    TreeGraphNode.class);
            this.structure.setAccessible(true);
            Field savedField = field(Classifier.class, "saved");
            double[][] sv = (double[][]) savedField.get(c);
            this.saved = new float[sv.length][];
            for (int r = 0; r < sv.length; r++) {
                saved[r] = new float[sv[r].length];
                for (int i = 0; i < sv[r].length; i++) {
                    saved[r][i] = (float) sv[r][i];
                }
            }
            // CoreNLP's double table (about 160 MB) is needed only by this parser's own predict, which the pipeline
            // never calls: free it; coreNlpPredict rebuilds it for the tests that compare.
            savedField.set(c, null);
            this.classifier = c;
            this.savedField = savedField;
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> pre = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(c);
            float[][] w1rows = c.getW1();
            this.embeddings = c.getE();
            int numPositions = w1rows[0].length / embeddings[0].length;
            this.precomputed = new int[numPositions][embeddings.length];
            for (int[] row : precomputed) {
                java.util.Arrays.fill(row, -1);
            }
            for (Map.Entry<Integer, Integer> e : pre.entrySet()) {
                precomputed[e.getKey() % numPositions][e.getKey() / numPositions] = e.getValue();
            }
            this.b1 = c.getb1().clone();
            float[][] w2rows = c.getW2();
            this.hidden = w1rows.length;
            this.labels = w2rows.length;
            int emb = embeddings[0].length;
            this.positions = w1rows[0].length / emb;
            this.w1 = new float[positions][emb][hidden];
            for (int i = 0; i < hidden; i++) {
                for (int j = 0; j < positions; j++) {
                    for (int k = 0; k < emb; k++) {
                        w1[j][k][i] = w1rows[i][j * emb + k];
                    }
                }
            }
            this.w2 = new float[hidden][labels];
            for (int l = 0; l < labels; l++) {
                for (int i = 0; i < hidden; i++) {
                    w2[i][l] = w2rows[l][i];
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's dependency parser has an unexpected layout", e);
        }
        if (transitions.size() != labels) {
            throw new IllegalStateException("transitions " + transitions.size() + " != output labels " + labels);
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * CoreNLP's own {@link DependencyParser#predict}, for tests that compare parses: the first call rebuilds the
     * precomputed table the constructor freed (so a JVM that compares holds it again; the pipeline never does).
     */
    synchronized GrammaticalStructure coreNlpPredict(CoreMap sentence) {
        try {
            if (savedField.get(classifier) == null) {
                classifier.preCompute();
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return parser.predict(sentence);
    }

    /** A memory of computed slices for the sentences of one document; not thread-safe, one per document. */
    Memo memo() {
        return new Memo(hidden);
    }

    /** The basic dependencies of a tagged CoreNLP sentence; token indices are shifted by {@code offset}. */
    List<Dependency> parse(CoreMap sentence, int offset) {
        return parse(sentence, offset, memo());
    }

    /** As {@link #parse(CoreMap, int)}, reusing (and adding to) the slices in {@code memo}. */
    List<Dependency> parse(CoreMap sentence, int offset, Memo memo) {
        Configuration c = system.initialConfiguration(sentence);
        float[] hid = new float[hidden];
        float[] acc = new float[hidden];
        float[] scores = new float[labels];
        boolean[] allowed = new boolean[labels];
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) {
                throw new IllegalStateException("interrupted while parsing");
            }
            // When one transition only is possible (a shift while the stack holds the root and one word at most),
            // CoreNLP takes it whatever the scores: the network need not run.
            String move = null;
            int possible = 0;
            for (int t = 0; t < labels; t++) {
                boolean ok = system.canApply(c, transitions.get(t));
                allowed[t] = ok;
                if (ok) {
                    possible++;
                    move = transitions.get(t);
                }
            }
            if (possible > 1) {
                score(featureArray(c), hid, acc, scores, memo);
                float best = Float.NEGATIVE_INFINITY;
                move = null;
                for (int t = 0; t < labels; t++) {
                    if (scores[t] > best && allowed[t]) {
                        best = scores[t];
                        move = transitions.get(t);
                    }
                }
            }
            system.apply(c, move);
        }
        // As DependencyParser.predict: the grammatical structure built from the arcs (it refines labels, e.g. a
        // subject of a passive verb becomes nsubj:pass).
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> arcs = new ArrayList<>(tokens.size());
        for (int i = 1; i <= c.getSentenceSize(); i++) {
            int head = c.getHead(i);
            IndexedWord dep = new IndexedWord(tokens.get(i - 1));
            IndexedWord gov = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                    : (GrammaticalRelation) call(relation, c.getLabel(i));
            arcs.add(new TypedDependency(rel, gov, dep));
        }
        GrammaticalStructure gs = (GrammaticalStructure) call(structure, arcs, new TreeGraphNode(root));
        List<Dependency> deps = new ArrayList<>(arcs.size());
        for (TypedDependency td : gs.typedDependencies()) {
            int head = td.gov().index() == 0 ? -1 : offset + td.gov().index() - 1;
            deps.add(new Dependency(head, offset + td.dep().index() - 1, td.reln().toString()));
        }
        deps.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return deps;
    }

    private Object call(Method m, Object... args) {
        try {
            return m.invoke(parser, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private int[] featureArray(Configuration c) {
        return (int[]) call(features, c);
    }

    /**
     * CoreNLP's computeScores in float throughout (CoreNLP sums float products in double): float arrays run
     * twice as many lanes per vector instruction. Scores differ from CoreNLP's in the last bits, so a near tie
     * between two transitions can rarely go the other way (counted by a test against CoreNLP's parses).
     */
    private void score(int[] feature, float[] hid, float[] acc, float[] scores, Memo memo) {
        java.util.Arrays.fill(hid, 0f);
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int id = precomputed[j][tok];
            if (id >= 0) {
                float[] s = saved[id];
                for (int i = 0; i < hidden; i++) {
                    hid[i] += s[i];
                }
                continue;
            }
            int key = tok * positions + j;
            int at = memo.find(key);
            if (at >= 0) {
                float[] pool = memo.pool;
                for (int i = 0; i < hidden; i++) {
                    hid[i] += pool[at + i];
                }
                continue;
            }
            java.util.Arrays.fill(acc, 0f);
            float[] e = embeddings[tok];
            float[][] block = w1[j];
            for (int k = 0; k < e.length; k++) {
                float ek = e[k];
                float[] row = block[k];
                for (int i = 0; i < hidden; i++) {
                    acc[i] += row[i] * ek;
                }
            }
            at = memo.add(key);
            float[] pool = memo.pool;
            for (int i = 0; i < hidden; i++) {
                pool[at + i] = acc[i];
                hid[i] += acc[i];
            }
        }
        for (int i = 0; i < hidden; i++) {
            float h = hid[i] + b1[i];
            hid[i] = h * h * h;
        }
        java.util.Arrays.fill(scores, 0f);
        for (int i = 0; i < hidden; i++) {
            float h = hid[i];
            float[] row = w2[i];
            for (int l = 0; l < labels; l++) {
                scores[l] += h * row[l];
            }
        }
    }

    /**
     * Slices already computed for a document, as CoreNLP's cache held them (rounded to float): a token is a feature
     * at the same position over several transitions, and names recur within an article.
     */
    static final class Memo {
        private final int width;
        private int[] keys = new int[1024];
        private int[] offsets = new int[1024];
        private int size;
        /** The slices, {@code width} floats each. */
        float[] pool;

        private Memo(int width) {
            this.width = width;
            java.util.Arrays.fill(keys, -1);
            pool = new float[256 * width];
        }

        /** The offset of the key's slice in {@link #pool}, or -1. */
        int find(int key) {
            int mask = keys.length - 1;
            for (int p = mix(key) & mask; ; p = (p + 1) & mask) {
                if (keys[p] == key) {
                    return offsets[p];
                }
                if (keys[p] == -1) {
                    return -1;
                }
            }
        }

        /** Room for a new key's slice (the key must be absent); returns its offset in {@link #pool}. */
        int add(int key) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int at = size * width;
            if (at + width > pool.length) {
                pool = java.util.Arrays.copyOf(pool, pool.length * 2);
            }
            put(keys, offsets, key, at);
            size++;
            return at;
        }

        private void grow() {
            int[] k = new int[keys.length * 2];
            int[] o = new int[k.length];
            java.util.Arrays.fill(k, -1);
            for (int p = 0; p < keys.length; p++) {
                if (keys[p] != -1) {
                    put(k, o, keys[p], offsets[p]);
                }
            }
            keys = k;
            offsets = o;
        }

        private static void put(int[] keys, int[] offsets, int key, int offset) {
            int mask = keys.length - 1;
            int p = mix(key) & mask;
            while (keys[p] != -1) {
                p = (p + 1) & mask;
            }
            keys[p] = key;
            offsets[p] = offset;
        }
    }

    private static int mix(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
