#!/usr/bin/env python3
"""Makes the generated part of the learned labeller's training corpus, seeded.

    anonymiser_corpus.py LISTS_DIR OUT HANDWRITTEN... [--seed=N] [--frequent=FILE]

FILE: common Dutch words (one a line) that are no name on any list, for sentences with an
ordinary word written with a capital.

Two kinds of labelled text, in the format of Tests/AnonymiserDevSet (`{LABEL:text}`):
- the hand-written development texts with each name, place or organisation swapped for
  another one: from the lists, or made up from syllables so that no list knows it (the
  labeller must learn from the words around a name, not only from the lists);
- sentences from templates written for this script: cues, lists of names, possessives,
  places and organisations in every case, and sentences without any personal data full of
  words of the social domain, weekdays and capitals at the start.
No text of a held-out set is read here.
"""
import random
import re
import sys
from pathlib import Path

MARK = re.compile(r"\{(PERSON|LOCATION|INSTITUTION|DATE|AGE|PHONE|EMAIL|URL|ID|IBAN):([^}]*)\}")

SYLLABLES = [
    "ba", "bo", "da", "de", "di", "fa", "ga", "ha", "ja", "ka", "ke", "ki", "la", "le", "li", "lo", "ma",
    "me", "mi", "mo", "na", "ne", "ni", "no", "ra", "re", "ri", "ro", "sa", "se", "si", "ta", "te", "ti",
    "to", "va", "ve", "wa", "ya", "yo", "za", "ze", "an", "el", "in", "on", "ar", "er", "ul", "am",
]
ENDINGS = ["", "", "n", "s", "h", "r", "l", "t", "ja", "na", "sha", "ra", "ke", "je", "ine", "ette", "iq"]
PLACE_ENDINGS = ["dam", "dorp", "wijk", "veen", "horst", "hoven", "broek", "kerk", "hem", "zijl", "drecht", "loo"]
ORG_WORDS = ["zorg", "groep", "huis", "hoeve", "anker", "boog", "kompas", "baken", "stroom", "poort"]


def invented_name(rng):
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + rng.choice(ENDINGS)
    return name


def invented_place(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))) + rng.choice(PLACE_ENDINGS)


def invented_org(rng):
    kind = rng.random()
    if kind < 0.4:
        return "de " + rng.choice(ORG_WORDS) + rng.choice(["", "", "s"])
    if kind < 0.7:
        return invented_name(rng) + rng.choice([" zorg", " groep", "", ""])
    return "stichting " + invented_name(rng)


def load(lists, name):
    path = Path(lists) / name
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]


def cased(text, rng):
    r = rng.random()
    if r < 0.55:
        return text.lower()
    if r < 0.95:
        return " ".join(w[:1].upper() + w[1:] if w not in ("de", "van", "der", "den", "het", "el", "ten", "ter") else w
                        for w in text.split(" "))
    return text.upper()


class Pools:
    def __init__(self, lists, rng):
        self.rng = rng
        self.first = [n for n in load(lists, "voornamen.txt") if " " not in n]
        self.last = load(lists, "achternamen.txt")
        self.places = load(lists, "plaatsen.txt")
        self.hoods = load(lists, "wijken.txt")
        self.orgs = [o for o in load(lists, "organisaties.txt") if len(o.split()) <= 3]
        self.domain = load(lists, "domein.txt")
        self.frequent = []
        self.named_words = []

    def person(self, full=None):
        rng = self.rng
        first = invented_name(rng) if rng.random() < 0.35 else rng.choice(self.first)
        if full is None:
            full = rng.random() < 0.35
        if not full:
            return first
        last = invented_name(rng) if rng.random() < 0.3 else rng.choice(self.last)
        return f"{first} {last}"

    def place(self):
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return invented_place(rng)
        if r < 0.4:
            return rng.choice(self.hoods)
        return rng.choice(self.places)

    def org(self):
        return invented_org(self.rng) if self.rng.random() < 0.35 else self.rng.choice(self.orgs)

    def street(self):
        rng = self.rng
        base = (invented_name(rng) if rng.random() < 0.5 else rng.choice(self.last).split()[-1])
        street = base + rng.choice(["straat", "laan", "weg", "plein", "singel", "hof", "kade"])
        if rng.random() < 0.6:
            street += f" {rng.randint(1, 180)}{rng.choice(['', '', 'a', 'b'])}"
        return street


