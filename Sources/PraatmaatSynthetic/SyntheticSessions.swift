import Foundation
import PraatmaatCore

/// Made-up sessions for benchmarks and golden-file tests: realistic shapes (the real
/// scripts' questions and options, group tables, quotes), fixed by a seed. Nothing in
/// them is about a real person.
public struct SyntheticSessions {
  let scripts: [Script]
  var random: SeededGenerator
  /// For the reasons panel members give: a generator of its own, so that adding them left every
  /// other made-up answer as it was.
  var reasonRandom: SeededGenerator
  /// When set, sessions keep a random part of their answers (as if people passed or stopped
  /// early) so that the sessions made so far average this many answers.
  let averageAnswers: Int?
  /// The municipalities sessions are spread over.
  public var places = ["Utrecht"]
  /// The months sessions are spread over (1…12 of 2026).
  public var months = 1...11
  var made = (sessions: 0, answers: 0)

  public init(scripts: [Script], seed: UInt64, averageAnswers: Int? = nil) {
    self.scripts = scripts.sorted { $0.id < $1.id }
    random = SeededGenerator(seed: seed)
    reasonRandom = SeededGenerator(seed: seed &+ 0x5EED)
    self.averageAnswers = averageAnswers
  }

  static let quotes = [
    "Ik moet lang wachten op hulp van de gemeente.",
    "De brieven van de gemeente zijn moeilijk.",
    "Mijn begeleider helpt mij goed met geld.",
    "Ik wil graag meer contact met de buren.",
    "De bus rijdt niet vaak genoeg in mijn wijk.",
    "Ik vind het fijn dat iemand naar mij luistert.",
    "Het formulier was te moeilijk voor mij.",
    "Ik wil zelf kunnen koken maar dat is lastig.",
    "Soms voel ik me niet veilig op straat.",
    "De hulp komt altijd op tijd.",
    "Ik heb [naam 1] gebeld maar niemand nam op.",
    "Ik wil werken maar ik vind geen werk.",
    "Wachten op hulp duurt te lang.",
    "Mijn huis is te klein voor ons.",
    "De gemeente moet duidelijke brieven sturen.",
    "Ik ben blij met mijn dagbesteding.",
  ]

  static let reasons = [
    "Dat komt door de brieven", "Dat merk ik vooral", "Mijn buurvrouw zegt dat ook", "Dat is lastig",
    "Ik word er moe van", "Daar ben ik blij mee", "Dat zei ik al tegen mijn begeleider",
    "Dat gebeurt vaak", "Ik weet niet wat ik moet doen", "Dat vind ik jammer", "Dan bel ik mijn zus",
    "Dat lukt me nu beter", "Ik schaam me daarvoor", "Dat geeft rust", "Dan wordt het te druk",
    "Dat kost veel geld", "Ik snap het niet altijd", "Daar heb ik hulp bij nodig", "Dat wil ik zelf doen",
    "Dan voel ik me alleen",
  ]

  static let moments = [
    "in de winter", "op maandag", "na het werk", "in het weekend", "bij de huisarts", "in de bus",
    "als het regent", "aan het eind van de maand", "in de vakantie", "als ik moe ben", "op school",
    "bij het buurthuis", "als de post komt", "in de nacht", "bij de supermarkt", "op de dagbesteding",
    "als mijn begeleider er niet is", "sinds vorig jaar", "elke week", "soms",
  ]

  /// `count` sessions, starting with session number `first`.
  public mutating func entries(count: Int, first: Int = 0) -> [SessionBundle.Entry] {
    (first..<(first + count)).map { entry(number: $0) }
  }

