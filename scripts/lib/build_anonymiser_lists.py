#!/usr/bin/env python3
"""Builds the anonymiser's word lists in Content/anonimiseren/ (see the README there).

Inputs: the Faker wheel (MIT licence; read with `ast`, never imported or run), the deduce
wheel (UMC Utrecht, LGPL-3.0-or-later; only its lookup lists under deduce/data/lookup/src are
read, never its code), the Debian word list `wdutch` (OpenTaal, BSD or CC BY 3.0), wordfreq's
Dutch frequencies (data under CC BY-SA 4.0; only to leave out very common words as names of
institutions) and our own lists in Content/anonimiseren/eigen/. The output is sorted and deduplicated, so running it
twice gives the same files.
"""
import ast
import sys
import unicodedata
import zipfile
from pathlib import Path

# Only ordinary words up to this length go into woorden.txt; longer tokens are never taken
# for a name on their own, so the dictionary need not know them.
MAX_WORD = 14

FAKER_PERSON = ["nl_NL", "nl_BE", "tr_TR", "pl_PL", "fr_DZ"]
FAKER_ADDRESS = ["nl_NL"]


def norm(text):
    text = unicodedata.normalize("NFC", text.strip()).lower()
    return " ".join(text.split())


def faker_tuples(wheel, path):
    """Every tuple or list of strings assigned in the module, by name."""
    with zipfile.ZipFile(wheel) as z:
        tree = ast.parse(z.read(path).decode("utf-8"))
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            if isinstance(value, (ast.Tuple, ast.List)) and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts
            ):
                for t in targets:
                    if isinstance(t, ast.Name):
                        found[t.id] = [e.value for e in value.elts]
    return found


