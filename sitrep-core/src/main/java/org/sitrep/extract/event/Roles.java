package org.sitrep.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which argument heads of a trigger's clause are the source and which the target: subject or agent
 * by voice, the victim of a verb of undergoing, the speaker for a pronoun or a statement, and the parties
 * "between" whom an agentless act happens. It works on parse positions only; coding them as actors is
 * {@link EventActors}' job, so the syntax of roles can change without touching actor coding.
 */
final class Roles {

    /** Source and target heads (token indices), each possibly empty. */
    record Heads(List<Integer> source, List<Integer> target) {
    }

    private final TriggerScope scope;
    private final Arguments args;

    Roles(TriggerScope scope, Arguments args) {
        this.scope = scope;
        this.args = args;
    }

    /** The heads for trigger word {@code t} held by {@code holder} under the open-complement {@code chain}. */
    Heads find(Clause c, EventLexicon.Pattern p, int t, int holder, List<Integer> chain) {
        int top = chain.get(chain.size() - 1);
        List<Integer> speaker = speaker(c, top);

        List<Integer> subject = new ArrayList<>();
        boolean passive = subject(c, chain, t, subject);
        if (subject.isEmpty()) {
            subject.addAll(attachedSubject(c, top));
        }
        List<Integer> src;
        List<Integer> tgt;
        if (p.pos() == 'm') {
            src = speaker;
            tgt = subject;
        } else if (holder != t && Trigger.UNDERGO.contains(c.lemma(holder))) {
            // "five civilians died in an air strike", "detainees suffered torture": the subject is the victim
            tgt = subject;
            src = argument(c, List.of(t, holder), Set.of("by"));
            if (src.isEmpty()) {
                src = custodian(c, holder);
            }
        } else if (p.reverse()) {
            src = argument(c, List.of(t, holder), Set.of("from", "by"));
            tgt = subject;
        } else if (passive && !p.stative() && (holder == t || !argument(c, List.of(t, holder), Set.of("by")).isEmpty())) {
            // (a light verb's passive is the act's only with an agent: "were subjected to shelling by X", but
            // "were engaged in ethnic cleansing" keeps its subject as the one who acts)
            // (a passive subject that is a thing, not a party, leaves the target to the arguments: "aid was
            // delivered to the refugees by the WFP")
            boolean party = args.relatives(c, subject).stream().anyMatch(i -> args.actorLike(c, i));
            tgt = party ? subject : args.targets(c, t, holder, p.type());
            src = argument(c, holder == t ? chain : List.of(t, holder), Set.of("by"));
        } else {
            src = subject;
            tgt = args.targets(c, t, holder, p.type());
        }
        if (!speaker.isEmpty() && !src.isEmpty() && src.stream().allMatch(i -> Arguments.isPronoun(c, i))) {
            src = speaker; // "Iraq said it would allow …": the pronoun is the speaker
        }
        if (!speaker.isEmpty() && p.reverse() && !tgt.isEmpty() && tgt.stream().allMatch(i -> Arguments.isPronoun(c, i))) {
            tgt = speaker; // "Putin said that he received a letter from …"
        }
        if (src.isEmpty() && Trigger.posClass(c.token(t).pos()) == 'n' && holder == t) {
            src = argument(c, List.of(t), Set.of("by", "'s"));
        }
        List<Integer> srcFinal = src;
        // (a reflexive "themselves" is the source again: no counterpart, no self-loop dyad)
        tgt = tgt.stream().filter(i -> !srcFinal.contains(i) && i != t && !reflexive(c, i)).toList();

        src = args.relatives(c, src).stream().filter(i -> args.actorLike(c, i)).toList();
        tgt = args.relatives(c, tgt).stream().filter(i -> args.actorLike(c, i)).toList();
        if (src.isEmpty() && !tgt.isEmpty() && "between".equals(c.marker(tgt.get(0)))) {
            src = tgt; // "contacts between Putin and Pashinyan": both sides act
            tgt = List.of();
        }
        if (src.isEmpty() && tgt.stream().noneMatch(i -> args.actorLike(c, i))) {
            // "signed between Russia, Armenia and Azerbaijan": an agentless act among parties
            List<Integer> among = argument(c, chain, Set.of("between", "among"));
            if (!among.isEmpty()) {
                src = among;
                tgt = List.of();
            }
        }
        return new Heads(src, tgt);
    }

    /** The subject of the statement whose complement is {@code top} ("Peskov said that …"), or empty. */
    private List<Integer> speaker(Clause c, int top) {
        String b = Clause.base(c.rel(top));
        int h = c.head(top);
        if (h < 0 || !(b.equals("ccomp") || b.equals("parataxis"))) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        subject(c, scope.chain(c, h), -1, out);
        return out;
    }

