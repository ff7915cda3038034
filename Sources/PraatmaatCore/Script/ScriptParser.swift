import Foundation

/// Turns the text of a `.gesprek` file into a `Script`, collecting every problem on the way.
///
/// The format is line based: every line is `sleutel: waarde`. Items (`deel`, `zeg`, `vraag`,
/// `ga naar`, `zet`) start something new; properties (`tekst`, `optie`, `als` …) belong to
/// the item above them. Lines before the first item form the header.
public struct ScriptParser {
  /// Lines longer than this are refused: nobody writes them by hand.
  public static let maximumLineLength = 2_000

  /// The shared blocks `gebruik:` can take in.
  public var blocks: ScriptBlocks

  public init(blocks: ScriptBlocks = ScriptBlocks()) { self.blocks = blocks }

  /// The parse result: a script (possibly partial) and the problems found.
  public struct Result: Sendable {
    public var script: Script
    public var diagnostics: [Diagnostic]
  }

  public func parse(_ source: String, fileName: String) -> Result {
    var state = ParseState(fileName: fileName)
    state.blocks = blocks
    for (number, raw) in ScriptParser.lines(of: source).enumerated() {
      state.take(line: raw, number: number + 1)
    }
    return state.finish()
  }

  /// Splits text into lines, dropping a byte-order mark and carriage returns.
  public static func lines(of source: String) -> [Substring] {
    var text = Substring(source)
    if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
    // "\r\n" is one Character in Swift, so it is named here next to "\n" and a lone "\r".
    return text.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }
  }
}

/// The parser's work on one file: line by line into a header, sections and diagnostics.
struct ParseState {
  let fileName: String
  var header = ScriptHeader()
  var seenHeaderKeys: Set<String> = []
  var sections: [Section] = []
  var diagnostics: [Diagnostic] = []
  /// Where the current item stands: the last item of the last section.
  var inHeader = true
  var lastCheckIndex: Int?
  var blocks = ScriptBlocks()
  /// The blocks being read (`gebruik:`), innermost last.
  var including: [BlockSite] = []

  init(fileName: String) { self.fileName = fileName }

  mutating func report(
    _ code: DiagnosticCode, _ line: Int, _ column: Int, _ message: String, hint: String? = nil
  ) {
    // In a block, the problem is said at the `gebruik:` line of the script, with the block's place.
    let site = including.first
    let said = including.last.map { "In \($0.fileName), regel \($0.blockLine): \(message)" } ?? message
    diagnostics.append(
      Diagnostic(
        file: fileName,
        location: SourceLocation(line: site?.line ?? line, column: site?.valueColumn ?? column), code: code,
        message: said, hint: hint))
  }

  mutating func take(line raw: Substring, number: Int) {
    let line = String(raw)
    // A line never has more characters than bytes: most lines are counted by their bytes.
    if line.utf8.count > ScriptParser.maximumLineLength, line.count > ScriptParser.maximumLineLength {
      report(
        .lineTooLong, number, 1,
        "Deze regel is te lang (\(line.count) tekens).",
        hint: "Maak er meer korte regels van.")
      return
    }
    // ASCII is answered without looking up Unicode properties: only controls are invisible there.
    let invisible: (Unicode.Scalar) -> Bool = {
      $0.isASCII
        ? ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F
        : $0.properties.generalCategory == .control
          || $0.properties.generalCategory == .format && $0 != "\u{200D}" && $0 != "\u{FE0F}"
    }
    if line.unicodeScalars.contains(where: invisible),
      let bad = line.firstIndex(where: { $0.unicodeScalars.contains(where: invisible) })
    {
      let column = line.distance(from: line.startIndex, to: bad) + 1
      report(
        .invisibleCharacter, number, column, "Hier staat een onzichtbaar teken.",
        hint: "Haal het teken weg; typ de regel opnieuw.")
      return
    }
    let trimmed = line.trimmingWhitespace()
    if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
    let indent = line.prefix { $0 == " " || $0 == "\t" }.count
    guard let colon = trimmed.firstIndex(of: ":") else {
      report(
        .syntax, number, indent + 1, "Deze regel heeft geen 'sleutel: waarde'.",
        hint: "Begin de regel met bijvoorbeeld 'zeg:' of 'tekst:'. Een opmerking begint met #.")
      return
    }
    let key = trimmed[..<colon].lowercased().split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    let afterColon = trimmed[trimmed.index(after: colon)...]
    let value = afterColon.trimmingWhitespace()
    let valueColumn =
      indent + trimmed.distance(from: trimmed.startIndex, to: colon) + 2
      + afterColon.prefix { $0 == " " || $0 == "\t" }.count
    var at = Field(
      key: key, value: value, line: number, keyColumn: indent + 1, valueColumn: valueColumn)
    // What a block says stands, for the checks after parsing, where the script takes it in.
    if let site = including.first {
      at.line = site.line
      at.keyColumn = site.keyColumn
      at.valueColumn = site.valueColumn
    }
    handle(at)
  }

