/// The forms of a word that still name an option: a stem, a verb as it is said, a compound
/// and a near spelling.
extension ChoiceReading {
  /// A word's stem in the table: "fietsen" → "fiets", "ouder" → "ouders", "vriendje" → "vriend",
  /// "huisie" → "huis" (a spoken diminutive);
  /// a plural or infinitive said without its last "n" ("wandele") reaches the word's standard
  /// spelling, as the labels are stored in it.
  static func stem(_ word: String, _ table: [String: Set<Int>], spelling: [String: String] = [:]) -> Set<Int>?
  {
    guard word.count >= 4 else { return nil }
    for suffix in ["en", "s", "e", "je", "tje", "jes", "tjes", "n", "'s", "ie"] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if stem.count >= 3, let owners = table[stem] { return owners }
    }
    for suffix in ["en", "s", "e", "n"] {
      if let owners = table[word + suffix] { return owners }
    }
    if word.hasSuffix("e"), let standard = spelling[word + "n"], let owners = table[standard] {
      return owners
    }
    // "voetballen" → "voetbal", "zwemmen" → "zwem": a verb with its last consonant doubled.
    let letters = Array(word)
    if letters.count >= 6, word.hasSuffix("en"), letters[letters.count - 3] == letters[letters.count - 4],
      let owners = table[String(letters.dropLast(3))]
    {
      return owners
    }
    return nil
  }

  /// A verb as it is said, to its infinitive in the table: "ik bel" → "bellen", "hij loopt" →
  /// "lopen", "ik leef" → "leven", "we spreken af" → "afspreken" (a particle later in the
  /// same part of the answer).
  static func verb(at i: Int, in t: AnswerText, _ table: [String: Set<Int>]) -> Set<Int>? {
    let word = t.words[i]
    guard word.count >= 3, Int(word) == nil else { return nil }
    var infinitives = [word] + Self.infinitives(of: word)
    if word.hasSuffix("t"), word.count >= 4 { infinitives += Self.infinitives(of: String(word.dropLast())) }
    let particles: Set<String> = ["af", "op", "mee", "uit", "aan", "langs", "terug", "in", "over"]
    let later = t.words.indices.filter {
      $0 > i && t.clauses[$0] == t.clauses[i] && particles.contains(t.words[$0])
    }
    for infinitive in infinitives {
      if let owners = table[infinitive] { return owners }
      for p in later { if let owners = table[t.words[p] + infinitive] { return owners } }
    }
    return nil
  }

  /// The infinitives a verb's stem can have: "bel" → "bellen", "loop" → "lopen", "leef" →
  /// "leven", "lees" → "lezen", "spreek" → "spreken", "werk" → "werken".
  static func infinitives(of stem: String) -> [String] {
    let letters = Array(stem)
    guard let last = letters.last else { return [] }
    var found = [stem + "en", stem + String(last) + "en"]
    let voiced = last == "f" ? "v" : last == "s" ? "z" : String(last)
    // A long vowel written twice before the last letter is written once before "-en".
    if letters.count >= 3, letters[letters.count - 2] == letters[letters.count - 3],
      "aeou".contains(letters[letters.count - 2])
    {
      found.append(String(letters.dropLast(2)) + voiced + "en")
    }
    if voiced != String(last) { found.append(String(letters.dropLast()) + voiced + "en") }
    return found
  }

  /// A word that shares its last part with one word of the table: "groep" for "woongroep",
  /// "huurflat" for "flat". Dutch compounds end in the word that says what a thing is, so the
  /// option is likely, not sure.
  static func compound(_ word: String, _ table: [String: Set<Int>]) -> Set<Int>? {
    guard word.count >= 4, Int(word) == nil else { return nil }
    var found: Set<Int> = []
    for (key, owners) in table where key.count >= 4 && !key.contains(" ") {
      let longer = word.count >= key.count + 3 && word.hasSuffix(key)
      let shorter = key.count >= word.count + 3 && key.hasSuffix(word)
      if longer || shorter { found.formUnion(owners) }
    }
    return found.count == 1 ? found : nil
  }

  /// A word of five letters or more spelled nearly as one word of the table.
  static func near(_ word: String, _ table: [String: Set<Int>]) -> Set<Int>? {
    guard word.count >= 5, Int(word) == nil else { return nil }
    let allowed = word.count >= 9 ? 2 : 1
    var found: Set<Int>?
    for (key, owners) in table
    where !key.contains(" ") && abs(key.count - word.count) <= allowed && key.count >= 5 {
      if EditDistance.between(key, word) <= allowed {
        if let f = found, f != owners { return nil }
        found = owners
      }
    }
    return found
  }
}
