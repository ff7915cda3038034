import Foundation
import PraatmaatCore

/// What the fuzz targets check for one input. The libFuzzer targets in `Tests/Fuzz` call it
/// for every generated input, and `FuzzRegressionTests` feeds it every seed and every input
/// a fuzzer once found, so both run exactly the same code.
///
/// Each check returns the promises the input broke (empty when all is well); a trap inside
/// the code under test is a finding too.
public enum FuzzChecks {
  /// The fuzz targets, by the name of their folder under `Tests/Fuzz`.
  public enum Target: String, CaseIterable, Sendable {
    case parser, matcher, anonymiser, bundle
  }

  public static func run(_ target: Target, _ data: Data) -> [String] {
    switch target {
    case .parser: parser(data)
    case .matcher: matcher(data)
    case .anonymiser: anonymiser(data)
    case .bundle: bundle(data)
    }
  }

  // MARK: - Script parser and checker

  /// Parses and checks the input as a script (and as a transcript); a script without errors
  /// is also walked through the engine for a few answers.
  public static func parser(_ data: Data) -> [String] {
    let source = String(decoding: data, as: UTF8.self)
    let lines = ScriptParser.lines(of: source)
    var problems: [String] = []
    let (script, diagnostics) = ScriptChecker().check(source: source, fileName: "fuzz.gesprek")
    for diagnostic in diagnostics {
      if diagnostic.location.line < 0 || diagnostic.location.line > lines.count + 1 {
        problems.append("diagnostic outside the file (\(lines.count) lines): \(diagnostic)")
      }
      _ = diagnostic.rendered(sourceLines: lines)
    }
    if !diagnostics.contains(where: { $0.severity == .error }) {
      var explorer = Explorer(texts: texts, walks: 1, seed: UInt64(data.count))
      explorer.answerLimit = 40
      _ = explorer.explore(script)
    }
    let (_, found) = Transcript.parse(source, fileName: "fuzz.transcript")
    for diagnostic in found { _ = diagnostic.rendered(sourceLines: lines) }
    return problems
  }

  // MARK: - Answer matcher

  /// The question kinds a fuzz input can pick with its first byte.
  static let kinds: [QuestionKind] = [
    .yesNo, .choice, .multiChoice, .scale(3), .scale(5), .open, .number, .statement,
  ]

  /// The first byte picks a kind, the first lines are option labels, the last line is typed:
  /// the matcher may only answer with the question's own options. The same lines are then
  /// typed into a conversation that asks every kind of question.
  public static func matcher(_ data: Data) -> [String] {
    guard let first = data.first else { return [] }
    let text = String(decoding: data.dropFirst(), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let input = lines.popLast() ?? ""
    var question = Question(
      id: "fuzz", kind: kinds[Int(first) % kinds.count], location: SourceLocation(line: 1, column: 1))
    question.text = ["Wat kies je?"]
    if question.kind.takesWriterOptions {
      question.options = lines.prefix(4).enumerated().map {
        Option(id: "o\($0.offset)", pictogram: nil, label: $0.element)
      }
    }
    var problems: [String] = []
    let ids = question.options.map(\.id)
    switch AnswerMatcher().match(input, for: question) {
    case .value(.option(let id)) where !ids.contains(id):
      problems.append("matched option \(id), which the question does not have")
    case .value(.options(let chosen)) where chosen.isEmpty || !chosen.allSatisfy(ids.contains):
      problems.append("matched options \(chosen), not a non-empty subset of \(ids)")
    case .value(.options(let chosen)) where chosen != ids.filter(chosen.contains):
      problems.append("matched options \(chosen) out of order or twice")
    case .value(.text(let typed)) where typed.isEmpty:
      problems.append("an empty open answer")
    default:
      break
    }
    _ = BuiltInReply.recognise(input)
    problems += typed(lines + [input])
    return problems
  }

  /// A script with a question of every kind, for typing fuzz lines into the engine.
  /// The Dutch table of sentences, read from the package's Content folder.
  static let texts: PhraseBook = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Content/teksten/nl.txt")
    do {
      return try PhraseBook.parse(String(contentsOf: url, encoding: .utf8), file: url.path)
    } catch {
      fatalError("The fuzz checks need \(url.path): \(error)")
    }
  }()

