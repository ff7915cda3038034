import Foundation

/// What one language rule found in one sentence: the code, where in the sentence, and what
/// to tell the writer.
struct LanguageFinding: Equatable {
  var code: DiagnosticCode
  /// Characters from the start of the sentence to the word the finding is about.
  var offset: Int
  var message: String
  var hint: String
}

/// The word-level rules (T004–T010), one function per rule, each over one sentence.
///
/// Every rule looks for something specific rather than guessing broadly: a checker that
/// cries wolf teaches writers to ignore it.
enum LanguageRules {
  /// Lower case without accents, so "Cliënt" and "client" are the same word in a list.
  static func fold(_ word: String) -> String {
    // Most words are plain lower-case ASCII already: nothing to fold.
    if word.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return word }
    return word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
      .replacingOccurrences(of: "’", with: "'")
  }

  /// Endings a list word may have in a text: plurals and the adjective -e.
  static let inflections: Set<String> = ["", "s", "'s", "n", "en", "e", "es"]

  /// Whether `word` is `pattern`, allowing a trailing `*` (any ending) or, for the last word
  /// of a jargon term, a plural or adjective ending.
  static func matches(_ pattern: String, _ word: String, inflected: Bool) -> Bool {
    if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
    if !inflected { return word == pattern }
    guard word.hasPrefix(pattern) else { return false }
    return inflections.contains(String(word.dropFirst(pattern.count)))
  }

  // MARK: T005 jargon

  /// Jargon terms, found as whole words in a row; also inside a hyphenated word ("Wmo-loket")
  /// when no term matches the whole word.
  static func jargon(_ words: [TextSpan], lists: LanguageLists) -> [LanguageFinding] {
    var found: [LanguageFinding] = []
    let folded = words.map { fold($0.text) }
    var i = 0
    while i < words.count {
      guard let hit = jargon(at: i, words, folded, lists) else {
        i += 1
        continue
      }
      found.append(
        LanguageFinding(
          code: .jargon, offset: hit.offset,
          message: "'\(hit.shown)' is een moeilijk woord.",
          hint: "Schrijf in gewone woorden: \(withFullStop(hit.entry.alternative))"))
      i += hit.length
    }
    return found
  }

  static func jargon(
    at i: Int, _ words: [TextSpan], _ folded: [String], _ lists: LanguageLists
  ) -> (entry: LanguageLists.Entry, length: Int, offset: Int, shown: String)? {
    // The first letter rules out most of the list at once.
    for entry in folded[i].first.flatMap({ lists.jargonByFirst[$0] }) ?? []
    where i + entry.pattern.count <= words.count {
      let n = entry.pattern.count
      if (0..<n).allSatisfy({ matches(entry.pattern[$0], folded[i + $0], inflected: $0 == n - 1) }) {
        return (entry, n, words[i].offset, words[i..<(i + n)].map(\.text).joined(separator: " "))
      }
    }
    guard folded[i].contains("-") else { return nil }
    var offset = words[i].offset
    for part in words[i].text.split(separator: "-", omittingEmptySubsequences: false) {
      let word = fold(String(part))
      if let entry = lists.jargon.first(where: {
        $0.pattern.count == 1 && matches($0.pattern[0], word, inflected: true)
      }) {
        return (entry, 1, offset, String(part))
      }
      offset += part.count + 1
    }
    return nil
  }

  /// A list's alternative as the end of a hint: with a full stop, unless it has one.
  static func withFullStop(_ text: String) -> String {
    guard let last = text.last, !".?!".contains(last) else { return text }
    return text + "."
  }

  // MARK: T010 figurative

  /// How many other words may stand between the words of an expression:
  /// "loop je vast", "trek dan aan de bel".
  static let figurativeGap = 3

  /// Figures of speech from the list: their words in order, with a few words between.
  static func figurative(_ words: [TextSpan], lists: LanguageLists) -> [LanguageFinding] {
    var found: [LanguageFinding] = []
    let folded = words.map { fold($0.text) }
    var used = Set<Int>()
    for entry in lists.figurative {
      guard let first = entry.pattern.first else { continue }
      for start in folded.indices
      where !used.contains(start) && matches(first, folded[start], inflected: false) {
        var last = start
        var ok = true
        for word in entry.pattern.dropFirst() {
          let window = (last + 1)..<min(folded.count, last + 2 + figurativeGap)
          guard let next = window.first(where: { matches(word, folded[$0], inflected: false) })
          else {
            ok = false
            break
          }
          last = next
        }
        guard ok else { continue }
        used.formUnion(start...last)
        let shown = words[start...last].map(\.text).joined(separator: " ")
        found.append(
          LanguageFinding(
            code: .figurative, offset: words[start].offset,
            message: "'\(shown)' is beeldspraak.",
            hint: "Zeg precies wat je bedoelt: \(withFullStop(entry.alternative))"))
        break
      }
    }
    return found
  }

  // MARK: T009 abbreviations

  /// Short forms everyone reads as a word; flagging them would only be noise.
  static let plainAbbreviations: Set<String> = ["tv", "ok", "wc", "pc", "cd", "dvd", "sms", "hm", "hmm"]

  /// Listed abbreviations, words like "a.u.b." and all-capital or vowel-less short words.
  static func abbreviations(_ sentence: String, lists: LanguageLists, skip: Set<Int>)
    -> [LanguageFinding]
  {
    var found: [LanguageFinding] = []
    for token in Sentences.tokenSpans(sentence) {
      let lead = token.text.prefix { "\"'‘“(".contains($0) }.count
      var word = String(token.text.dropFirst(lead))
      while let last = word.last, ",;:!?)\"'’”".contains(last) { word.removeLast() }
      let offset = token.offset + lead
      guard !word.isEmpty, !skip.contains(offset), !word.contains(where: \.isNumber) else {
        continue
      }
      let folded = fold(word)
      let bare = folded.hasSuffix(".") ? String(folded.dropLast()) : folded
      // A term with a full stop in it ("bijv.") is looked up with its stop, others without.
      let listed =
        lists.abbreviationTerms[folded].flatMap { $0.term.utf8.contains(0x2E) ? $0 : nil }
        ?? lists.abbreviationTerms[bare].flatMap { $0.term.utf8.contains(0x2E) ? nil : $0 }
      let letters = bare.filter(\.isLetter)
      let dotted = bare.contains(".") && letters.count >= 2 && isDotted(folded)
      let noVowels =
        letters.count >= 2 && letters.count <= 5 && letters.count == bare.count
        && !bare.contains(where: Syllables.isVowel)
      // The full stop after "UWV." ends the sentence; after "bijv." it is part of the word.
      let shown = word.hasSuffix(".") ? String(word.dropLast()) : word
      let capitals = shown.count >= 2 && shown.count <= 6 && shown.allSatisfy(\.isUppercase)
      // "t/m", "m/v": short letters around a slash.
      let slashed =
        bare.contains("/")
        && bare.split(separator: "/").allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isLetter) }
      guard listed != nil || dotted || capitals || noVowels || slashed,
        !plainAbbreviations.contains(bare)
      else { continue }
      found.append(
        LanguageFinding(
          code: .abbreviation, offset: offset,
          message: "'\(listed?.term.contains(".") == true || dotted ? word : shown)' is een afkorting.",
          hint: listed.map { "Schrijf het helemaal uit: \(withFullStop($0.alternative))" }
            ?? "Schrijf het woord helemaal uit."))
    }
    return found
  }

  /// "a.u.b.", "t.z.t": single letters, each followed by a dot.
  static func isDotted(_ word: String) -> Bool {
    let chars = Array(word)
    return chars.enumerated().allSatisfy { i, c in i % 2 == 0 ? c.isLetter : c == "." }
  }

  // MARK: T007 negation, T008 leading questions

  static let negations: Set<String> = ["niet", "geen", "nooit", "niets", "niemand", "nergens"]

  /// Negations in a question: "Vind je het niet fijn?" invites a "ja" that means nothing.
  static func negations(_ words: [TextSpan]) -> [LanguageFinding] {
    words.filter { negations.contains(fold($0.text)) }.map {
      LanguageFinding(
        code: .negationInQuestion, offset: $0.offset,
        message: "In deze vraag staat '\($0.text)'. Een vraag met een ontkenning is moeilijk.",
        hint: "Vraag het zonder '\($0.text)'. Bijvoorbeeld: 'Hoe vind je het?' met een schaal.")
    }
  }

  /// Words that open a question that is no yes/no question.
  static let questionWords: Set<String> = [
    "hoe", "wat", "waar", "wie", "wiens", "welk", "welke", "waarom", "wanneer", "hoeveel",
    "hoelang", "hoezo", "waarmee", "waarover", "waarvan", "waardoor", "waarheen", "waaraan",
    "waarop", "waarbij", "waarnaar", "waarin", "waaruit", "waarvoor",
  ]

  /// Words that push towards an answer: "Je bent toch tevreden?", "Leuk, hè?".
  static let pushingWords: Set<String> = ["toch", "he", "natuurlijk"]

  /// Praise in a yes/no question about something gives away the answer people like to give:
  /// "Vind je de hulp goed?", "Ben je blij met de hulp?". Ask how it is, with a scale.
  static let praise: Set<String> = [
    "tevreden", "goed", "fijn", "leuk", "blij", "prettig", "prima", "lekker", "gelukkig",
  ]

  /// A question that suggests its answer: a pushing word, agreement asked for ("Ben je het
  /// eens met …?"), or a yes/no question about being satisfied ("Ben je tevreden?").
  static func leading(_ words: [TextSpan]) -> [LanguageFinding] {
    let folded = words.map { fold($0.text) }
    guard let first = folded.first else { return [] }
    let isYesNo = !questionWords.contains(first)
    var at: Int?
    if let i = folded.firstIndex(where: pushingWords.contains) {
      at = i
    } else if isYesNo, let i = folded.firstIndex(where: praise.contains), !asksConsent(folded, praise: i) {
      at = i
    } else if isYesNo,
      let i = folded.indices.first(where: {
        folded[$0] == "eens" && $0 > 0 && ["het", "mee", "ermee", "daarmee"].contains(folded[$0 - 1])
      })
    {
      at = i
    }
    guard let at else { return [] }
    return [
      LanguageFinding(
        code: .leadingQuestion, offset: words[at].offset,
        message: "Deze vraag zegt het antwoord al een beetje voor ('\(words[at].text)').",
        hint: "Vraag open: 'Hoe vind je …?' met een schaal. Vraag daarna: 'Wat maakt dat zo?'")
    ]
  }

  /// A short check about what was just said ("Vind je dat goed?", "Goed zo?") asks for
  /// consent, not for an opinion about something.
  static func asksConsent(_ folded: [String], praise: Int) -> Bool {
    praise == 0 || (folded.count <= 4 && folded.contains { ["dat", "dit", "het"].contains($0) })
  }

  // MARK: T006 passive voice

  static let wordenForms: Set<String> = ["word", "wordt", "worden", "werd", "werden", "geworden"]

  /// Words shaped like a past participle that are none, or that are no passive after
  /// "worden" ("Het wordt ingewikkeld", "Ik word gezond").
  static let notParticiples: Set<String> = [
    "gewoon", "gemeen", "geleden", "gezin", "gezond", "geduld", "gebied", "gerust", "gezicht",
    "gewicht", "gebit", "gemiddeld", "geest", "gewend", "gerecht", "gelukt", "ingewikkeld",
    "opgewekt", "verliefd", "bekend", "bereid", "beroemd", "verlegen", "beneden", "gebruiken",
    "geloven", "gebeuren", "geven", "genieten", "gelden", "gewennen", "geraken", "geschikt",
    "gezellig", "gelijk", "genoeg", "gemeente", "gesprek", "geheim", "geluk", "geeft", "gebeurt",
    "gelooft", "geniet", "geldt", "gewent", "beeld", "beleid", "bestand", "verband", "verstand",
    "verbod", "bewind", "bericht", "bezorgd", "vermoeid", "verward",
  ]

  /// Participles ending in -en, without their "ge": "geholpen" is "holpen".
  static let strongParticiples: Set<String> = [
    "geven", "zien", "holpen", "schreven", "lezen", "sproken", "vonden", "nomen", "komen",
    "bleven", "dragen", "slagen", "broken", "kozen", "lopen", "roepen", "storven", "wonnen",
    "zongen", "dronken", "geten", "weten", "houden", "laten", "vallen", "heten", "beden",
    "sloten", "trokken", "wezen", "bonden", "dwongen", "hangen", "vangen", "zeten", "legen",
    "schoten", "beten", "streden", "reden", "stolen", "wassen", "laden", "wogen", "drongen",
    "sprongen", "vlogen", "vroren", "kropen", "schoven", "bogen", "logen", "heven", "schenen",
    "scholden", "zwommen", "klommen", "worpen", "vochten", "braden", "blazen", "sneden",
    "stoken", "staan", "slapen", "scheiden", "vergeten", "wreven", "zwegen", "kregen",
  ]

  /// Separable parts before "ge" in a participle: "opgeschreven", "aangepast".
  static let particles = [
    "op", "uit", "mee", "aan", "door", "af", "in", "na", "om", "over", "terug", "toe", "vast",
    "weg", "bij", "voor", "samen", "los", "neer", "rond", "binnen", "buiten", "goed", "schoon",
    "stop", "klaar", "thuis",
  ]

  /// Whether a word looks like a past participle: ge-…-d/t/en/aan ("gedaan", "geholpen"),
  /// also after a separable part ("opgeschreven"), or be-/ver-/ont-/her-…-d/cht ("betaald",
  /// "verkocht"). A plain -t after be-/ver- is left out: "betekent", "vertelt" and "verdient"
  /// are the present tense, which is far more common in a sentence with "wordt".
  static func isParticiple(_ word: String) -> Bool {
    guard word.count >= 5, !notParticiples.contains(word), !wordenForms.contains(word) else {
      return false
    }
    // An infinitive of "geven" ("opgeven") is no participle; "opgegeven" is.
    if word.hasSuffix("geven"), !word.hasSuffix("gegeven") { return false }
    let stems =
      [word] + particles.filter { word.hasPrefix($0 + "ge") }.map { String(word.dropFirst($0.count)) }
    for stem in stems where stem.hasPrefix("ge") && stem.count >= 5 {
      if stem.hasSuffix("d") || stem.hasSuffix("t") || stem.hasSuffix("aan") { return true }
      // Many nouns end in -en too ("gemeenten", "gevolgen"): only known strong verbs count.
      if strongParticiples.contains(String(stem.dropFirst(2))) { return true }
    }
    let prefixes = ["be", "ver", "ont", "her"]
    // "besproken", "herschreven", "ontslagen": a strong verb after an inseparable part.
    if let prefix = prefixes.first(where: { word.hasPrefix($0) }),
      strongParticiples.contains(String(word.dropFirst(prefix.count)))
    {
      return true
    }
    return prefixes.contains { word.hasPrefix($0) }
      && (word.hasSuffix("d") || word.hasSuffix("cht")) && !word.hasSuffix("end")
  }

  /// A form of "worden" and a past participle in one sentence: "Je wordt door de gemeente
  /// geholpen", "dat het gedaan wordt", "Het is gedaan geworden". "Het wordt koud" is fine.
  /// Forms of "zijn" that make a passive with a participle and "door": "De brief is door de
  /// gemeente gestuurd". Without "door" it is mostly an active perfect ("Ik ben verhuisd").
  static let zijnForms: Set<String> = ["is", "zijn", "was", "waren", "ben", "bent"]

  /// Verbs that take "zijn" in the perfect and have no passive: "Ik ben door de regen
  /// gelopen", "Hij is door ziekte gestopt".
  static let zijnPerfects: Set<String> = [
    "gelopen", "gegaan", "gekomen", "gebleven", "gevallen", "gestopt", "verhuisd", "gestorven",
    "geworden", "begonnen", "vertrokken", "gereden", "gefietst", "gevlogen", "opgegroeid",
    "gebeurd", "veranderd", "verdwenen", "ontstaan", "geslaagd", "gezakt", "gegroeid", "gestegen",
    "gedaald", "teruggekomen", "thuisgekomen", "weggegaan", "verdwaald", "geschrokken",
  ]

  static func passive(_ words: [TextSpan]) -> [LanguageFinding] {
    let folded = words.map { fold($0.text) }
    let byZijn =
      folded.contains("door") && !folded.contains(where: zijnPerfects.contains)
      ? folded.firstIndex(where: zijnForms.contains) : nil
    guard let w = folded.firstIndex(where: wordenForms.contains) ?? byZijn else { return [] }
    let participle = folded.indices.first {
      $0 != w && isParticiple(folded[$0]) && ($0 == 0 || folded[$0 - 1] != "te")
    }
    guard let participle else { return [] }
    let shown = "\(words[min(w, participle)].text) … \(words[max(w, participle)].text)"
    return [
      LanguageFinding(
        code: .passive, offset: words[w].offset,
        message: "Deze zin is in de lijdende vorm ('\(shown)').",
        hint: "Zeg wie het doet. Bijvoorbeeld: 'De begeleider helpt je.'")
    ]
  }

  // MARK: T004 long words

  /// Words with more syllables than `limit`; numbers and abbreviations have their own rules.
  static func longWords(_ words: [TextSpan], limit: Int, skip: Set<Int>) -> [LanguageFinding] {
    words.compactMap { word in
      guard !skip.contains(word.offset), !word.text.contains(where: \.isNumber),
        !word.text.allSatisfy(\.isUppercase)
      else { return nil }
      let count = Syllables.count(word.text)
      guard count > limit else { return nil }
      return LanguageFinding(
        code: .longWord, offset: word.offset,
        message: "Het woord '\(word.text)' heeft \(count) lettergrepen. Dat is lang.",
        hint: "Kies een korter woord, of zeg het met meer woorden.")
    }
  }
}
