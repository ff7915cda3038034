import Foundation
import PraatmaatApp
import PraatmaatCore

// The understanding figures behind `scripts/bench understanding`.
//   praatmaat-bench understanding CONTENT NAME=SET... [--verbose]
// A set has sections `[script/question]` (a question of Content/scripts) or `[nieuw/id]`
// followed by the lines of a question in script language; then one answer a line:
// `answer<TAB>expected`, where expected is an option id (`a+b` for several), a number, a
// scale step, `eens`/`oneens`/`weetniet` on a statement (`weetniet` on a yes/no is `!weetniet`), `!weetniet`, `!wilniet`,
// `!overslaan`, `!terug`, `!herhaal`, `!pauze`, `!hulp` for the replies every question
// knows, or `?` when a careful interviewer would ask again. The reply to "wat bedoel je?"
// (the question in other words, with how to answer) counts for `!herhaal` and for `!hulp`.

enum UnderstandingBench {
  struct Item {
    var question: Question
    var section: String
    var answer: String
    var expected: String
  }

  /// The items of one set; stops with a clear line at anything it cannot read.
  static func items(_ path: String, library: ContentLibrary) -> [Item] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    let catalogue = library.catalogue()
    var items: [Item] = []
    var question: Question?
    var section = ""
    var block: [String]?
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw)
      if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast())
        let parts = section.split(separator: "/").map(String.init)
        guard parts.count == 2 else { fail("\(path):\(number + 1): bad section \(line)") }
        if parts[0] == "nieuw" {
          block = []
          question = nil
        } else {
          block = nil
          guard let q = catalogue[parts[0]]?.question(parts[1]) else {
            fail("\(path):\(number + 1): no question \(section) in Content/scripts")
          }
          question = q
        }
        continue
      }
      if var lines = block, !line.contains("\t") {
        lines.append(line)
        block = lines
        continue
      }
      if let lines = block {
        question = parse(lines, at: "\(path):\(number + 1)")
        block = nil
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 2, let question else {
        fail("\(path):\(number + 1): expected answer<TAB>expected")
      }
      items.append(Item(question: question, section: section, answer: fields[0], expected: fields[1]))
    }
    return items
  }

  /// A `[nieuw/…]` question, parsed as one question in a script of its own.
  static func parse(_ lines: [String], at place: String) -> Question {
    let source =
      "id: bank\ntitel: Bank\nmethode: gesprek\nthema: bank\nfase: agendavorming\nversie: 1\ndeel: een\n"
      + lines.joined(separator: "\n") + "\n"
    let result = ScriptParser().parse(source, fileName: "bank.gesprek")
    if let problem = result.diagnostics.first(where: { $0.severity == .error }) {
      fail("\(place): the question above does not parse: \(problem.message)")
    }
    guard let q = result.script.questions.first else { fail("\(place): the question above does not parse") }
    return q
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("praatmaat-bench: \(message)\n".utf8))
    exit(2)
  }

  /// How one answer was read, against what was expected.
  enum Outcome: String, CaseIterable {
    /// Right at once, or right after "Bedoel je: …?" and ja.
    case right, rightAfterCheck
    /// Asked again where a careful interviewer would ask too.
    case askedAgain
    /// Asked again (or a wrong guess, which the participant turns down) where an interviewer
    /// would have understood.
    case missed
    /// A wrong answer kept: the harm that matters most.
    case wrongStored
  }

  static func outcome(_ u: Understanding, expected given: String, question: Question) -> Outcome {
    // "weetniet" on a yes/no question is the statement's label used for "I don't know": a
    // yes/no question has no such option, and the reply is what stores it.
    let expected = question.kind == .yesNo && given == "weetniet" ? "!weetniet" : given
    let replies: [String: BuiltInReply] = [
      "!weetniet": .dontKnow, "!wilniet": .refuse, "!overslaan": .skip, "!terug": .back,
      "!herhaal": .repeatQuestion,
      "!pauze": .pause, "!hulp": .help,
      // Stopping is a pause: what was said is kept, and the conversation can end there or go on.
      "!stoppen": .pause,
    ]
    if expected == "?" {
      switch u {
      case .notUnderstood, .guess: return .askedAgain
      // A reply that stores nothing (repeat, help, back, pause) does no harm either.
      case .reply(let r): return [.dontKnow, .refuse, .skip].contains(r) ? .wrongStored : .askedAgain
      case .value: return .wrongStored
      }
    }
    if let wanted = replies[expected] {
      switch u {
      // "wat bedoel je?": the question again in other words, with how to answer, does what
      // both a repeat and help do.
      case .reply(.explain) where wanted == .repeatQuestion || wanted == .help: return .right
      case .reply(let r):
        return r == wanted ? .right : ([.dontKnow, .refuse, .skip].contains(r) ? .wrongStored : .missed)
      case .value(.option("weet-niet")) where wanted == .dontKnow: return .right
      case .value: return .wrongStored
      default: return .missed
      }
    }
    let value = expectedValue(expected, question: question)
    switch u {
    case .value(let v): return v == value ? .right : .wrongStored
    case .guess(let v): return v == value ? .rightAfterCheck : .missed
    case .reply(let r): return [.dontKnow, .refuse, .skip].contains(r) ? .wrongStored : .missed
    case .notUnderstood: return .missed
    }
  }

  static func expectedValue(_ expected: String, question: Question) -> AnswerValue {
    switch question.kind {
    case .number: return Int(expected).map(AnswerValue.number) ?? .option(expected)
    case .multiChoice:
      let ids = expected.split(separator: "+").map(String.init)
      return .options(question.options.map(\.id).filter(ids.contains))
    case .statement: return .option(expected == "weetniet" ? "weet-niet" : expected)
    default: return .option(expected)
    }
  }

  static func run(content: String, sets: [(name: String, path: String)], verbose: Bool) {
    let library = ContentLibrary(root: URL(fileURLWithPath: content))
    let words: AnswerWords
    do { words = try library.answerWords() } catch { fail("\(error)") }
    let matcher = AnswerMatcher(words: words)
    print(
      "set                         answers  understood  right at once  after a check  asked again (right)  missed  wrong stored"
    )
    var perKind: [String: [String: [Outcome: Int]]] = [:]
    for (name, path) in sets {
      let items = items(path, library: library)
      var counts: [Outcome: Int] = [:]
      for item in items {
        let u = matcher.understand(item.answer, for: item.question)
        let o = outcome(u, expected: item.expected, question: item.question)
        counts[o, default: 0] += 1
        perKind[name, default: [:]][kindName(item.question.kind), default: [:]][o, default: 0] += 1
        if verbose && (o == .missed || o == .wrongStored || o == .rightAfterCheck) {
          print("  \(o.rawValue)\t[\(item.section)]\t\(item.answer)\texpected \(item.expected)\tgot \(u)")
        }
      }
      let n = max(items.count, 1)
      func pct(_ k: Int) -> String { String(format: "%5.1f%%", 100 * Double(k) / Double(n)) }
      let understood = (counts[.right] ?? 0) + (counts[.rightAfterCheck] ?? 0) + (counts[.askedAgain] ?? 0)
      print(
        name.padding(toLength: 28, withPad: " ", startingAt: 0)
          + String(format: "%7d", items.count) + "  " + pct(understood) + "      " + pct(counts[.right] ?? 0)
          + "         " + pct(counts[.rightAfterCheck] ?? 0) + "         " + pct(counts[.askedAgain] ?? 0)
          + "              " + pct(counts[.missed] ?? 0) + "  " + pct(counts[.wrongStored] ?? 0))
    }
    print("per kind of question (understood / wrong stored):")
    for (name, _) in sets {
      let kinds = perKind[name] ?? [:]
      let line = kinds.keys.sorted().map { kind -> String in
        let c = kinds[kind]!
        let n = c.values.reduce(0, +)
        let ok = (c[.right] ?? 0) + (c[.rightAfterCheck] ?? 0) + (c[.askedAgain] ?? 0)
        return String(
          format: "%@ %.0f%%/%.1f%% (%d)", kind, 100 * Double(ok) / Double(n),
          100 * Double(c[.wrongStored] ?? 0) / Double(n), n)
      }.joined(separator: ", ")
      print("  \(name): \(line)")
    }
  }

  static func kindName(_ kind: QuestionKind) -> String {
    switch kind {
    case .scale(let n): "schaal\(n)"
    default: kind.word
    }
  }
}