  static let everyKind: Script = {
    let source = """
      id: fuzz
      titel: Fuzz
      methode: gesprek
      thema: wonen
      fase: uitvoering
      versie: 1
      vraag: woonplek keuze
        tekst: Waar woon je?
        optie ouders: 🏠 Bij mijn ouders
        optie alleen: 🔑 Alleen
      vraag: hulp meerkeuze
        tekst: Wie helpt je?
        optie familie: 👪 Familie
        optie buren: 🤝 Buren
        optie niemand: 🙅 Niemand
      vraag: fijn schaal 5
        tekst: Hoe vind je het?
      vraag: waarom open
        tekst: Wat maakt dat zo?
      vraag: leeftijd getal
        tekst: Hoe oud ben je?
        min: 0
        max: 120
      vraag: klaar ja/nee
        tekst: Was dit goed?
      zeg: Dank je wel.
      """
    return ScriptParser().parse(source, fileName: "fuzz.gesprek").script
  }()

  /// Types lines into a conversation: what it shows must be clean, and its state must hold
  /// no typed words.
  static func typed(_ lines: [String]) -> [String] {
    var problems: [String] = []
    var conversation = Conversation(script: everyKind, texts: texts, seed: 1, anonymise: { _ in "[tekst]" })
    var turn = conversation.start()
    for line in lines {
      guard case .answer = turn.next else { break }
      turn = conversation.respond(to: line)
      for shown in PlainRenderer.lines(turn.messages) where TextSafety.clean(shown) != shown {
        problems.append("the engine shows unclean text: \(shown.debugDescription)")
      }
      for answer in turn.answers {
        if case .text(let words) = answer.value, words != TextSafety.clean(words) {
          problems.append("an answer keeps unclean text: \(words.debugDescription)")
        }
      }
    }
    let state = conversation.state.answers.values
    if state.contains(where: { if case .text = $0 { true } else { false } }) {
      problems.append("the engine state holds typed words")
    }
    return problems
  }

  // MARK: - Anonymiser and text safety

  /// The word lists of `Content/anonimiseren`, read once, as the app reads them.
  static let lexicon: AnonymiserLexicon = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../Content/anonimiseren").standardized
    var lists: [String: String] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
      else { continue }
      lists[name] = String(decoding: data, as: UTF8.self)
    }
    return AnonymiserLexicon(lists: lists)
  }()

  static let anonymiserUnderTest = DutchAnonymiser(
    lexicon: lexicon,
    labeller: FileManager.default.contents(
      atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Content/anonimiseren/labeller.gewichten").standardized.path
    ).flatMap { TokenLabeller(file: [UInt8]($0)) })

  /// A Dutch phone number on its own: ten digits starting with 0, not glued to a word.
  static let phoneShape = #"(?<![\p{L}\p{N}])0[0-9]{9}(?![\p{L}\p{N}])"#

  /// Spans lie inside the text; no phone number survives anonymising; cleaned text has no
  /// control, escape or direction characters, and cleaning twice changes nothing.
  public static func anonymiser(_ data: Data) -> [String] {
    let raw = String(decoding: data, as: UTF8.self)
    var problems: [String] = []
    for text in [raw, TextSafety.clean(raw)] {
      let count = text.unicodeScalars.count
      let spans = anonymiserUnderTest.spans(in: text)
      for span in spans where span.start < 0 || span.start >= span.end || span.end > count {
        problems.append("span \(span.start)..<\(span.end) outside a text of \(count) scalars")
      }
      let anonymised = anonymiserUnderTest.anonymise(text)
      if anonymised.range(of: phoneShape, options: .regularExpression) != nil {
        problems.append("a phone number survives: \(anonymised.debugDescription)")
      }
    }
    let clean = TextSafety.clean(raw)
    if let bad = clean.unicodeScalars.first(where: unsafeOnScreen) {
      problems.append("clean() keeps U+\(String(bad.value, radix: 16, uppercase: true))")
    }
    if TextSafety.clean(clean) != clean {
      problems.append("clean() is not stable: \(clean.debugDescription)")
    }
    return problems
  }

  /// Characters that must never reach a screen raw: controls (ESC among them) and the
  /// invisible ones that reorder or hide text.
  public static func unsafeOnScreen(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .privateUse, .surrogate, .unassigned: true
    case .format: scalar != "\u{200D}"
    default: false
    }
  }

  // MARK: - Bundle importer

  /// A bundle either reads, and then writes and reads back the same, or is refused with a
  /// line number inside the file.
  public static func bundle(_ data: Data) -> [String] {
    let text = String(decoding: data, as: UTF8.self)
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
    do {
      let entries = try SessionBundle.decode(text)
      let again = try SessionBundle.decode(SessionBundle.encode(entries))
      return again == entries ? [] : ["a bundle written back reads differently"]
    } catch {
      return (1...max(1, lineCount)).contains(error.line)
        ? [] : ["refused at line \(error.line) of \(lineCount): \(error.message)"]
    }
  }
}