    /** Fills the subject heads (with conjuncts) found along the chain; returns whether the subject is passive. */
    private boolean subject(Clause c, List<Integer> chain, int trigger, List<Integer> out) {
        for (int node : chain) {
            for (int k : c.children(node)) {
                String r = c.rel(k);
                if ((r.equals("nsubj") || r.equals("nsubj:pass")) && k != trigger) {
                    out.addAll(c.withConjuncts(k));
                    return r.equals("nsubj:pass") && node == chain.get(0);
                }
            }
        }
        // A subjectless verb shares its governor's subject: a purpose clause ("mobilized groups to help
        // support …"), a participle ("opened fire, killing one") or a coordinated verb ("… and arresting 12").
        int top = chain.get(chain.size() - 1);
        for (int depth = 0; depth < 3 && c.head(top) >= 0; depth++) {
            String b = Clause.base(c.rel(top));
            String m = c.marker(top);
            boolean shared = b.equals("conj") && c.token(top).isVerb()
                    || b.equals("advcl") && ("to".equals(m) || m == null && "VBG".equals(c.token(top).pos()))
                    || b.equals("dep") && m == null && "VBG".equals(c.token(top).pos());
            if (!shared) {
                return false;
            }
            List<Integer> up = scope.chain(c, c.head(top));
            for (int node : up) {
                for (int k : c.children(node, "nsubj", "nsubj:pass")) {
                    if (k != trigger) {
                        out.addAll(c.withConjuncts(k));
                        // "… which were under control and were not occupied by X": the verb's own voice counts
                        return !c.children(chain.get(0), "aux:pass").isEmpty();
                    }
                }
            }
            top = up.get(up.size() - 1);
        }
        return false;
    }

    /** Oblique or nominal arguments with one of the case markers, under any of the nodes. */
    private List<Integer> argument(Clause c, List<Integer> nodes, Set<String> cases) {
        for (int node : nodes) {
            for (int k : c.children(node)) {
                String b = Clause.base(c.rel(k));
                if ((b.equals("obl") || b.equals("nmod")) && cases.contains(String.valueOf(c.marker(k))) && args.actorLike(c, k)) {
                    return c.withConjuncts(k);
                }
            }
            for (int o : c.children(node, "obj")) {
                for (int k : c.children(o, "nmod")) {
                    if (cases.contains(String.valueOf(c.marker(k))) && args.actorLike(c, k)) {
                        return c.withConjuncts(k);
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * Who held the victim of a harm: "while in Israeli police custody" (the custody phrase, coded by its
     * modifiers) or "at the hands of the militia"; empty when neither is said.
     */
    private static List<Integer> custodian(Clause c, int holder) {
        for (int k : c.children(holder)) {
            String l = c.lemma(k);
            String m = String.valueOf(c.marker(k));
            boolean in = c.children(k, "case").stream().anyMatch(x -> c.lemma(x).equals("in"));
            if ((l.equals("custody") || l.equals("detention")) && in) {
                return List.of(k);
            }
            if (l.equals("hand") && m.equals("at")) {
                for (int o : c.children(k, "nmod")) {
                    if ("of".equals(c.marker(o))) {
                        return c.withConjuncts(o);
                    }
                }
            }
        }
        return List.of();
    }

    private static boolean reflexive(Clause c, int i) {
        String w = c.token(i).word().toLowerCase(java.util.Locale.ROOT);
        return "PRP".equals(c.token(i).pos()) && (w.endsWith("self") || w.endsWith("selves"));
    }

    /**
     * The subject of a verb the parser hung below a noun instead of over it ("Azerbaijan and Armenia, through
     * the mediation of Moscow, agreed"): the actor-like noun it modifies, or that noun's earlier conjuncts.
     */
    private List<Integer> attachedSubject(Clause c, int v) {
        String b = Clause.base(c.rel(v));
        int h = c.head(v);
        if (h < 0 || !c.token(v).isVerb() || !(b.equals("acl") || b.equals("dep"))) {
            return List.of();
        }
        for (int k : c.children(h, "nmod:poss")) {
            return List.of(k); // "its decision to launch …": the possessor decides
        }
        // (a participle with an object of its own is active: "aid groups donated … goods", not "goods donated")
        boolean active = !"VBN".equals(c.token(v).pos()) || !c.children(v, "obj").isEmpty();
        if (args.actorLike(c, h) && c.token(h).isNoun() && active) {
            return c.withConjuncts(h);
        }
        List<Integer> out = new ArrayList<>();
        for (int k : c.children(h, "conj")) {
            if (k < v && args.actorLike(c, k)) {
                out.add(k);
            }
        }
        return out;
    }
}
