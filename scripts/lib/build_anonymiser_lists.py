#!/usr/bin/env python3
"""Builds the anonymiser's word lists in Content/anonimiseren/ (see the README there).

Inputs: the Faker wheel (MIT licence; read with `ast`, never imported or run), the Debian
word list `wdutch` (OpenTaal, BSD or CC BY 3.0) and our own lists in Content/anonimiseren/eigen/.
The output is sorted and deduplicated, so running it twice gives the same files.
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


def plausible(entry, max_words=4):
    words = entry.split()
    return 0 < len(words) <= max_words and all(any(c.isalpha() for c in w) for w in words)


def write(out, name, header, entries):
    body = sorted(set(e for e in entries if e))
    text = "".join(f"# {line}\n" for line in header) + "".join(e + "\n" for e in body)
    (out / name).write_text(text, encoding="utf-8")
    print(f"  {name}: {len(body)} entries")


def main():
    wheel, dictionary, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
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
    first = [norm(n) for n in first] + read_own(own, "voornamen.txt")
    first = [n for n in first if plausible(n, 2) and n not in keep and len(n) > 1]
    last = [norm(n) for n in last] + read_own(own, "achternamen.txt")
    last = [n for n in last if plausible(n, 3) and n not in keep and len(n) > 1]
    towns = [norm(n) for n in towns + provinces] + read_own(own, "plaatsen.txt")
    towns = [n for n in towns if plausible(n) and n not in keep]
    countries = [norm(n) for n in countries]
    countries = [n for n in countries if plausible(n) and n not in keep]

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
    known = set(first) | set(last) | set(towns) | set(countries)
    proper = {p for p in proper if p not in words and p not in known and p not in keep}
    # Roman numerals and genitive forms ("Gerda's" is dropped above, "Janes" here).
    proper = {p for p in proper if not set(p) <= set("mdclxvi")}

    source_faker = f"Faker {wheel.name.split('-')[1]} (MIT-licentie)"
    write(out, "voornamen.txt", [
        "Voornamen, kleine letters, één per regel.",
        f"Bron: {source_faker}: {', '.join(FAKER_PERSON)}; aangevuld met eigen/voornamen.txt.",
    ], first)
    write(out, "achternamen.txt", [
        "Achternamen, met tussenvoegsel waar dat hoort, kleine letters.",
        f"Bron: {source_faker}: {', '.join(FAKER_PERSON)}; aangevuld met eigen/achternamen.txt.",
    ], last)
    write(out, "plaatsen.txt", [
        "Plaatsen en provincies in Nederland, plus bijnamen en plaatsen waar mensen vandaan komen.",
        f"Bron: {source_faker}: nl_NL (cities, provinces); aangevuld met eigen/plaatsen.txt.",
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
    for name, header in [
        ("wijken.txt", "Wijken en buurten."),
        ("organisaties.txt", "Zorgaanbieders, scholen, werkgevers, winkels, clubs en teams."),
        ("tussenvoegsels.txt", "Tussenvoegsels en naamdelen voor een achternaam."),
        ("houden.txt", "Woorden en namen die nooit vervangen worden."),
    ]:
        write(out, name, [header, f"Bron: eigen/{name} (eigen samenstelling voor praatmaat)."],
              read_own(own, name))


if __name__ == "__main__":
    main()
