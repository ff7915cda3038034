/// Replies in longer sentences: set phrases that stay clear at any length, "terug" and a
/// break asked for or only talked about, and a line that asks something back.
extension BuiltInReply {
  /// Replies that stay clear in a longer sentence: a refusal in a set phrase ("dat doet te
  /// veel pijn om over te praten", "over mijn werk wil ik het liever niet hebben"), not knowing
  /// as what follows from the rest ("dat regelt mijn bewindvoerder dus ik weet het niet"), and
  /// asking what a word covers ("wat is het verschil tussen loon en uitkering", "telt
  /// wandelen ook als sport"; "een goudvis, telt dat?" is an answer, see `asksBack`).
  static func saidAtLength(_ words: [String]) -> BuiltInReply? {
    let text = " " + words.joined(separator: " ") + " "
    func has(_ phrases: [String]) -> Bool { phrases.contains { text.contains(" \($0) ") } }
    if has([
      "om over te praten", "praat ik niet graag over", "praat ik liever niet over", "praat ik niet over",
      "liever niet hebben", "houd ik liever voor me", "hou ik liever voor me", "zijn mijn zaken",
      "laat ik in het midden", "durf ik niet te zeggen", "durf ik nu niet te zeggen", "wil dat niet zeggen",
      "wil het niet zeggen", "wil ik niet zeggen", "zeg ik liever niet", "wil daar niet aan denken",
      "wil er niet aan denken", "gaat niemand wat aan", "gaat je niks aan", "gaat je niets aan",
      "dat zeg ik niet", "wil niet antwoorden", "wil ik niet antwoorden", "wil daar niet op antwoorden",
      "wil ik niet aan denken", "bespreek ik alleen met", "bespreek ik liever met", "zeg ik liever niks",
    ])
      // "mijn adres hou ik voor mezelf": what is mine, kept to myself ("geheimen hou ik voor
      // mezelf" answers a statement about telling everything).
      || keptToMyself(words)
      // "daar wil ik niet op antwoorden want ze zit naast me": not telling, and why.
      || notTelling(words) || notYourBusiness(words) || noWishToTell(words)
      // "ik wil het niet over mijn geld hebben": not wanting to talk about what is asked.
      || words.count <= 10 && has(["wil het niet over", "wil niet over", "wil het er niet over"])
        && ["hebben", "praten"].contains(words.last ?? "")
    {
      return .refuse
    }
    if let back = changingEarlier(words) { return back }
    // "met de bus of met de fiets bedoel je": which of two is meant, asked at the end.
    if words.count >= 3, words.suffix(2) == ["bedoel", "je"] { return .explain }
    // "kun je de vraag nog een keer laten zien": the question shown again.
    if words.contains("zien"), words.contains(where: ["laten", "laat", "tonen"].contains),
      words.contains(where: ["nog", "opnieuw", "weer"].contains)
    {
      return .repeatQuestion
    }
    // "ik wil terug want ik typte iets anders bij de vorige": back, and to which question.
    if askedBack(words), words.contains(where: ["vorige", "hiervoor", "ervoor", "daarvoor"].contains) {
      return .back
    }
    // "pff lastige vraag, weet ik niet": not knowing, after a sigh about the question.
    let hard: Set<String> = ["moeilijke", "moeilijk", "lastige", "lastig", "goeie", "goede"]
    let sighs = hard.union(["pff", "pfff", "poeh", "tja", "hmm", "oei", "vraag", "dat", "is", "een", "zeg"])
    if let k = words.indices.first(where: { !sighs.contains(words[$0]) }), k > 0,
      words[..<k].contains(where: hard.contains),
      phrased(" " + words[k...].joined(separator: " ") + " ", words: Array(words[k...])) == .dontKnow
    {
      return .dontKnow
    }
    if let so = words.lastIndex(of: "dus"), so > 0, so + 1 < words.count {
      let rest = Array(words[(so + 1)...])
      if rest.count <= 6, phrased(" " + rest.joined(separator: " ") + " ", words: rest) == .dontKnow {
        return .dontKnow
      }
    }
    // "wat hoort er allemaal bij wonen", "wat heeft dit met werk te maken": what the question covers.
    if has([
      "wat is het verschil", "wat het verschil is", "wat telt als", "wat tellen als", "wat tel je als",
      "wat valt onder", "wat valt er onder",
      "valt allemaal onder", "wat hoort bij", "wat hoort er bij", "hoort allemaal bij", "wat heeft dit met",
      "wat heeft dat met", "wat heeft het met",
    ])
      || (["telt", "tellen"].contains(words.first ?? "") && words.count <= 10)
    {
      return .explain
    }
    return nil
  }

