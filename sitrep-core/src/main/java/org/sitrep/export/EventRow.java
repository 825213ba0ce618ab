package org.sitrep.export;

/**
 * One stored event with what the export shapes need: its article (id, url, date), its coding, both first
 * actors (text, corpus entity name, CAMEO actor code, country), the place it names (with coordinates when
 * the place was resolved), and how many reports (the article and its near-duplicates) carry it.
 */
public record EventRow(long id, long article, String docId, String url, String published, String date,
                       String type, String mode, String cameo, Double goldstein,
                       String sourceText, String sourceName, String sourceCode, String sourceCountry,
                       String targetText, String targetName, String targetCode, String targetCountry,
                       String placeText, String placeCountry, Double lat, Double lon, Long geonameid,
                       String trigger, String evidence, double confidence, long reports) {

    /** The actor's display name: its corpus entity name, else the text. */
    public String sourceLabel() {
        return sourceName != null ? sourceName : sourceText;
    }

    public String targetLabel() {
        return targetName != null ? targetName : targetText;
    }
}
