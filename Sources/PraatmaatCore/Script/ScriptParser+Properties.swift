import Foundation

/// The lines below a question or section: `tekst:`, `optie`, `thema:`, `alleen als:`,
/// `willekeurig:` and the others, each into its place.
extension ParseState {
  mutating func takeProperty(_ f: Field) {
    if f.key == "willekeurig" {
      takeRandom(f)
      return
    }
    if f.key == "herhaal-voor" {
      takeRepeat(f)
      return
    }
    guard let s = sections.indices.last, let i = sections[s].items.indices.last else {
      report(
        .misplacedProperty, f.line, f.keyColumn,
        "'\(f.key):' hoort bij een vraag of regel, maar er staat er geen boven.",
        hint: inHeader
          ? "Bovenaan horen alleen id:, titel:, methode:, niveau:, thema:, fase:, versie: en variabele:. Zet deze regel onder een 'vraag:'."
          : "Zet deze regel onder een 'vraag:' of 'zeg:'.")
      return
    }
    var item = sections[s].items[i]
    if f.key == "als" {
      guard let condition = parseCondition(f) else { return }
      if item.condition != nil {
        report(
          .misplacedProperty, f.line, f.keyColumn, "Hier staat al een 'als:'.",
          hint: "Zet beide delen op één regel met 'en' ertussen.")
        return
      }
      switch item {
      case .say(var x): x.condition = condition; item = .say(x)
      case .ask(var x): x.condition = condition; item = .ask(x)
      case .jump(var x): x.condition = condition; item = .jump(x)
      case .set(var x): x.condition = condition; item = .set(x)
      }
      sections[s].items[i] = item
      return
    }
    guard case .ask(var q) = item else {
      report(
        .misplacedProperty, f.line, f.keyColumn, "'\(f.key):' hoort bij een vraag.",
        hint: "Zet deze regel direct onder een 'vraag:'.")
      return
    }
    takeQuestionProperty(f, into: &q)
    sections[s].items[i] = .ask(q)
  }

  mutating func takeQuestionProperty(_ f: Field, into q: inout Question) {
    switch f.key {
    case "tekst":
      q.text.append(f.value)
      q.textLocations.append(f.valueLocation)
    case "thema": q.themes = themes(f)
    case "fase": q.phases = phases(f)
    case "voorbeeld": q.example = f.value
    case "kaart": q.cardLabel = f.value
    case "alleen":
      guard
        fits(
          f, q.kind == .multiChoice, "'alleen:' hoort alleen bij een meerkeuze-vraag.",
          hint: "Bij een keuze-vraag kiest iemand al maar één optie: haal de regel weg.")
      else { return }
      q.alone = f.value.split(separator: ",").map { $0.trimmingWhitespace().lowercased() }
      q.aloneLocation = f.valueLocation
    case "anders-namelijk":
      guard
        fits(
          f, q.kind.takesWriterOptions, "'anders-namelijk:' hoort bij een keuze- of meerkeuze-vraag.",
          hint: "Haal de regel weg, of maak er een keuze-vraag van met een optie 'anders'.")
      else { return }
      q.namely = f.value.lowercased()
      q.namelyLocation = f.valueLocation
    case "begeleider":
      q.supporterNote = f.value
      q.supporterNoteLocation = f.valueLocation
    case "na":
      q.after = f.value
      q.afterLocation = f.valueLocation
    case "anders": q.alternative = f.value
    case "vervolg", "geheim":
      guard let yes = Self.yesOrNo(f.value) else {
        report(
          .unknownWord, f.line, f.valueColumn, "Na '\(f.key):' hoort 'ja' of 'nee'.",
          hint: "Bijvoorbeeld: \(f.key): ja")
        return
      }
      if f.key == "vervolg" {
        q.followUp = yes
        q.followUpLocation = f.keyLocation
      } else {
        q.isPrivate = yes
        q.privateLocation = f.keyLocation
      }
    case "toon":
      guard f.value.lowercased() == "stemmen" else {
        report(
          .unknownWord, f.line, f.valueColumn, "Na 'toon:' ken ik alleen 'stemmen'.",
          hint: "Schrijf: toon: stemmen. Dan ziet de tafel na het rondje wie wat koos, in aantallen.")
        return
      }
      q.showsTally = true
      q.tallyLocation = f.keyLocation
    case "stappen": takeSteps(f, into: &q)
    case "min", "max":
      guard let n = Int(f.value) else {
        report(.badNumber, f.line, f.valueColumn, "'\(f.value)' is geen heel getal.")
        return
      }
      guard q.kind == .number || q.kind == .multiChoice else {
        report(
          .misplacedProperty, f.line, f.keyColumn,
          "'\(f.key):' hoort alleen bij een getal-vraag of een meerkeuze-vraag.",
          hint: "Maak er een getal-vraag van (vraag: \(q.id) getal), of haal de regel weg.")
        return
      }
      if f.key == "min" { q.minimum = n } else { q.maximum = n }
    case "controle", "navraag":
      guard let condition = parseCondition(f) else { return }
      q.checks.append(
        AnswerCheck(
          condition: condition, isSoft: f.key == "navraag", message: nil,
          location: f.valueLocation))
      lastCheckIndex = q.checks.count - 1
    case "melding":
      guard let c = lastCheckIndex, c < q.checks.count else {
        report(
          .misplacedProperty, f.line, f.keyColumn,
          "'melding:' hoort direct onder een 'controle:' of 'navraag:'.",
          hint: "Zet er een controle boven, bijvoorbeeld: controle: \(q.id) >= 1")
        return
      }
      q.checks[c].message = f.value
    default: takeOption(f, into: &q)
    }
  }