  /// "mijn adres hou ik voor mezelf", "dat houd ik voor me": something of one's own kept back.
  static func keptToMyself(_ words: [String]) -> Bool {
    guard let k = words.firstIndex(where: { ["hou", "houd"].contains($0) }), k >= 2, k + 3 < words.count,
      words[k + 1] == "ik", words[k + 2] == "voor", ["mezelf", "me", "mijzelf"].contains(words[k + 3])
    else { return false }
    return ["mijn", "mn", "me", "m'n"].contains(words[k - 2])
  }

  /// "terug" as a request: first, or after a word that asks or softens ("ga terug", "wil
  /// terug", "ff terug"). After another verb it is part of that verb: "ze bellen nooit terug".
  static func askedBack(_ words: [String]) -> Bool {
    guard let k = words.firstIndex(of: "terug") else { return false }
    let asking: Set<String> = [
      "ga", "gaan", "wil", "willen", "even", "ff", "effe", "nog", "mag", "kan", "kunnen", "eh", "uh", "graag",
    ]
    return k == 0 || asking.contains(words[k - 1])
  }

  /// "vooral de pauze", "na de pauze", "stoppen met roken": a break or stopping talked about,
  /// not asked for.
  static func breakMentioned(_ words: [String]) -> Bool {
    let about: Set<String> = ["de", "het", "een", "die", "mijn", "tijdens", "na", "voor", "in", "elke"]
    // "kan ik een pauze", "kunnen we een pauze nemen": a break asked for, with "een".
    let asking: Set<String> = ["mag", "kan", "kunnen", "wil", "willen", "graag"]
    return words.indices.contains { i in
      (words[i] == "pauze" && i > 0 && about.contains(words[i - 1])
        && !(words[i - 1] == "een" && words[..<(i - 1)].contains(where: asking.contains)))
        || (["stoppen", "stop"].contains(words[i]) && i + 1 < words.count && words[i + 1] == "met"
          // "ik wil stoppen met het gesprek", "met deze vragen": stopping this, asked for.
          && !(i + 2 < words.count
            && (["praten", "dit", "deze"].contains(words[i + 2])
              || words[(i + 2)...].contains(where: ["gesprek", "vragen", "vraag"].contains))))
    }
  }

  /// Whether a line that is no answer asks something back ("telt mijn kat ook mee?", "bedoel
  /// je de bus of de tram?"): the participant wants the question made clear. Only for lines the
  /// question could not read, so "een konijn, telt dat?" stays an answer.
  /// So does a short line that only says it is not understood ("ik snap het echt niet",
  /// "begrijp er niks van"), and one that asks how to answer without a question mark
  /// ("hoeveel moet ik kiezen", "welke moet ik aanklikken").
  public static func asksBack(_ input: String) -> Bool {
    let n = Normalised(input)
    guard !n.words.isEmpty, n.words.count <= 12 else { return false }
    if input.trimmingWhitespace().hasSuffix("?") { return true }
    let w = n.words.map(String.init)
    let understand: Set<String> = ["snap", "snapt", "begrijp", "begrijpt", "snappen", "begrijpen"]
    let not: Set<String> = ["niet", "nie", "niks", "niets", "geen", "nooit"]
    let light: Set<String> = [
      "ik", "het", "er", "van", "dat", "echt", "helemaal", "toch", "die", "deze", "vraag",
    ]
    if w.count <= 6, w.contains(where: understand.contains), w.contains(where: not.contains),
      w.allSatisfy({ understand.contains($0) || not.contains($0) || light.contains($0) })
    {
      return true
    }
    let doing: Set<String> = ["kiezen", "invullen", "typen", "antwoorden", "zeggen", "aanklikken", "doen"]
    return w.count <= 6 && ["hoeveel", "wat", "welke", "hoe"].contains(w[0]) && w.count >= 4
      && ["mag", "moet", "kan"].contains(w[1]) && w[2] == "ik" && doing.contains(w.last!)
  }
}
