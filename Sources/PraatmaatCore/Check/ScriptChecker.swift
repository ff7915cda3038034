import Foundation

/// Checks a parsed script for everything that would confuse a participant or break a
/// conversation: references, reachability, dead ends, options, tags and language.
public struct ScriptChecker: Sendable {
  public var language = LanguageCheck()
  /// The themes reports know; nil: themes are not checked.
  public var themes: ThemeVocabulary?

  /// False: the language rules are left out; for a script whose very text passed them before
  /// (the app remembers that between starts).
  public var checksLanguage = true

  public init() {}

  /// Parses and checks one file; every problem, sorted by place.
  /// Language warnings accepted with a `# taal:` comment are left out.
  public func check(source: String, fileName: String, blocks: ScriptBlocks = ScriptBlocks()) -> (
    Script, [Diagnostic]
  ) {
    let parsed = ScriptParser(blocks: blocks).parse(source, fileName: fileName)
    let lines = ScriptParser.lines(of: source)
    let (allowances, problems) = LanguageAllowance.read(lines, file: fileName)
    let found = LanguageAllowance.apply(
      allowances, to: parsed.diagnostics + check(parsed.script, sourceLines: lines) + problems,
      file: fileName)
    return (
      parsed.script,
      found.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    )
  }

  /// A shared block on its own (`delen/welkom.gesprek`): its lines and their language, without
  /// what only a whole script has (a header, themes, where it goes).
  public func checkBlock(source: String, fileName: String, blocks: ScriptBlocks = ScriptBlocks())
    -> [Diagnostic]
  {
    var state = ParseState(fileName: fileName)
    state.blocks = blocks
    state.inHeader = false
    let lines = ScriptParser.lines(of: source)
    for (number, raw) in lines.enumerated() { state.take(line: raw, number: number + 1) }
    var run = CheckRun(script: Script(header: ScriptHeader(), sections: state.sections, fileName: fileName))
    run.checkLanguage(language.at(level: .a2), sourceLines: lines)
    return (state.diagnostics + run.found).sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
  }

  /// The checks that need the whole script (the parser finds the rest).
  public func check(_ script: Script) -> [Diagnostic] {
    check(script, sourceLines: [])
  }

  /// With the source lines, `anders:` and `voorbeeld:` diagnostics point at their own line.
  func check(_ script: Script, sourceLines: [Substring]) -> [Diagnostic] {
    var run = CheckRun(script: script)
    run.checkNames()
    run.checkQuestions()
    run.checkFlow()
    run.checkTypes()
    run.checkTable()
    run.checkRepeats()
    if let themes { run.checkThemes(themes, sourceLines: sourceLines) }
    guard checksLanguage else { return run.found }
    run.checkLanguage(language.at(level: script.header.level), sourceLines: sourceLines)
    // Lines for the supporter are read by a professional: the B1 rules, as for praatmaat's
    // own texts for supporters.
    let supporter = language.at(level: .b1)
    for q in script.questions {
      guard let note = q.supporterNote else { continue }
      run.found += supporter.check(
        LanguageCheck.Text(text: note, location: q.supporterNoteLocation ?? q.location), file: run.file)
    }
    return run.found
  }
}

struct CheckRun {
  let script: Script
  var found: [Diagnostic] = []
  var file: String { script.fileName }

  init(script: Script) { self.script = script }

  mutating func report(
    _ code: DiagnosticCode, _ at: SourceLocation, _ message: String, hint: String? = nil
  ) {
    found.append(Diagnostic(file: file, location: at, code: code, message: message, hint: hint))
  }

  mutating func checkNames() {
    var questions: [String: SourceLocation] = [:]
    for q in script.questions {
      if let first = questions[q.id] {
        report(
          .duplicateQuestion, q.location, "Het id '\(q.id)' is al gebruikt op regel \(first.line).",
          hint: "Geef elke vraag een eigen id. Een id verander je niet meer als het script in gebruik is.")
      } else {
        questions[q.id] = q.location
      }
    }
    var sections: [String: SourceLocation] = [:]
    for s in script.sections {
      if let first = sections[s.name] {
        report(.duplicateSection, s.location, "Het deel '\(s.name)' staat al op regel \(first.line).")
      } else {
        sections[s.name] = s.location
      }
      if s.randomPick != nil,
        s.items.contains(where: { if case .jump = $0 { true } else if case .set = $0 { true } else { false } }
        )
      {
        report(
          .randomSection, s.location, "In een willekeurig deel mogen geen 'ga naar:' of 'zet:' staan.",
          hint: "Zet die regels in een eigen deel erna.")
      }
    }
    let declared = Set(script.header.variables.map(\.name))
    for section in script.sections {
      for item in section.items {
        if case .set(let a) = item {
          // A word with spaces or signs is no value but a sum, which 'zet:' cannot do: the
          // variable would get the text itself.
          // A word with spaces or signs that is no sum `a + 1` would give the variable the text itself.
          let sum: Bool
          if case .word(let w) = a.value { sum = w.contains { " +-*/".contains($0) } } else { sum = false }
          if sum, a.sum == nil {
            report(
              .syntax, a.location, "In 'zet:' kan ik alleen optellen en aftrekken, met spaties om + en -.",
              hint: "Bijvoorbeeld: zet: \(a.variable) = \(a.variable) + 1")
          }
          if !declared.contains(a.variable) {
            let start: String
            switch a.value {
            case .number: start = "0"
            case .word(let w): start = sum ? "0" : w
            }
            report(
              .undeclaredVariable, a.location, "De variabele '\(a.variable)' is niet bovenaan genoemd.",
              hint: "Zet bovenaan: variabele: \(a.variable) = \(start)")
          }
        }
        if case .jump(let j) = item, j.target != Jump.end, script.sectionIndex(named: j.target) == nil {
          let names = script.sections.map(\.name) + [Jump.end]
          let suggestion = Suggest.closest(to: j.target, among: names)
          report(
            .unknownJumpTarget, j.targetLocation, "Het deel '\(j.target)' bestaat niet.",
            hint: suggestion.map { "Bedoel je '\($0)'?" } ?? "Kies uit: \(names.joined(separator: ", ")).")
        }
      }
    }
  }

