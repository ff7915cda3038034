#!/usr/bin/env python3
"""Runs deduce (PyPI, UMC Utrecht) on the anonymiser's dev set and corpus, for scripts/bench.

    deduce_bench.py DEVSET CORPUS SPANS_OUT

Writes one JSON line of spans per dev-set text to SPANS_OUT (labels mapped to praatmaat's),
then prints start-up time (import + Deduce()), throughput on CORPUS and peak memory.
Offsets are Python string offsets: Unicode code points, like praatmaat's.
"""
import json
import re
import resource
import sys
import time

LABELS = "PERSON|LOCATION|INSTITUTION|DATE|AGE|PHONE|EMAIL|URL|ID|IBAN"
MARK = re.compile(r"\{(" + LABELS + r"):([^}]*)\}")

TAGS = {
    "persoon": "PERSON", "patient": "PERSON", "naam": "PERSON", "voornaam": "PERSON",
    "locatie": "LOCATION", "instelling": "INSTITUTION", "ziekenhuis": "INSTITUTION",
    "zorginstelling": "INSTITUTION", "datum": "DATE", "leeftijd": "AGE",
    "telefoonnummer": "PHONE", "emailadres": "EMAIL", "email": "EMAIL", "url": "URL",
    "bsn": "ID", "id": "ID", "patientnummer": "ID", "iban": "IBAN",
}


def dev_texts(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    for line in source.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        yield MARK.sub(lambda m: m.group(2), line)


def label(tag):
    tag = tag.lower()
    for key, value in TAGS.items():
        if key in tag:
            return value
    return "ID"


def main():
    dev, corpus, out = sys.argv[1:4]
    began = time.perf_counter()
    from deduce import Deduce  # noqa: E402  (import time is part of the start-up)

    deduce = Deduce()
    startup = time.perf_counter() - began
    with open(out, "w", encoding="utf-8") as f:
        for text in dev_texts(dev):
            doc = deduce.deidentify(text)
            spans = [
                {"start": a.start_char, "end": a.end_char, "label": label(a.tag)}
                for a in sorted(doc.annotations, key=lambda a: a.start_char)
            ]
            f.write(json.dumps({"spans": spans}) + "\n")
    with open(corpus, encoding="utf-8") as f:
        lines = f.read().split("\n")
    characters = sum(len(line) + 1 for line in lines)
    began = time.perf_counter()
    for line in lines:
        deduce.deidentify(line)
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"deduce: start-up (import + Deduce()) {startup:.2f} s")
    print(
        f"deduce: {seconds:.1f} s for {characters / 1e6:.1f} M characters = "
        f"{characters / seconds / 1e6:.3f} M characters/s, peak {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