  /// Whether a line fits the question it stands under; when it does not, says so at its key.
  mutating func fits(
    _ f: Field, _ fitting: Bool, _ message: String, hint: String, code: DiagnosticCode = .misplacedProperty
  ) -> Bool {
    if !fitting { report(code, f.line, f.keyColumn, message, hint: hint) }
    return fitting
  }

  mutating func takeOption(_ f: Field, into q: inout Question) {
    guard
      fits(
        f, q.kind.takesWriterOptions, "Een vraag van de soort '\(q.kind.word)' heeft geen eigen opties.",
        hint: "Gebruik 'keuze' of 'meerkeuze' als je zelf opties wilt geven.", code: .optionsNotAllowed)
    else { return }
    var id = String(f.key.dropFirst("optie".count)).trimmingWhitespace()
    // "🏠 Bij mijn ouders | thuis, pa en ma": words after the bar also choose this option.
    let (shown, words) = Self.splitWords(f.value)
    let (pictogram, label) = Self.splitPictogram(shown)
    if id.isEmpty {
      id = ScriptText.slug(label)
    } else if !Identifier.isValid(id) {
      report(
        .badIdentifier, f.line, f.keyColumn + 6, "'\(id)' kan geen id van een optie zijn.",
        hint: "Gebruik letters, cijfers en streepjes, zonder spaties.")
      return
    }
    if q.options.contains(where: { $0.id == id }) {
      report(
        .duplicateOption, f.line, f.valueColumn, "De optie '\(id)' staat al bij deze vraag.",
        hint: "Geef elke optie een eigen id, zo: 'optie thuis: 🏠 Thuis'.")
      return
    }
    var option = Option(id: id, pictogram: pictogram, label: label, location: f.valueLocation)
    option.words = words
    q.options.append(option)
  }

  static func yesOrNo(_ value: String) -> Bool? {
    switch value.lowercased() {
    case "ja": true
    case "nee": false
    default: nil
    }
  }

  /// The label part of an option line and the words after its bar.
  static func splitWords(_ value: String) -> (shown: String, words: [String]) {
    guard let bar = value.firstIndex(of: "|") else { return (value, []) }
    let words = value[value.index(after: bar)...].split(separator: ",")
      .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    return (value[..<bar].trimmingWhitespace(), words)
  }

