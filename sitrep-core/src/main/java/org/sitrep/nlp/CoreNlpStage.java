package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityType;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Stage;

/**
 * The one place that touches CoreNLP types: tokens, sentences, part-of-speech, lemmas, named entities
 * and the dependency parse, converted into Sitrep's model. Models load once, in the constructor, and the
 * instance is shared across threads (CoreNLP's annotators and the neural parser are safe for that).
 */
public final class CoreNlpStage implements Stage {

    private final NlpSettings settings;
    private final StanfordCoreNLP tagger;
    private final ParserNet net;

    public CoreNlpStage(NlpSettings settings) {
        this.settings = settings;
        this.tagger = new StanfordCoreNLP(properties(settings));
        this.net = settings.parse() ? ParserNet.shared() : null;
    }

    static Properties properties(NlpSettings s) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // News text puts one paragraph (or headline) on a line: a line break always ends a sentence.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // CoreNLP's default NER models without the CoNLL 4-class one: it only adds MISC (a tenth of the pipeline's
        // time); MentionRepair tags nationality words MISC instead.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", Boolean.toString(s.fineGrainedNer()));
        p.setProperty("ner.useSUTime", Boolean.toString(s.suTime()));
        p.setProperty("ner.buildEntityMentions", "true");
        // The KBP regexner is only needed for fine-grained classes; skipping it saves load time.
        p.setProperty("ner.applyRegexner", Boolean.toString(s.fineGrainedNer()));
        p.setProperty("tokenize.options", "invertible=true");
        return p;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
        return settings.parse() ? EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.DEPENDENCIES, Layer.MENTIONS)
                : EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Analysis apply(Analysis in) {
        Annotation doc = new Annotation(in.text());
        // When SUTime runs in the NER step it resolves "Tuesday", "last year" against the publication date.
        in.article().published().asOptional().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        tagger.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ParserNet.Memo memo = net == null ? null : net.memo();
        for (CoreMap cm : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = cm.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            int first = tokens.size();
            int si = sentences.size();
            for (CoreLabel l : labels) {
                tokens.add(new Token(new Span(l.beginPosition(), l.endPosition()), tokens.size(), si, l.word(),
                        l.tag(), l.lemma(), l.ner() == null ? "O" : l.ner(),
                        l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
            List<Dependency> deps = List.of();
            if (net != null) {
                if (labels.size() <= settings.parseMaxTokens()) {
                    deps = net.parse(cm, first, memo);
                } else {
                    problems.add(new Problem(Problem.Severity.INFO, "not-parsed", "sentence of " + labels.size()
                            + " tokens is longer than the parser limit " + settings.parseMaxTokens(), span));
                }
            }
            sentences.add(new Sentence(span, si, first, tokens.size(), deps));
            List<CoreMap> ms = cm.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms != null) {
                for (CoreMap m : ms) {
                    EntityType type = EntityType.fromNer(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
                    if (type != null) {
                        // CoreNLP adds pronouns ("he", "She") as PERSON mentions; keep them, marked as pronouns.
                        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                        boolean pronoun = mt.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
                        mentions.add(new Mention(new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), type,
                                pronoun ? Mention.Kind.PRONOUN : Mention.Kind.NAME, null));
                    }
                }
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        Analysis out = in.withTokens(tokens, sentences, net != null).withMentions(mentions);
        for (Problem p : problems) {
            out = out.withProblem(p);
        }
        return out;
    }

    /** The fast parser, for tests that compare it with CoreNLP's own. */
    ParserNet net() {
        return net;
    }

    /** CoreNLP's tokens, tags and entities of a text, for tests that compare with CoreNLP's own parser. */
    Annotation annotate(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        return doc;
    }

    /** CoreNLP's own {@link DependencyParser#predict}, converted like {@link #parse}: what tests compare against. */
    List<Dependency> coreNlpParse(CoreMap sentence, int offset) {
        GrammaticalStructure gs = net.coreNlpPredict(sentence);
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            int head = td.gov().index() == 0 ? -1 : offset + td.gov().index() - 1;
            deps.add(new Dependency(head, offset + td.dep().index() - 1, td.reln().toString()));
        }
        deps.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return deps;
    }
}
