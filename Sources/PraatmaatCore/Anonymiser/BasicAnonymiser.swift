import Foundation

/// A rule-based Dutch anonymiser: e-mail addresses, web addresses, phone numbers,
/// IBANs, postcodes, long numbers, streets with or without number, and names after a cue
/// ("ik heet …", "mijn begeleider …") or written with a capital inside a sentence.
public struct BasicAnonymiser: Anonymiser {
  /// Known first names, lower case; found in any case.
  public var firstNames: Set<String>

  public init(firstNames: Set<String> = []) {
    self.firstNames = firstNames
  }

  public func spans(in text: String) -> [PIISpan] {
    let scalars = Array(text.unicodeScalars)
    let nsText = String(String.UnicodeScalarView(scalars))
    var found: [PIISpan] = []
    for (pattern, label) in Self.patterns {
      for match in pattern.matches(in: nsText, range: NSRange(nsText.startIndex..., in: nsText)) {
        let range = match.range(
          at: match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? 1 : 0)
        guard let r = Range(range, in: nsText) else { continue }
        let start = nsText.unicodeScalars.distance(from: nsText.unicodeScalars.startIndex, to: r.lowerBound)
        let end = start + nsText[r].unicodeScalars.count
        found.append(PIISpan(start: start, end: end, label: label))
      }
    }
    found += nameSpans(scalars)
    return ReplacementPolicy.merged(found)
  }

  // MARK: Patterns

  static let patternSources: [(String, PIISpan.Label)] = [
    (#"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, .email),
    (#"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:nl|com|org|net|eu)(?:/\S*)?\b"#, .url),
    (#"(?i)\bNL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b"#, .iban),
    (#"(?:\+31|0031|\b0)[\s.-]?(?:\d[\s.-]?){8}\d\b"#, .phone),
    (#"\b\d{4}\s?[A-Za-z]{2}\b"#, .location),
    (#"\b\d(?:[\s.-]?\d){5,}\b"#, .id),
    (
      #"(?i)\b[a-z\u00C0-\u024F]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|pad|dreef|markt|park|baan|wal)(?:\s+\d+\s?[a-z]?\b)?"#,
      .location
    ),
    (#"(?i)\b(?:ik ben|ben ik)\s+(\d{1,3})(?:\s*jaar)?\b"#, .age),
    (#"(?i)\b(\d{1,3})\s*jaar(?:\s*oud)?\b"#, .age),
  ]

  nonisolated(unsafe) static let patterns: [(NSRegularExpression, PIISpan.Label)] =
    patternSources.map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

  // MARK: Names

  static let cues: [[String]] = [
    ["ik", "heet"], ["heet"], ["naam", "is"], ["begeleider"], ["begeleidster"], ["coach"],
    ["moeder"], ["vader"], ["zus"], ["broer"], ["vriend"], ["vriendin"], ["buurman"],
    ["buurvrouw"], ["oom"], ["tante"], ["opa"], ["oma"], ["juf"], ["meester"], ["dokter"],
    ["mentor"], ["collega"], ["baas"], ["vriendje"], ["vriendinnetje"], ["met"],
    ["zoon"], ["dochter"], ["man"], ["vrouw"], ["partner"], ["woon", "in"], ["wonen", "in"],
    ["woon", "op"], ["uit"],
  ]

  /// Words that look like names after a cue or a capital but are ordinary Dutch.
  static let ordinary: Set<String> = [
    "de", "het", "een", "en", "ik", "je", "jij", "hij", "zij", "ze", "wij", "we", "mijn", "is",
    "die", "dat", "niet", "wel", "ook", "nog", "al", "er", "om", "op", "in", "te", "van",
    "met", "naar", "bij", "voor", "maar", "of", "als", "dan", "was", "heb", "had", "ben",
    "gaat", "goed", "hulp", "gemeente", "wmo", "thuis", "huis", "werk", "school", "geld",
    "dag", "week", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december", "nederland", "nederlands", "iemand",
    "niemand", "alles", "iets", "niets", "veel", "weinig", "vaak", "soms", "altijd", "nooit",
    "hem", "haar", "ons", "jullie", "hun", "u", "uw", "zo", "dus", "want", "omdat", "toen",
    "nu", "straks", "morgen", "gisteren", "vandaag", "fijn", "leuk", "moeilijk", "blij",
    "boos", "bang", "verdrietig", "ok", "oke", "ja", "nee", "hoi", "hallo", "dag", "samen",
    "alleen", "elkaar", "mensen", "familie", "kinderen", "vrienden", "ouders", "begeleiding",
    "wijkteam", "dokter", "huisarts", "zorg", "daar", "hier", "waar", "wat", "wie", "hoe",
    "kan", "kon", "wil", "moet", "mag", "zou", "doe", "doet", "deed", "help", "helpt", "hielp",
  ]

  func nameSpans(_ scalars: [Unicode.Scalar]) -> [PIISpan] {
    let words = Self.words(scalars)
    var found: [PIISpan] = []
    for (i, word) in words.enumerated() {
      let lower = word.text.lowercased()
      guard !Self.ordinary.contains(lower), word.text.first?.isLetter == true else { continue }
      let afterCue = Self.cues.contains { cue in
        i >= cue.count && zip(words[(i - cue.count)..<i], cue).allSatisfy { $0.text.lowercased() == $1 }
      }
      let capitalInside =
        word.text.first?.isUppercase == true && i > 0 && !words[i - 1].endsSentence
        && word.text.count > 1
      guard afterCue || capitalInside || firstNames.contains(lower) else { continue }
      // Take a following capitalised word or particle + surname along: "Jan de Vries".
      var end = word.end
      var j = i + 1
      while j < words.count {
        let next = words[j].text
        if ["van", "de", "der", "den", "ter", "el", "ben", "al", "bin"].contains(next.lowercased()),
          j + 1 < words.count
        {
          j += 1
          continue
        }
        guard next.first?.isUppercase == true, !Self.ordinary.contains(next.lowercased()) else { break }
        end = words[j].end
        j += 1
      }
      let label: PIISpan.Label =
        i > 0 && ["in", "uit", "op"].contains(words[i - 1].text.lowercased()) ? .location : .person
      found.append(PIISpan(start: word.start, end: end, label: label))
    }
    return found
  }

  struct Word {
    var text: String
    var start: Int
    var end: Int
    var endsSentence: Bool
  }

  static func words(_ scalars: [Unicode.Scalar]) -> [Word] {
    var words: [Word] = []
    var i = 0
    while i < scalars.count {
      guard CharacterSet.letters.contains(scalars[i]) else {
        if ".!?".unicodeScalars.contains(scalars[i]), !words.isEmpty {
          words[words.count - 1].endsSentence = true
        }
        i += 1
        continue
      }
      let start = i
      while i < scalars.count,
        CharacterSet.letters.contains(scalars[i]) || scalars[i] == "-" || scalars[i] == "'"
      {
        i += 1
      }
      words.append(
        Word(
          text: String(String.UnicodeScalarView(scalars[start..<i])), start: start, end: i,
          endsSentence: false))
    }
    return words
  }
}
