#!/usr/bin/env python3
"""Count the repeats and mirror halves in the bundled event samples, independently of package events.

Standard library only. Run from the repository root:

    python3 events/testdata/count_double_coded.py > events/testdata/double-coded.tsv

It follows the rules of "Mirrored and repeated events" in events/doc.go, read
from the raw columns with no code of the package: a row takes part when both
its sides are present and differ (full actor granularity, no selection); its
document is the ICEWS Story ID or a GDELT SOURCEURL that is an http(s) URL;
its key is (document, day, CAMEO code, side 1, side 2); a repeat is a row whose
key was seen before; a mirror half is a row, not a repeat, of a reciprocal
code whose swapped key was seen before as a first occurrence. Rows without a
document are never folded. The Go test TestDoubleCodedCount compares the
ingest report and the relations with these numbers.
"""
import csv
import gzip
import os
import sys

RECIPROCAL = {"019", "030", "036", "040", "041", "044", "046", "050", "057", "060", "061", "062", "063", "064"}
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample")


def open_text(name):
    path = os.path.join(SAMPLE, name)
    if name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def icews_rows(name):
    with open_text(name) as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)  # the header
        for r in rows:
            r = [v.strip() for v in r]
            na = lambda v: "" if v == "NA" else v
            side1 = (na(r[2]), na(r[3]), na(r[4]))  # name, sectors, country as written
            side2 = (na(r[8]), na(r[9]), na(r[10]))
            present = side1[0] != "" and side2[0] != ""
            yield dict(doc=na(r[11]), day=r[1], code=r[6], s1=side1, s2=side2,
                       present=present, same=present and side1[0] == side2[0] and side1[2] == side2[2])


def gdelt_rows(name):
    with open_text(name) as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            r = [v.strip() for v in r]  # a field of spaces is empty (" " for a missing Actor2Code)
            url = r[-1] if len(r) in (58, 61) else ""  # 57-column backfile rows have no SOURCEURL
            if not (url.startswith("http://") or url.startswith("https://")):
                url = ""
            side1 = (r[5], r[7], r[8], r[12])  # ActorCode, CountryCode, KnownGroupCode, Type1Code
            side2 = (r[15], r[17], r[18], r[22])
            present = r[5] != "" and r[15] != ""
            yield dict(doc=url, day=r[1], code=r[26], s1=side1, s2=side2,
                       present=present, same=present and r[5] == r[15])


def count(rows):
    n = kept = repeats = mirrors = 0
    seen = {}  # key -> "first" or "mirror"
    for r in rows:
        n += 1
        if not r["present"] or r["same"]:
            continue
        kept += 1
        if not r["doc"]:
            continue
        key = (r["doc"], r["day"], r["code"], r["s1"], r["s2"])
        if key in seen:
            repeats += 1
            continue
        swapped = (r["doc"], r["day"], r["code"], r["s2"], r["s1"])
        if r["code"] in RECIPROCAL and seen.get(swapped) == "first":
            mirrors += 1
            seen[key] = "mirror"
            continue
        seen[key] = "first"
    return n, kept, repeats, mirrors


def main():
    w = sys.stdout
    w.write("# file\trows\tkept\trepeats\tmirror_halves\tevents\n")
    w.write("# made by events/testdata/count_double_coded.py; events = kept - repeats - mirror_halves\n")
    for name, reader in [("events.2018.sample.tab.gz", icews_rows), ("20180101000000.export.CSV.gz", gdelt_rows),
                         ("spark-gdelt.events.csv", gdelt_rows), ("spark-gdelt.events1.csv", gdelt_rows)]:
        n, kept, repeats, mirrors = count(reader(name))
        w.write(f"{name}\t{n}\t{kept}\t{repeats}\t{mirrors}\t{kept - repeats - mirrors}\n")


if __name__ == "__main__":
    main()