  struct Field {
    var key: String
    var value: String
    var line: Int
    var keyColumn: Int
    var valueColumn: Int
    var keyLocation: SourceLocation { SourceLocation(line: line, column: keyColumn) }
    var valueLocation: SourceLocation { SourceLocation(line: line, column: valueColumn) }
  }

  static let headerKeys: Set<String> = [
    "id", "titel", "methode", "niveau", "versie", "variabele", "groep",
  ]
  static let itemKeys: Set<String> = ["deel", "zeg", "vraag", "ga naar", "zet", "gebruik"]
  static let propertyKeys: Set<String> = [
    "tekst", "optie", "thema", "fase", "als", "voorbeeld", "anders", "min", "max", "controle",
    "navraag", "melding", "willekeurig", "kaart", "stappen", "na", "begeleider", "alleen",
    "vervolg", "toon", "geheim", "anders-namelijk", "herhaal-voor",
  ]

  mutating func handle(_ f: Field) {
    if f.value.isEmpty {
      report(
        .syntax, f.line, f.valueColumn, "Na '\(f.key):' staat niets.",
        hint: "Schrijf iets achter de dubbele punt, of haal de regel weg.")
      return
    }
    if Self.headerKeys.contains(f.key) {
      guard inHeader else {
        report(
          .misplacedProperty, f.line, f.keyColumn,
          "'\(f.key):' hoort bovenaan het script, voor het eerste deel.",
          hint: "Zet deze regel bij de andere regels bovenaan.")
        return
      }
      takeHeader(f)
    } else if (f.key == "thema" || f.key == "fase") && inHeader {
      takeHeader(f)
    } else if f.key == "thema" || f.key == "fase", let s = sections.indices.last,
      sections[s].items.isEmpty
    {
      if f.key == "thema" { sections[s].themes = themes(f) } else { sections[s].phases = phases(f) }
    } else if Self.itemKeys.contains(f.key) {
      inHeader = false
      takeItem(f)
    } else if Self.propertyKeys.contains(f.key) || f.key.hasPrefix("optie ") {
      takeProperty(f)
    } else {
      report(
        .unknownKey, f.line, f.keyColumn, "'\(f.key)' ken ik niet.",
        hint: Suggest.closest(
          to: f.key,
          among: Self.headerKeys.union(Self.itemKeys).union(
            Self.propertyKeys)
        ).map { "Bedoel je '\($0):'?" })
    }
  }

  // MARK: Items

  mutating func appendItem(_ item: Item, at location: SourceLocation) {
    if sections.isEmpty {
      sections.append(Section(name: "begin", location: location))
    }
    sections[sections.count - 1].items.append(item)
    lastCheckIndex = nil
  }

