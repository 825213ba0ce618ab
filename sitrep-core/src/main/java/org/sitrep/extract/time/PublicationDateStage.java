package org.sitrep.extract.time;

import java.util.EnumSet;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Problem;
import org.sitrep.model.Published;
import org.sitrep.pipeline.Stage;

/**
 * The publication date every relative time is anchored to. A date given by the caller or read from
 * metadata is kept; otherwise it is inferred from the text ({@link DateInference}), with its confidence and
 * evidence; when nothing in the text pins it, it stays unknown and a problem says so.
 */
public final class PublicationDateStage implements Stage {

    @Override
    public String name() {
        return "published";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.PUBLISHED);
    }

    @Override
    public Analysis apply(Analysis in) {
        Published known = in.article().published();
        if (known.how() == Published.How.GIVEN || known.how() == Published.How.METADATA) {
            return in.withPublished(known);
        }
        Published inferred = DateInference.infer(in.text());
        Analysis out = in.withPublished(inferred);
        if (inferred.how() == Published.How.UNKNOWN) {
            out = out.withProblem(new Problem(Problem.Severity.INFO, "no-publication-date",
                    "no publication date given and none found in the text; relative times stay unresolved", null));
        }
        return out;
    }
}