  /// `stappen: Onveilig / Een beetje veilig / Veilig`: a scale's own labels, from the lowest
  /// step to the highest, each with the words of its bar (`Veilig | prima, rustig`).
  mutating func takeSteps(_ f: Field, into q: inout Question) {
    guard case .scale(let size) = q.kind else {
      report(
        .misplacedProperty, f.line, f.keyColumn, "'stappen:' hoort alleen bij een schaal-vraag.",
        hint: "Maak er een schaal-vraag van (vraag: \(q.id) schaal 3), of geef een keuze-vraag eigen opties.")
      return
    }
    let steps = f.value.split(separator: "/").map { $0.trimmingWhitespace() }
    guard steps.count == size, steps.allSatisfy({ !$0.isEmpty }) else {
      report(
        .badScale, f.line, f.valueColumn,
        "Een schaal \(size) heeft \(size) stappen; hier staan er \(steps.count).",
        hint:
          "Schrijf ze van laag naar hoog, met / ertussen: 'stappen: Onveilig / Een beetje veilig / Veilig'.")
      return
    }
    for (i, step) in steps.enumerated() where i < q.options.count {
      let (shown, words) = Self.splitWords(step)
      let (pictogram, label) = Self.splitPictogram(shown)
      if let pictogram { q.options[i].pictogram = pictogram }
      q.options[i].label = label
      q.options[i].words = words
      q.options[i].location = f.valueLocation
    }
    q.ownSteps = true
  }

  /// `herhaal-voor: helpers`, directly under `deel:`.
  mutating func takeRepeat(_ f: Field) {
    guard let s = sectionJustOpened(f, "herhaal-voor") else { return }
    sections[s].repeatFor = f.value
    sections[s].repeatLocation = f.valueLocation
  }

  /// The section that `key:` belongs to when it stands directly under `deel:`; else nil,
  /// with the reason reported.
  mutating func sectionJustOpened(_ f: Field, _ key: String) -> Int? {
    guard let s = sections.indices.last, sections[s].items.isEmpty else {
      report(
        .misplacedProperty, f.line, f.keyColumn, "'\(key):' hoort direct onder 'deel:'.",
        hint: "Zet '\(key):' op de regel direct na 'deel:', voor de eerste vraag.")
      return nil
    }
    return s
  }

  mutating func takeRandom(_ f: Field) {
    guard let s = sectionJustOpened(f, "willekeurig") else { return }
    if f.value.lowercased() == "alle" {
      sections[s].randomPick = Int.max
    } else if let n = Int(f.value), n > 0 {
      sections[s].randomPick = n
    } else {
      report(
        .badNumber, f.line, f.valueColumn, "Schrijf 'alle' of een getal, zoals 'willekeurig: 2'.")
    }
  }

  mutating func parseCondition(_ f: Field) -> Condition? {
    var parser = ConditionParser(f.value, line: f.line, column: f.valueColumn)
    do {
      return try parser.parse()
    } catch {
      report(
        .badCondition, f.line, error.column == 0 ? f.valueColumn : error.column, error.message,
        hint: "Bijvoorbeeld: als: woonplek = ouders en tevreden <= 2")
      return nil
    }
  }

  /// A leading emoji or symbol is the pictogram; the rest is the label.
  static func splitPictogram(_ value: String) -> (String?, String) {
    let parts = value.split(separator: " ", maxSplits: 1)
    guard parts.count == 2, let first = parts.first,
      first.unicodeScalars.allSatisfy({
        // An emoji's variation selector (U+FE0F, in "🏛️") is a mark, which counts as a letter.
        $0.properties.isVariationSelector || $0 == "\u{200D}"
          || !CharacterSet.letters.contains($0) && !CharacterSet.decimalDigits.contains($0)
      })
    else { return (nil, value) }
    return (String(first), parts[1].trimmingWhitespace())
  }
}