  mutating func checkQuestions() {
    let questions = script.questions
    let order = questions.map(\.id)
    let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let indexOf = Dictionary(
      order.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
    let lines = questions.map(\.location.line)
    let variables = Set(script.header.variables.map(\.name))
    checkCardOrder(byID)
    for q in questions {
      if q.text.isEmpty {
        report(
          .missingText, q.location, "De vraag '\(q.id)' heeft geen tekst.",
          hint: "Zet eronder: tekst: en dan de vraag.")
      }
      if q.kind.takesWriterOptions, q.options.count < 2 || q.options.count > 4 {
        let at = q.options.count > 4 ? (q.options[4].location ?? q.location) : q.location
        report(
          .optionCount, at, "Deze vraag heeft \(q.options.count) opties. Geef er 2, 3 of 4.",
          hint: q.options.count > 4
            ? "Meer dan 4 opties is te veel om te onthouden. Maak er twee vragen van."
            : "Zet eronder: optie: en dan een keuze.")
      }
      if q.kind.takesWriterOptions {
        for option in q.options where option.pictogram == nil {
          report(
            .missingPictogram, option.location ?? q.location,
            "De optie '\(option.label)' heeft geen pictogram.",
            hint: "Zet een emoji voor de tekst, zoals: optie \(option.id): 🙂 \(option.label)")
        }
      }
      if script.themes(of: q).isEmpty {
        report(
          .missingThemeOrPhase, q.location, "De vraag '\(q.id)' heeft geen thema.",
          hint: "Zet bovenaan 'thema:' of onder de vraag 'thema: wonen'.")
      }
      if script.phases(of: q).isEmpty {
        report(
          .missingThemeOrPhase, q.location, "De vraag '\(q.id)' heeft geen fase.",
          hint: "Zet bovenaan 'fase:' of onder de vraag 'fase: uitvoering'.")
      }
    }
    for section in script.sections {
      for item in section.items {
        var conditions: [(Condition, String?)] = item.condition.map { [($0, nil)] } ?? []
        if let q = item.question { conditions += q.checks.map { ($0.condition, q.id) } }
        let here = item.question?.id
        guard !conditions.isEmpty else { continue }
        let position = here.flatMap { indexOf[$0] } ?? Self.positionBefore(item.location, lines: lines)
        for (condition, own) in conditions {
          for ref in condition.references {
            if variables.contains(ref.name) || ref.name == own { continue }
            guard let target = byID[ref.name], let index = indexOf[ref.name] else {
              let suggestion = Suggest.closest(to: ref.name, among: order + Array(variables))
              report(
                .unknownReference, ref.location, "'\(ref.name)' is geen vraag en geen variabele.",
                hint: suggestion.map { "Bedoel je '\($0)'?" }
                  ?? "Gebruik het id van een vraag die eerder komt. Of zet bovenaan: variabele: \(ref.name) = ja"
              )
              continue
            }
            if index >= position {
              report(
                .referenceToLater, ref.location,
                "De vraag '\(ref.name)' komt pas later. Hier is er nog geen antwoord op.",
                hint: "Gebruik een vraag die eerder komt.")
            }
            _ = target
          }
          for (ref, value) in condition.comparisons {
            guard let target = byID[ref.name], target.kind.isClosed, case .word(let word) = value else {
              continue
            }
            let allowed = target.options.map(\.id) + ["weet-ik-niet", "wil-ik-niet-zeggen", "overgeslagen"]
            if !allowed.contains(word) {
              report(
                .unknownOptionValue, ref.valueLocation ?? ref.location,
                "De vraag '\(ref.name)' heeft geen optie '\(word)'.",
                hint: "Kies uit: \(target.options.map(\.id).joined(separator: ", ")).")
            }
          }
        }
      }
    }
  }

  /// For items that are no question: the index of the next question in file order, found by
  /// halving the questions' lines (they are in file order).
  static func positionBefore(_ location: SourceLocation, lines: [Int]) -> Int {
    var low = 0
    var high = lines.count
    while low < high {
      let mid = (low + high) / 2
      if lines[mid] > location.line { high = mid } else { low = mid + 1 }
    }
    return low
  }

  mutating func checkLanguage(_ language: LanguageCheck, sourceLines: [Substring]) {
    let texts = ParticipantTexts.of(script, sourceLines: sourceLines)
    // Each text is checked on its own: a long script is checked on every core, in pieces;
    // each text's findings go in its own slot, so they come out in the order of the texts.
    let pieces = max(1, min(texts.count / 256, 64))
    var perText = [[Diagnostic]](repeating: [], count: texts.count)
    let file = self.file
    perText.withUnsafeMutableBufferPointer { buffer in
      // Every piece writes only its own slots: no two pieces touch the same one.
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: pieces) { piece in
        for i in stride(from: piece, to: texts.count, by: pieces) {
          slots[i] = language.check(texts[i], file: file)
        }
      }
    }
    found += perText.flatMap { $0 }
  }
}

