package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sitrep.Sitrep;
import org.sitrep.extract.place.Geocoder;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.pipeline.StageTimings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Scores toponym recognition and resolution on the LGL corpus ({@code lgl.xml}: articles with place names
 * resolved to GeoNames). A system place matches a gold toponym when their spans overlap (one to one, in text
 * order); precision and recall count matches. On matched toponyms with gold coordinates, accuracy is the
 * share resolved within 161 km (100 miles) of the gold point — an unresolved match counts as wrong — and
 * the median error is taken over the same pairs, unresolved ones as half the Earth's circumference.
 */
public final class PlacesEval {

    private static final double UNRESOLVED_KM = 20_015;

    public record GoldToponym(Span span, String phrase, Double lat, Double lon) {
    }

    public record Doc(String id, String text, List<GoldToponym> toponyms) {
    }

    /** The figures: toponym P/R/F1, matched toponyms with gold coordinates, those within 161 km, errors. */
    public record Result(Prf toponyms, int located, int within161, List<Double> errorsKm, List<String> misses) {

        public double accuracy161() {
            return located == 0 ? 0 : (double) within161 / located;
        }

        public double medianKm() {
            if (errorsKm.isEmpty()) {
                return Double.NaN;
            }
            List<Double> s = new ArrayList<>(errorsKm);
            Collections.sort(s);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }

        public Result plus(Result o) {
            List<Double> e = new ArrayList<>(errorsKm);
            e.addAll(o.errorsKm);
            List<String> m = new ArrayList<>(misses);
            m.addAll(o.misses);
            return new Result(toponyms.plus(o.toponyms), located + o.located, within161 + o.within161, e, m);
        }

        public String summary() {
            return String.format("toponyms %s%nresolution acc@161km %.3f (%d/%d)  median error %.1f km",
                    toponyms.summary(), accuracy161(), within161, located, medianKm());
        }
    }

    public static final Result EMPTY = new Result(Prf.ZERO, 0, 0, List.of(), List.of());

    private PlacesEval() {
    }

    /** Reads the LGL XML file. */
    public static List<Doc> readLgl(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document d = f.newDocumentBuilder().parse(in);
            List<Doc> docs = new ArrayList<>();
            NodeList arts = d.getElementsByTagName("article");
            for (int i = 0; i < arts.getLength(); i++) {
                Element a = (Element) arts.item(i);
                String text = child(a, "text");
                List<GoldToponym> ts = new ArrayList<>();
                NodeList tops = a.getElementsByTagName("toponym");
                for (int j = 0; j < tops.getLength(); j++) {
                    Element t = (Element) tops.item(j);
                    int b = Integer.parseInt(child(t, "start").trim());
                    int e = Integer.parseInt(child(t, "end").trim());
                    Element g = (Element) t.getElementsByTagName("gaztag").item(0);
                    Double lat = g == null ? null : number(child(g, "lat"));
                    Double lon = g == null ? null : number(child(g, "lon"));
                    ts.add(new GoldToponym(new Span(b, e), child(t, "phrase"), lat, lon));
                }
                docs.add(new Doc(a.getAttribute("docid"), text, ts));
            }
            return docs;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(xml + ": " + e.getMessage(), e);
        }
    }

    private static String child(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
    }

    /** Analyses the documents and scores them. */
    public static Result run(Sitrep sitrep, List<Doc> docs) {
        List<Result> results = new ArrayList<>();
        java.util.Iterator<Doc> it = docs.iterator();
        java.util.Iterator<Article> articles = docs.stream().map(d -> Article.of(d.id(), d.text())).iterator();
        sitrep.analyzeAll(articles, new StageTimings(), a -> results.add(score(it.next(), a)));
        return results.stream().reduce(EMPTY, Result::plus);
    }

    /** Scores one document's places. */
    public static Result score(Doc doc, Analysis a) {
        List<Place> system = a.places();
        boolean[] used = new boolean[system.size()];
        int tp = 0;
        int located = 0;
        int within = 0;
        List<Double> errors = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (GoldToponym g : doc.toponyms()) {
            int best = -1;
            for (int i = 0; i < system.size(); i++) {
                if (!used[i] && system.get(i).span().overlaps(g.span())
                        && (best < 0 || system.get(i).span().overlapRatio(g.span()) > system.get(best).span().overlapRatio(g.span()))) {
                    best = i;
                }
            }
            if (best < 0) {
                misses.add(String.format("%s missed  %s", doc.id(), g.phrase()));
                continue;
            }
            used[best] = true;
            tp++;
            if (g.lat() == null || g.lon() == null) {
                continue;
            }
            located++;
            Place p = system.get(best);
            double km = p.lat() == null ? UNRESOLVED_KM : Geocoder.km(g.lat(), g.lon(), p.lat(), p.lon());
            errors.add(km);
            if (km <= 161) {
                within++;
            } else {
                misses.add(String.format("%s wrong   %s (%.2f, %.2f) → %s, %s (%s, %s) %.0f km", doc.id(), g.phrase(),
                        g.lat(), g.lon(), p.name(), p.country(), p.lat(), p.lon(), km));
            }
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                misses.add(String.format("%s spurious %s", doc.id(), a.textOf(system.get(i).span())));
            }
        }
        return new Result(new Prf(tp, system.size(), doc.toponyms().size()), located, within, errors, misses);
    }
}
