#!/usr/bin/env python3
"""Writes the most common Dutch words that no name list holds, for the training corpus.

    frequent_words.py WORDFREQ_WHEEL LISTS_DIR OUT [COUNT]

From wordfreq's Dutch frequencies (data CC BY-SA 4.0): the COUNT (default 3000) most frequent
words of at least four letters that are in woorden.txt and on no list of names, places or
organisations; and in OUT.names the common words (of the same frequency) that are also on such
a list ("visser", "groep", "merel"), for sentences that use them as ordinary words.
"""
import gzip
import sys
import zipfile
from pathlib import Path

import msgpack


def load(lists, name):
    return {l.strip() for l in (Path(lists) / name).read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")}


def main():
    wheel, lists, out = sys.argv[1:4]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 3000
    with zipfile.ZipFile(wheel) as z:
        data = msgpack.unpackb(gzip.decompress(z.read("wordfreq/data/large_nl.msgpack.gz")), raw=False)
    words = load(lists, "woorden.txt")
    names = set()
    for name in ["voornamen.txt", "achternamen.txt", "plaatsen.txt", "organisaties.txt", "wijken.txt", "landen.txt"]:
        names |= load(lists, name)
    chosen, named = [], []
    for bucket in data[1:]:
        for word in bucket:
            if len(word) >= 4 and word.isalpha() and word in words:
                (named if word in names else chosen).append(word)
        if len(chosen) >= count:
            break
    Path(out).write_text("\n".join(chosen[:count]) + "\n", encoding="utf-8")
    Path(out + ".names").write_text("\n".join(named) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