/// Every participant-facing text in a script, with where it stands.
public enum ParticipantTexts {
  /// What the bot shows from a script: `zeg:` lines, every `tekst:` (the last one is the
  /// question), the labels of the writer's options, `melding:`, `anders:` and `voorbeeld:`.
  /// Give the source lines to have `anders:` and `voorbeeld:` point at their own line
  /// rather than at the question's.
  public static func of(_ script: Script, sourceLines: [Substring] = []) -> [LanguageCheck.Text] {
    var texts: [LanguageCheck.Text] = []
    // The title is an option in the menu; theme names are headings in the participants'
    // report and the choices of a Kwartetspel.
    if !script.header.title.isEmpty {
      texts.append(
        .init(text: script.header.title, location: locateItem("titel", script.header.title, in: sourceLines)))
    }
    var themes: [String] = []
    for theme in script.allThemes
    where !themes.contains(theme) {
      themes.append(theme)
      texts.append(.init(text: theme, location: locateItem("thema", theme, in: sourceLines)))
    }
    for section in script.sections {
      for item in section.items {
        switch item {
        case .say(let s): texts.append(.init(text: s.text, location: s.location))
        case .ask(let q):
          for (i, line) in q.text.enumerated() {
            let at = i < q.textLocations.count ? q.textLocations[i] : q.location
            texts.append(.init(text: line, location: at, isQuestion: i == q.text.count - 1))
          }
          if q.kind.takesWriterOptions {
            for o in q.options { texts.append(.init(text: o.label, location: labelLocation(o, q))) }
          }
          for c in q.checks { if let m = c.message { texts.append(.init(text: m, location: c.location)) } }
          if let a = q.alternative {
            let at = locate("anders", a, after: q.location, in: sourceLines)
            texts.append(.init(text: a, location: at, isQuestion: true))
          }
          if let e = q.example {
            texts.append(.init(text: e, location: locate("voorbeeld", e, after: q.location, in: sourceLines)))
          }
        case .jump, .set: break
        }
      }
    }
    return texts
  }

  /// An option's location is where its value starts, pictogram included; the label
  /// starts after the pictogram and a space.
  static func labelLocation(_ option: Option, _ question: Question) -> SourceLocation {
    guard var at = option.location else { return question.location }
    if let pictogram = option.pictogram { at.column += pictogram.count + 1 }
    return at
  }

  /// Where `item` stands on the first `key:` line that lists it ("thema: wonen, geld");
  /// without the source lines, the top of the file.
  static func locateItem(_ key: String, _ item: String, in lines: [Substring]) -> SourceLocation {
    for (n, line) in lines.enumerated() {
      guard let colon = line.firstIndex(of: ":"),
        line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == key,
        let found = line[colon...].range(of: item, options: .caseInsensitive)
      else { continue }
      return SourceLocation(
        line: n + 1, column: line.distance(from: line.startIndex, to: found.lowerBound) + 1)
    }
    return SourceLocation(line: 1, column: 1)
  }

  /// The place of the value of `key: value` below a question: the parser keeps no location
  /// for these properties, so it is looked up in the source. Without it: the question's.
  static func locate(
    _ key: String, _ value: String, after start: SourceLocation, in lines: [Substring]
  ) -> SourceLocation {
    guard start.line >= 1, start.line <= lines.count else { return start }
    for number in (start.line + 1)..<(lines.count + 1) {
      let line = lines[number - 1]
      guard let colon = line.firstIndex(of: ":") else { continue }
      let found = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
      // The next item starts: the property was not found under this question.
      if ["vraag", "zeg", "deel", "ga naar", "zet"].contains(found) { break }
      guard found == key else { continue }
      let after = line[line.index(after: colon)...]
      let lead = after.prefix { $0 == " " || $0 == "\t" }.count
      guard after.dropFirst(lead).trimmingCharacters(in: .whitespaces) == value else { continue }
      let column = line.distance(from: line.startIndex, to: colon) + 2 + lead
      return SourceLocation(line: number, column: column)
    }
    return start
  }
}