  mutating func entry(number: Int) -> SessionBundle.Entry {
    let script = scripts[Int.random(in: 0..<scripts.count, using: &random)]
    let month = String(format: "2026-%02d", Int.random(in: months, using: &random))
    let code = Self.code(number)
    let group = script.header.method.isGroup ? Int.random(in: 3...5, using: &random) : 1
    var answers: [AnswerRecord] = []
    func add(
      _ question: Question, id: String? = nil, kind asked: QuestionKind? = nil, participant: String,
      _ kind: String, _ value: String?, helped: Bool? = nil
    ) {
      // A reason draws from its own generator, so that every other answer stays as it was.
      let helped = helped ?? (Int.random(in: 0..<5, using: &random) == 0)
      answers.append(
        AnswerRecord(
          questionID: id ?? question.id, participant: participant, scriptID: script.id,
          scriptVersion: script.header.version, method: script.header.method,
          kind: (asked ?? question.kind).word,
          themes: script.themes(of: question), phases: script.phases(of: question), valueKind: kind,
          value: value, answeredBy: helped ? .withHelp : .participant,
          month: month))
    }
    let rules = script.header.method.rules
    if rules.answersTogether {
      // A Persona table keeps only its card: one line per step, the group's.
      for question in script.questions {
        guard let (_, value) = value(for: question) else { continue }
        let shown = question.options.first { $0.id == value }?.label ?? value ?? "weet ik niet"
        add(question, participant: "groep", "text", "\(question.cardLabel ?? question.id): \(shown)")
      }
      answers.append(
        AnswerRecord(
          questionID: AnswerRecord.tablePeopleID, participant: "groep", scriptID: script.id,
          scriptVersion: script.header.version, method: script.header.method, kind: "getal", themes: [],
          phases: [],
          valueKind: "number", value: String(group), answeredBy: .participant, month: month))
    } else {
      for p in 1...group {
        let participant = group == 1 ? "" : String(p)
        for (n, question) in script.questions.enumerated() {
          // In a Kwartetspel each card goes to the player whose turn it is.
          if rules.drawsCards, n % group != p - 1 { continue }
          guard let (kind, value) = value(for: question) else { continue }
          add(question, participant: participant, kind, value)
          // After a vote, a panel member says why: an open answer to the statement.
          if question.kind == .statement {
            let reason = Self.reasons[Int.random(in: 0..<Self.reasons.count, using: &reasonRandom)]
            add(
              question, id: question.id + ReportBuilder.reasonSuffix, kind: .open, participant: participant,
              "text", "\(reason).", helped: Int.random(in: 0..<5, using: &reasonRandom) == 0)
          }
        }
      }
    }
    // A panel agrees on its advice per statement, as the group.
    for question in script.questions where rules.hasStatements && question.kind == .statement {
      let advice = ["eens", "oneens", "verdeeld"][Int.random(in: 0..<3, using: &random)]
      add(question, id: question.id + "-advies", participant: "groep", "option", advice)
    }
    answers = trimmed(answers)
    let session = SessionRecord(
      code: code, scriptID: script.id, scriptVersion: script.header.version, method: script.header.method,
      municipality: places[Int.random(in: 0..<places.count, using: &random)], status: .finished, month: month,
      state: nil, recordKey: UInt32.random(in: .min ... .max, using: &random))
    return SessionBundle.Entry(session: session, answers: answers)
  }

  /// A random part of `answers`, in order, that keeps the running average at `averageAnswers`.
  mutating func trimmed(_ answers: [AnswerRecord]) -> [AnswerRecord] {
    made.sessions += 1
    guard let average = averageAnswers else { return answers }
    let budget = max(1, average * made.sessions - made.answers)
    var kept = answers
    if kept.count > budget {
      var drop = Set(Array(kept.indices).shuffled(using: &random).prefix(kept.count - budget))
      kept = kept.indices.compactMap { drop.remove($0) == nil ? kept[$0] : nil }
    }
    made.answers += kept.count
    return kept
  }

  mutating func value(for q: Question) -> (String, String?)? {
    if Int.random(in: 0..<20, using: &random) == 0 { return ("dontKnow", nil) }
    switch q.kind {
    case .open:
      // Real answers are mostly different from each other: a quote, often with a reason of
      // its own, gives some thousands of different texts (and some that come back).
      let quote = Self.quotes[Int.random(in: 0..<Self.quotes.count, using: &random)]
      guard Bool.random(using: &random) else { return ("text", quote) }
      let reason = Self.reasons[Int.random(in: 0..<Self.reasons.count, using: &random)]
      let when = Self.moments[Int.random(in: 0..<Self.moments.count, using: &random)]
      return ("text", "\(quote) \(reason) \(when).")
    case .number:
      let lo = q.minimum ?? 0
      return ("number", String(Int.random(in: lo...max(lo, q.maximum ?? lo + 10), using: &random)))
    case .multiChoice:
      let ids = q.options.filter { _ in Bool.random(using: &random) }.map(\.id)
      return ("options", (ids.isEmpty ? [q.options[0].id] : ids).joined(separator: ","))
    default:
      guard !q.options.isEmpty else { return nil }
      // Lean towards the middle and upper options, as real answers do.
      let n = q.options.count
      let pick = min(
        n - 1, max(0, Int.random(in: 0..<n, using: &random) + Int.random(in: -1...1, using: &random)))
      return ("option", q.options[pick].id)
    }
  }

  /// A valid session code for a number, so generated sessions never collide.
  static func code(_ number: Int) -> SessionCode {
    let alphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")
    var n = number
    var chars: [Character] = []
    for _ in 0..<6 {
      chars.append(alphabet[n % alphabet.count])
      n /= alphabet.count
    }
    return SessionCode(String(chars))!
  }
}