  mutating func takeItem(_ f: Field) {
    switch f.key {
    case "deel":
      guard Identifier.isValid(f.value) else {
        report(
          .badIdentifier, f.line, f.valueColumn, "'\(f.value)' kan geen naam van een deel zijn.",
          hint: "Gebruik letters, cijfers en streepjes, zonder spaties.")
        return
      }
      sections.append(Section(name: f.value, location: f.valueLocation))
      lastCheckIndex = nil
    case "zeg":
      appendItem(.say(Say(text: f.value, location: f.valueLocation)), at: f.keyLocation)
    case "ga naar":
      let target = f.value.lowercased() == Jump.end ? Jump.end : f.value
      appendItem(
        .jump(Jump(target: target, targetLocation: f.valueLocation, location: f.keyLocation)),
        at: f.keyLocation)
    case "zet":
      guard
        let (name, value) = nameAndValue(
          f, "Schrijf 'zet: naam = waarde'.", hint: "Bijvoorbeeld: zet: thuis = ja")
      else { return }
      var assignment = Assignment(variable: name, value: Value(parsing: value), location: f.valueLocation)
      assignment.sum = Sum(parsing: value)
      appendItem(.set(assignment), at: f.keyLocation)
    case "vraag": takeQuestion(f)
    case "gebruik": takeBlock(f)
    default: break
    }
  }

  mutating func takeQuestion(_ f: Field) {
    let words = f.value.split(whereSeparator: \.isWhitespace).map(String.init)
    guard let id = words.first, Identifier.isValid(id) else {
      report(
        .badIdentifier, f.line, f.valueColumn, "Een vraag begint met een id zonder spaties.",
        hint: "Bijvoorbeeld: vraag: woonplek keuze")
      return
    }
    let kindColumn = f.valueColumn + id.count + 1
    let rest = words.dropFirst().joined(separator: " ").lowercased()
    let kind: QuestionKind
    switch rest {
    case "ja/nee", "janee", "ja-nee": kind = .yesNo
    case "keuze": kind = .choice
    case "meerkeuze": kind = .multiChoice
    case "schaal", "schaal 5": kind = .scale(5)
    case "schaal 3": kind = .scale(3)
    case "open": kind = .open
    case "getal": kind = .number
    case "stelling": kind = .statement
    case "":
      report(
        .syntax, f.line, kindColumn, "Na het id '\(id)' mist de soort vraag.",
        hint: "Kies uit: ja/nee, keuze, meerkeuze, schaal 3, schaal 5, open, getal, stelling.")
      return
    default:
      if rest.hasPrefix("schaal") {
        report(
          .badScale, f.line, kindColumn, "Een schaal heeft 3 of 5 smileys.",
          hint: "Schrijf 'schaal 3' of 'schaal 5'.")
      } else {
        report(
          .unknownWord, f.line, kindColumn, "De soort vraag '\(rest)' ken ik niet.",
          hint: "Kies uit: ja/nee, keuze, meerkeuze, schaal 3, schaal 5, open, getal, stelling.")
      }
      return
    }
    appendItem(.ask(Question(id: id, kind: kind, location: f.valueLocation)), at: f.keyLocation)
  }

  mutating func finish() -> ScriptParser.Result {
    if header.id.isEmpty, !seenHeaderKeys.contains("id") {
      report(
        .missingHeader, 1, 1, "Het script heeft geen 'id:'.",
        hint: "Zet bovenaan bijvoorbeeld: id: wonen")
    }
    if header.title.isEmpty, !seenHeaderKeys.contains("titel") {
      report(
        .missingHeader, 1, 1, "Het script heeft geen 'titel:'.",
        hint: "Zet bovenaan bijvoorbeeld: titel: Hoe gaat het met wonen?")
    }
    if !seenHeaderKeys.contains("methode") {
      report(
        .missingHeader, 1, 1, "Het script heeft geen 'methode:'.",
        hint: "Zet bovenaan bijvoorbeeld: methode: gesprek")
    }
    if !seenHeaderKeys.contains("versie") {
      report(
        .missingHeader, 1, 1, "Het script heeft geen 'versie:'.",
        hint: "Zet bovenaan: versie: 1. Maak het getal hoger als je vragen verandert.")
    }
    return ScriptParser.Result(
      script: Script(header: header, sections: sections, fileName: fileName),
      diagnostics: diagnostics)
  }
}

/// Suggests the nearest known word for a typo.
enum Suggest {
  static func closest(to word: String, among words: some Sequence<String>) -> String? {
    let best = words.map { ($0, EditDistance.between(word, $0)) }.min { $0.1 < $1.1 }
    guard let best, best.1 <= max(1, word.count / 3) else { return nil }
    return best.0
  }
}
