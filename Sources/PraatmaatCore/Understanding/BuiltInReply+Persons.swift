/// A reply the supporter types for the participant: "ze weet het niet", "hij wil dat niet
/// zeggen", "weet ze niet". Read as if the participant said it ("ik weet het niet").
extension BuiltInReply {
  /// Third-person verb forms and the form after "ik".
  static let firstPersonForms: [String: String] = [
    "weet": "weet", "wil": "wil", "wilt": "wil", "zegt": "zeg", "vertelt": "vertel", "heeft": "heb",
    "is": "ben", "kan": "kan", "praat": "praat", "gaat": "ga", "snapt": "snap", "begrijpt": "begrijp",
    "moet": "moet", "vindt": "vind", "houdt": "hou", "doet": "doe", "mag": "mag", "hoeft": "hoef",
    "kent": "ken", "durft": "durf", "wou": "wou", "wist": "wist",
  ]
  static let thirdPersons: Set<String> = ["hij", "ze", "zij"]

  /// The line with "hij/ze/zij" and the verb beside it said by the participant, with its
  /// punctuation kept; nil when no such pair stands in it.
  static func inFirstPerson(_ input: String) -> String? {
    var tokens = input.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    func word(_ token: String) -> String { Normalised(token).text }
    func replaced(_ token: String, by new: String) -> String {
      // Keep what follows the letters (",", "?"): the parts of the line stay as they were.
      let tail = token.reversed().prefix { !$0.isLetter }.reversed()
      return new + String(tail)
    }
    var changed = false
    for i in tokens.indices where thirdPersons.contains(word(tokens[i])) {
      // "ze weet", "hij wil" (subject first) or "weet ze", "wil hij" (verb first).
      for k in [i + 1, i - 1] where tokens.indices.contains(k) {
        guard let form = firstPersonForms[word(tokens[k])] else { continue }
        // Not across a comma: "… aan haar, ze" belongs to the part after it.
        let first = min(i, k)
        guard !tokens[first].hasSuffix(","), !tokens[first].hasSuffix(".") else { continue }
        tokens[i] = replaced(tokens[i], by: "ik")
        tokens[k] = replaced(tokens[k], by: form)
        changed = true
        break
      }
    }
    return changed ? tokens.joined(separator: " ") : nil
  }
}

extension BuiltInReply {
  /// "ik wil daar liever niks over zeggen", "wil het niet vertellen want …": not wanting to
  /// tell, however the words between are put. The verb of telling ends its part of the line.
  static func notTelling(_ words: [String]) -> Bool {
    let telling: Set<String> = [
      "zeggen", "vertellen", "praten", "delen", "kwijt", "beantwoorden", "antwoorden",
    ]
    let after: Set<String> = [
      "want", "omdat", "als", "nu", "zolang", "hoor", "hier", "daar", "hoe", "wat", "waar", "wie", "welke",
      "of",
    ]
    // "dat hoeft niemand te weten", "hoeft hij niet te weten": no need to tell.
    if words.count <= 10, words.contains(where: { ["hoeft", "hoef", "hoeven"].contains($0) }),
      let te = words.firstIndex(of: "te"), te + 1 < words.count,
      ["weten", "zeggen", "vertellen"].contains(words[te + 1]),
      words[..<te].contains(where: { ["niet", "niks", "niets", "niemand"].contains($0) })
    {
      return true
    }
    // "mag ik daar liever niets over zeggen": asking leave not to say it is not saying it.
    let wanting =
      words.contains(where: { ["wil", "wilt", "wou"].contains($0) })
      || words.contains("liever") && words.contains(where: { ["niks", "niets"].contains($0) })
    guard words.count <= 12, wanting,
      let verb = words.firstIndex(where: telling.contains),
      verb + 1 == words.count || after.contains(words[verb + 1])
    else { return false }
    // "ik wil niet meer praten" is stopping, not keeping something back.
    return words[..<verb].contains { ["niet", "niks", "niets", "liever"].contains($0) }
      && !(verb > 0 && words[verb - 1] == "meer")
  }

  /// "ik moet even water halen", "mag ik eerst roken", "ze wil even naar buiten om te luchten": a short
  /// break, asked for. Only with a word that asks or needs it ("wil", "moet", "mag", "eerst"),
  /// so "even naar buiten met de hond" stays an answer.
  static func breakRequest(_ words: [String]) -> Bool {
    let asking: Set<String> = ["wil", "moet", "mag", "eerst", "brb", "ga", "gaat", "gaan"]
    let breaks: Set<String> = [
      "roken", "sigaret", "sigaretje", "peuk", "plassen", "wc", "toilet", "drinken", "koffie", "thee",
      "water", "buiten", "luchten", "frisse", "lucht", "rust", "rusten", "uitrusten",
    ]
    let asked = words.contains(where: asking.contains) && words.contains("even") || words.contains("brb")
    return asked && words.contains(where: breaks.contains)
  }
}