def swapped(line, pools, rng):
    """A hand-written text with its names, places and organisations swapped for others."""
    def repl(m):
        label, text = m.group(1), m.group(2)
        if label == "PERSON":
            words = text.split()
            titles = [w for w in words if w.lower() in ("meneer", "mevrouw", "mw.", "dhr.", "dokter", "juf", "mw", "dhr")]
            new = pools.person(full=len(words) - len(titles) > 1)
            new = (" ".join(titles) + " " + new).strip()
        elif label == "LOCATION":
            if any(c.isdigit() for c in text):
                new = pools.street()
            else:
                new = pools.place()
        elif label == "INSTITUTION":
            new = pools.org()
        else:
            return m.group(0)
        new = new.lower() if text.islower() else cased(new, rng)
        return "{" + label + ":" + new + "}"
    return MARK.sub(repl, line)


TEMPLATES = [
    "mijn begeleider {PERSON} komt elke week",
    "ik heet {PERSON} en ik woon in {LOCATION}",
    "mijn naam is {PERSON}",
    "ik ben {PERSON} en ik werk bij {INSTITUTION}",
    "tante {PERSON1} komt vaak langs",
    "juf {PERSON1} was altijd aardig",
    "oom {PERSON1} helpt met de papieren",
    "hoi {PERSON1}, ik mis je",
    "{PERSON1}, {PERSON1} en {PERSON1} wonen ook in de groep",
    "ik ga vaak met {PERSON1} en {PERSON1} naar de stad",
    "{PERSON1}'s moeder belt me soms",
    "ik logeer bij {PERSON1}'s ouders",
    "mijn begeleider ({PERSON1}) is ziek",
    "ik praat het liefst met {PERSON}",
    "{PERSON1} zegt dat het goed gaat",
    "gisteren was {PERSON1} er niet",
    "de buurvrouw {PERSON} let op mij",
    "ik woon in {LOCATION} bij mijn moeder",
    "we zijn verhuisd naar {LOCATION}",
    "ik kom uit {LOCATION}",
    "ik fiets elke dag naar {LOCATION}",
    "mijn zus woont in {LOCATION}",
    "ik woon op de {STREET}",
    "mijn adres is {STREET}",
    "ik woon bij {INSTITUTION}",
    "ik krijg hulp van {INSTITUTION}",
    "ik zit op de dagbesteding bij {INSTITUTION}",
    "ik werk bij {INSTITUTION} in de keuken",
    "mijn begeleider is van {INSTITUTION}",
    "ik ben lid van {INSTITUTION}",
    "op school bij {INSTITUTION} was het niet leuk",
    "{INSTITUTION} heeft een nieuwe begeleider gestuurd",
    "ik sport bij {INSTITUTION} op dinsdag",
    "{PERSON1} van {INSTITUTION} belt me morgen",
    "mijn vriend {PERSON1} woont in {LOCATION}",
    "ik ken {PERSON1} van {INSTITUTION}",
]

CLEAN = [
    "de {D} is te moeilijk voor mij",
    "ik heb hulp nodig bij de {D}",
    "{D} aangevraagd maar nog niets gehoord",
    "De {D} kwam op {DAY} langs",
    "In {MONTH} heb ik een gesprek over de {D}",
    "Mijn {D} regelt veel voor mij",
    "ik snap niets van de brief over {D}",
    "de {D} duurt heel lang",
    "{D} is voor mij heel belangrijk",
    "Ik wacht al maanden op de {D}",
    "Op {DAY} ga ik naar de markt",
    "Vorige week was het druk op mijn werk",
    "Ik vind het fijn als iemand naar mij luistert",
    "De bus komt niet vaak genoeg",
    "Soms voel ik me alleen",
    "Het gaat beter met mij sinds de zomer",
    "Mijn huis is te klein en te duur",
    "Ik wil graag meer zelf doen",
    "We eten elke vrijdag samen",
    "Er is te weinig geld aan het eind van de maand",
]

