package org.sitrep.extract.actor;

/**
 * An actor code: {@code country} is an ISO 3166-1 alpha-3 code or null (international bodies, unknown),
 * {@code sector} a CAMEO/PLOVER sector code or null (a country acting as a whole).
 */
public record ActorCode(String country, String sector) {

    /** The concatenated code, as CAMEO writes it: "RUSMIL", "RUS", "CVL", or "" when both are unknown. */
    public String code() {
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }
}
