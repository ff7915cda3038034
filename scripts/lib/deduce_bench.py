#!/usr/bin/env python3
"""Runs deduce (PyPI, UMC Utrecht) on the anonymiser's labelled sets and corpus, for scripts/bench.

    deduce_bench.py CORPUS SET SPANS_OUT [SET SPANS_OUT ...]

Writes one JSON line of spans per text of each labelled set (labels mapped to praatmaat's),
then prints the in-process start-up (Deduce(), median of 3, after the import) and the
throughput on CORPUS (median of 3 runs, by the clock and by processor time), the same method
praatmaat-bench uses.
Offsets are Python string offsets: Unicode code points, like praatmaat's.
"""
import json
import re
import resource
import statistics
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


def texts(path):
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
    corpus, pairs = sys.argv[1], sys.argv[2:]
    began = time.perf_counter()
    from deduce import Deduce  # noqa: E402

    imported = time.perf_counter() - began
    loads = []
    for _ in range(3):
        began = time.perf_counter()
        deduce = Deduce()
        loads.append(time.perf_counter() - began)
    for set_path, out in zip(pairs[0::2], pairs[1::2]):
        with open(out, "w", encoding="utf-8") as f:
            for text in texts(set_path):
                doc = deduce.deidentify(text)
                spans = [
                    {"start": int(a.start_char), "end": int(a.end_char), "label": label(a.tag)}
                    for a in sorted(doc.annotations, key=lambda a: a.start_char)
                ]
                f.write(json.dumps({"spans": spans}) + "\n")
    with open(corpus, encoding="utf-8") as f:
        lines = f.read().split("\n")
    characters = sum(len(line) + 1 for line in lines)
    runs = []
    processor = []
    for _ in range(3):
        began = time.perf_counter()
        began_processor = time.process_time()
        for line in lines:
            deduce.deidentify(line)
        runs.append(time.perf_counter() - began)
        processor.append(time.process_time() - began_processor)
    seconds = statistics.median(runs)
    processor_seconds = statistics.median(processor)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"deduce start-up in process: import {imported * 1000:.0f} ms, Deduce() median {statistics.median(loads) * 1000:.0f} ms (3 runs)")
    print(
        f"deduce throughput in process: {characters / seconds / 1e6:.3f} M characters/s "
        f"({characters / 1e6:.1f} M characters, median of 3: {seconds:.1f} s); by processor time "
        f"{characters / processor_seconds / 1e6:.3f} M characters/s (median {processor_seconds:.1f} s), peak {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