# Sentences whose first or another word is an ordinary word written with a capital: what
# people type without thinking, and no name.
CAPITALISED = [
    "{F} ga ik weer naar huis",
    "{F} was het heel druk bij ons",
    "{F} vind ik niet leuk",
    "ik vind {F} het moeilijkst",
    "het is {F} geworden, zegt mijn begeleider",
    "{F} kwam ik te laat op mijn werk",
    "{F} is wat ik het liefst doe",
    "dat was {F} voor mij",
    "Wens: {F} en meer tijd",
    "Dag: {F} werken en dan naar huis",
    "Moeilijk: {F} brieven",
]

# Common words that are also on a list of names, used as the ordinary words they are, in
# lower case: "de visser op de markt", "een merel in de tuin".
ORDINARY = [
    "ik zag een {N} bij ons in de buurt",
    "de {N} was er ook weer",
    "we hebben het over de {N} gehad",
    "bij de {N} om de hoek was het druk",
    "ik vind de {N} mooi",
    "daar staat een {N}",
]

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "juni", "juli", "augustus", "september", "oktober", "november"]


def fill(template, pools, rng):
    out = template
    while "{" in out:
        m = re.search(r"\{(PERSON1|PERSON|LOCATION|STREET|INSTITUTION|D|DAY|MONTH|F|N)\}", out)
        if not m:
            break
        slot = m.group(1)
        if slot == "PERSON1":
            value = "{PERSON:" + cased(pools.person(full=False), rng) + "}"
        elif slot == "PERSON":
            value = "{PERSON:" + cased(pools.person(), rng) + "}"
        elif slot == "LOCATION":
            value = "{LOCATION:" + cased(pools.place(), rng) + "}"
        elif slot == "STREET":
            value = "{LOCATION:" + cased(pools.street(), rng) + "}"
        elif slot == "INSTITUTION":
            value = "{INSTITUTION:" + cased(pools.org(), rng) + "}"
        elif slot == "D":
            d = rng.choice(pools.domain)
            value = d if rng.random() < 0.7 else d[:1].upper() + d[1:]
        elif slot == "F":
            value = rng.choice(pools.frequent).capitalize()
        elif slot == "N":
            value = rng.choice(pools.named_words)
        elif slot == "DAY":
            d = rng.choice(DAYS)
            value = d if rng.random() < 0.5 else d.capitalize()
        else:
            d = rng.choice(MONTHS)
            value = d if rng.random() < 0.5 else d.capitalize()
        out = out[: m.start()] + value + out[m.end():]
    if rng.random() < 0.3:
        out = out[:1].upper() + out[1:]
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    seed = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--seed=")), 2026)
    frequent = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--frequent=")), None)
    lists, out, handwritten = args[0], args[1], args[2:]
    rng = random.Random(seed)
    pools = Pools(lists, rng)
    if frequent:
        pools.frequent = [w for w in Path(frequent).read_text(encoding="utf-8").split() if w]
        pools.named_words = [w for w in Path(frequent + ".names").read_text(encoding="utf-8").split() if w]
    lines = []
    # For each generated text, the number of the hand-written text it was made from (counted
    # as the labeller's rows count them), or -1: cross-validation keeps a text and its swapped
    # copies on the same side.
    sources = []
    number = 0
    for path in handwritten:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if MARK.search(line):
                for _ in range(4):
                    lines.append(swapped(line, pools, rng))
                    sources.append(number)
            number += 1
    for _ in range(12):
        for template in TEMPLATES:
            lines.append(fill(template, pools, rng))
            sources.append(-1)
    for _ in range(20):
        for template in CLEAN:
            lines.append(fill(template, pools, rng))
            sources.append(-1)
    if pools.frequent:
        for _ in range(60):
            for template in CAPITALISED:
                lines.append(fill(template, pools, rng))
                sources.append(-1)
    if pools.named_words:
        for _ in range(40):
            for template in ORDINARY:
                lines.append(fill(template, pools, rng).lower())
                sources.append(-1)
    Path(out).write_text("# gegenereerd door scripts/lib/anonymiser_corpus.py\n" + "\n".join(lines) + "\n", encoding="utf-8")
    Path(out + ".sources").write_text("\n".join(str(s) for s in sources) + "\n", encoding="utf-8")
    print(f"generated corpus: {len(lines)} texts")


if __name__ == "__main__":
    main()
