package org.sitrep.read.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jsoup.nodes.Document;

/** A page's title: the {@link TitleChooser}'s pick among the page's {@link TitleOptions}, without the site's name. */
final class Titles {

    private Titles() {
    }

    static String of(Document doc, JsonNode article, String url) {
        List<TitleOptions.Option> options = TitleOptions.of(doc, article, url);
        int best = TitleChooser.shipped().choose(options);
        return best < 0 ? null : options.get(best).text();
    }
}