def read_own(folder, name):
    lines = []
    for line in (folder / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
        if line.strip():
            lines.append(norm(line))
    return lines


def deduce_list(wheel, path):
    """The entries of one deduce lookup list (`items.txt`), minus its `exceptions.txt`."""
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        base = f"deduce/data/lookup/src/{path}"
        items = z.read(f"{base}/items.txt").decode("utf-8").splitlines()
        exceptions = set()
        if f"{base}/exceptions.txt" in names:
            exceptions = {norm(e) for e in z.read(f"{base}/exceptions.txt").decode("utf-8").splitlines()}
    return [norm(i) for i in items if i.strip() and norm(i) not in exceptions]


def word_frequencies(wheel):
    """Dutch word frequencies from wordfreq's data (CC BY-SA 4.0), in centibels: a word in
    bucket n has a frequency of about 10^(-n/100). Lower is more frequent."""
    import gzip
    import msgpack
    with zipfile.ZipFile(wheel) as z:
        data = msgpack.unpackb(gzip.decompress(z.read("wordfreq/data/large_nl.msgpack.gz")), raw=False)
    buckets = {}
    for n, bucket in enumerate(data[1:], 1):
        for word in bucket:
            buckets.setdefault(word, n)
    return buckets


# A single ordinary word more frequent than this (in centibels) is a name of nothing
# ("keuken", "tuin", "bank"), even when some institution is called so.
COMMON_WORD = 450
# The words on veelgebruikt.txt: about the six thousand most common.
COMMON_LIST = 480


def institution_heads(entries, words, domain, frequency):
    """The name of each care institution: the part before the first comma ("cordaan, atelier
    noord" is cordaan). A head that is one ordinary word of the social domain ("thuiszorg")
    or a very common word ("keuken") names no one and is left out."""
    heads = set()
    for entry in entries:
        head = entry.split(",")[0].strip().strip(".")
        if not plausible(head) or len(head) < 3:
            continue
        if " " not in head and (head in domain or (head in words and frequency.get(head, 999) < COMMON_WORD)):
            continue
        heads.add(head)
    return heads


def plausible(entry, max_words=4):
    words = entry.split()
    return 0 < len(words) <= max_words and all(any(c.isalpha() for c in w) for w in words)


def write(out, name, header, entries):
    body = sorted(set(e for e in entries if e))
    text = "".join(f"# {line}\n" for line in header) + "".join(e + "\n" for e in body)
    (out / name).write_text(text, encoding="utf-8")
    print(f"  {name}: {len(body)} entries")


# deduce's municipality list (CBS) has a few old or doubled names; the official name of 2025
# wins, and the other spelling stays as a name people still use.
MUNICIPALITY_FIXES = {
    "'s-gravenhage": ("Den Haag", ["'s-Gravenhage"]),
    "den haag": None,
    "'s-hertogenbosch": ("'s-Hertogenbosch", ["Den Bosch", "s-Hertogenbosch"]),
    "nuenen c.a.": None,
    "nuenen": ("Nuenen, Gerwen en Nederwetten", ["Nuenen", "Nuenen c.a."]),
    "dantumadeel": ("Dantumadiel", ["Dantumadeel"]),
    "tietjerksteradeel": ("Tytsjerksteradiel", ["Tietjerksteradeel"]),
    "de friese meren": ("De Fryske Marren", ["De Friese Meren"]),
    "súdwest-fryslân": ("Súdwest-Fryslân", ["Sudwest-Fryslan", "Zuidwest-Friesland"]),
    "noardeast-fryslân": ("Noardeast-Fryslân", ["Noordoost-Friesland"]),
}
# Two municipalities are called Bergen: one in Noord-Holland and one in Limburg.
BERGEN = [("Bergen (NH)", ["Bergen Noord-Holland"]), ("Bergen (L)", ["Bergen Limburg"])]
SMALL_WORDS = {"en", "aan", "den", "de", "op", "bij", "van", "in", "het", "der"}


def official_case(name):
    """'Alphen Aan Den Rijn' → 'Alphen aan den Rijn'; 'IJsselstein' stays."""
    words = name.split(" ")
    out = []
    for n, word in enumerate(words):
        lower = word.lower()
        out.append(lower if n > 0 and lower in SMALL_WORDS else word)
    return " ".join(out).replace("'S-", "'s-")


def municipalities(deduce):
    """The municipalities of the Netherlands (and the three special municipalities of the
    Caribbean Netherlands), one line each: the official name, then after `|` other names."""
    with zipfile.ZipFile(deduce) as z:
        items = z.read("deduce/data/lookup/src/locations/lst_placename/lst_municipality/items.txt")
    lines, done = [], set()
    for raw in items.decode("utf-8").splitlines():
        name = raw.strip()
        key = name.lower()
        if not name or key in done:
            continue
        done.add(key)
        if key == "bergen":
            lines += [f"{n} | {', '.join(a)}" for n, a in BERGEN]
            continue
        if key in MUNICIPALITY_FIXES:
            fix = MUNICIPALITY_FIXES[key]
            if fix is None:
                continue
            official, aliases = fix
            lines.append(f"{official} | {', '.join(aliases)}")
            continue
        lines.append(official_case(name))
    return sorted(lines, key=lambda l: l.lower().lstrip("'"))


def main():
    wheel, deduce, dictionary, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    frequency = word_frequencies(Path(sys.argv[5]))
    own = out / "eigen"
    first, last = [], []
    for locale in FAKER_PERSON:
        t = faker_tuples(wheel, f"faker/providers/person/{locale}/__init__.py")
        for key, values in t.items():
            if key.startswith("first_names"):
                first += values
            elif key.endswith("last_names"):
                last += values
    towns, countries, provinces = [], [], []
    for locale in FAKER_ADDRESS:
        t = faker_tuples(wheel, f"faker/providers/address/{locale}/__init__.py")
        towns += t.get("cities", [])
        countries += t.get("countries", [])
        provinces += t.get("provinces", [])

    keep = set(read_own(own, "houden.txt"))
    domain = set(read_own(own, "domein.txt"))
    first = [norm(n) for n in first] + deduce_list(deduce, "names/lst_first_name") + read_own(own, "voornamen.txt")
    first = [n for n in first if plausible(n, 2) and n not in keep and n not in domain and len(n) > 1]
    last = (
        [norm(n) for n in last]
        + deduce_list(deduce, "names/lst_surname")
        + deduce_list(deduce, "names/lst_interfix_surname")
        + read_own(own, "achternamen.txt")
    )
    last = [n for n in last if plausible(n, 3) and n not in keep and n not in domain and len(n) > 1]
    towns = (
        [norm(n) for n in towns + provinces]
        + deduce_list(deduce, "locations/lst_placename/lst_residence")
        + deduce_list(deduce, "locations/lst_placename/lst_municipality")
        + deduce_list(deduce, "locations/lst_placename/lst_region")
        + deduce_list(deduce, "locations/lst_placename/lst_province")
        + read_own(own, "plaatsen.txt")
    )
    towns = [n for n in towns if plausible(n) and n not in keep and n not in domain]
    countries = [norm(n) for n in countries]
    countries = [n for n in countries if plausible(n) and n not in keep]
    particles = read_own(own, "tussenvoegsels.txt") + deduce_list(deduce, "names/lst_interfix")

    words, proper = set(), set()
    for raw in dictionary.read_text(encoding="utf-8").splitlines():
        w = unicodedata.normalize("NFC", raw.strip())
        if not w or " " in w or any(c.isdigit() or c == "." for c in w):
            continue
        if w[0].islower() and len(w) <= MAX_WORD:
            words.add(w)
        elif w[0].isupper() and not w.isupper() and "'" not in w and len(w) > 2:
            proper.add(w.lower())
    words -= set(read_own(own, "vooral-namen.txt"))
    organisations = set(read_own(own, "organisaties.txt"))
    organisations |= set(deduce_list(deduce, "institutions/lst_hospital"))
    organisations |= set(deduce_list(deduce, "institutions/lst_hospital_abbr"))
    organisations |= institution_heads(
        deduce_list(deduce, "institutions/lst_healthcare_institution"), words, domain, frequency)
    organisations = {o for o in organisations if o not in keep and o not in domain}
    known = set(first) | set(last) | set(towns) | set(countries) | organisations
    proper = {p for p in proper if p not in words and p not in known and p not in keep and p not in domain}
    # Roman numerals and genitive forms ("Gerda's" is dropped above, "Janes" here).
    proper = {p for p in proper if not set(p) <= set("mdclxvi")}

    source_faker = f"Faker {wheel.name.split('-')[1]} (MIT-licentie)"
    source_deduce = f"deduce {deduce.name.split('-')[1]} (LGPL-3.0-or-later), opzoeklijsten"
    write(out, "voornamen.txt", [
        "Voornamen, kleine letters, één per regel.",
        f"Bron: {source_faker}: {', '.join(FAKER_PERSON)}; {source_deduce} lst_first_name;",
        "aangevuld met eigen/voornamen.txt.",
    ], first)
    write(out, "achternamen.txt", [
        "Achternamen, met tussenvoegsel waar dat hoort, kleine letters.",
        f"Bron: {source_faker}: {', '.join(FAKER_PERSON)}; {source_deduce} lst_surname,",
        "lst_interfix_surname; aangevuld met eigen/achternamen.txt.",
    ], last)
    write(out, "plaatsen.txt", [
        "Plaatsen, gemeenten, regio's en provincies in Nederland, plus bijnamen en plaatsen waar mensen vandaan komen.",
        f"Bron: {source_faker}: nl_NL (cities, provinces); {source_deduce} lst_residence,",
        "lst_municipality, lst_region, lst_province; aangevuld met eigen/plaatsen.txt.",
    ], towns)
    write(out, "landen.txt", [
        "Landen, Nederlandse namen.",
        f"Bron: {source_faker}: nl_NL (countries).",
    ], countries)
    write(out, "woorden.txt", [
        f"Gewone Nederlandse woorden (kleine letters, hoogstens {MAX_WORD} tekens).",
        "Bron: Debian-pakket wdutch (OpenTaal, BSD of CC BY 3.0), /usr/share/dict/dutch,",
        "zonder de woorden in eigen/vooral-namen.txt (bijna altijd een naam).",
    ], words)
    write(out, "eigennamen.txt", [
        "Eigennamen (met hoofdletter in de woordenlijst) die geen gewoon woord zijn.",
        "Bron: Debian-pakket wdutch (OpenTaal, BSD of CC BY 3.0), /usr/share/dict/dutch.",
    ], proper)
    write(out, "organisaties.txt", [
        "Zorgaanbieders, ziekenhuizen, scholen, werkgevers, winkels, clubs en teams.",
        f"Bron: eigen/organisaties.txt; {source_deduce} lst_hospital, lst_hospital_abbr,",
        "lst_healthcare_institution (de naam voor de eerste komma), zonder één heel gewoon woord",
        "(vaker dan 10^-4,5 volgens wordfreq, CC BY-SA 4.0, zoals 'keuken').",
    ], organisations)
    write(out, "tussenvoegsels.txt", [
        "Tussenvoegsels en naamdelen voor een achternaam.",
        f"Bron: eigen/tussenvoegsels.txt; {source_deduce} lst_interfix.",
    ], particles)
    common = sorted((w for w in frequency if frequency[w] < COMMON_LIST and w in words), key=lambda w: (frequency[w], w))
    write(out, "veelgebruikt.txt", [
        "De meest gebruikte Nederlandse woorden (vaker dan 10^-4,8): een naam die zo'n woord is,",
        "telt zonder hoofdletter of duidelijk woord ervoor niet als naam ('ken', 'wil', 'hoop').",
        "Bron: wordfreq 3.1.1, Nederlandse frequenties (data CC BY-SA 4.0), alleen woorden uit woorden.txt.",
    ], common)
    write(out, "domein.txt", [
        "Woorden uit het sociaal domein: nooit weggehaald, in elke vorm en in samenstellingen.",
        "Bron: eigen/domein.txt (zie de bronnen daar).",
    ], domain)
    gemeenten = municipalities(deduce)
    folder = out.parent / "gemeenten"
    folder.mkdir(exist_ok=True)
    (folder / "gemeenten.txt").write_text("".join(f"# {h}\n" for h in [
        "De gemeenten van Nederland (en de drie bijzondere gemeenten Bonaire, Saba en Sint Eustatius).",
        "Eén gemeente per regel: de officiële naam, en na | andere namen die mensen gebruiken.",
        f"Bron: {source_deduce} lst_municipality (CBS-indeling), met de officiële namen van 2025",
        "(zie scripts/lib/build_anonymiser_lists.py, MUNICIPALITY_FIXES). Niet met de hand aanpassen.",
    ]) + "\n".join(gemeenten) + "\n", encoding="utf-8")
    print(f"  gemeenten/gemeenten.txt: {len(gemeenten)} entries")
    for name, header in [
        ("wijken.txt", "Wijken en buurten."),
        ("houden.txt", "Woorden en namen die nooit vervangen worden."),
    ]:
        write(out, name, [header, f"Bron: eigen/{name} (eigen samenstelling voor praatmaat)."],
              read_own(own, name))


if __name__ == "__main__":
    main()
