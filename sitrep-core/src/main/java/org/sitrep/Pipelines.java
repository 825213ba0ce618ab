package org.sitrep;

import java.util.List;
import org.sitrep.extract.entity.EntityResolver;
import org.sitrep.extract.event.EventStage;
import org.sitrep.extract.place.Geocoder;
import org.sitrep.extract.quote.QuoteStage;
import org.sitrep.extract.quote.ReportTimeStage;
import org.sitrep.extract.story.StorySegmenter;
import org.sitrep.extract.time.PublicationDateStage;
import org.sitrep.extract.time.TimeStage;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;

/** The one place where Sitrep's stages are put together; {@link Pipeline#of} checks the order. */
public final class Pipelines {

    private Pipelines() {
    }

    public static Pipeline standard(SitrepConfig config) {
        return Pipeline.of(stages(new CoreNlpStage(config.nlp())));
    }

    /** The standard stages after the NLP stage given (tests pass a shared, already loaded one). */
    public static List<Stage> stages(Stage nlp) {
        return List.of(
                new PublicationDateStage(),
                nlp,
                new StorySegmenter(),
                new EntityResolver(),
                new QuoteStage(),
                new Geocoder(),
                new TimeStage(),
                new ReportTimeStage(),
                new EventStage());
    }
}
