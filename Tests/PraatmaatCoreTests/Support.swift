@_exported import CoreTestSupport
import Foundation
import Testing

@testable import PraatmaatCore

// Shared helpers for the core tests. Scripts live in the tests as multi-line strings;
// these helpers turn them into scripts, diagnostics and played conversations.

/// Everything the parser and checker say about a script, sorted by place.
func diagnose(_ source: String) -> [Diagnostic] {
  ScriptChecker().check(source: source, fileName: testFile).1
}

/// What the parser alone says about a script.
func parserDiagnostics(_ source: String) -> [Diagnostic] {
  ScriptParser().parse(source, fileName: testFile).diagnostics
}

extension Diagnostic {
  /// `S008 9:10`: the code and where it points, for compact expectations.
  var brief: String { "\(code.rawValue) \(location)" }
}

extension Array where Element == Diagnostic {
  /// The errors only, as `S008 9:10`, sorted so equal places compare stably.
  var errorBriefs: [String] { filter { $0.severity == .error }.map(\.brief).sorted() }

  /// The diagnostics with one code, as `line:column`.
  func places(of code: DiagnosticCode) -> [String] {
    filter { $0.code == code }.map(\.location.description)
  }

  func codes() -> Set<DiagnosticCode> { Set(map(\.code)) }
}

/// A conversation played line by line, keeping what was shown like a transcript:
/// bot lines as they appear on screen and typed lines as `> antwoord`.
struct Talk {
  private(set) var conversation: Conversation
  private(set) var transcript: [String] = []
  private(set) var turns: [Turn] = []

  /// Starts a new conversation and records the opening lines.
  init(
    _ script: Script, seed: UInt64 = 0, nicknameCheck: @escaping @Sendable (String) -> Bool = { _ in true }
  ) {
    conversation = Conversation(
      script: script, texts: dutch, seed: seed, nicknameCheck: nicknameCheck, words: packageWords)
    record(conversation.start())
  }

  /// Continues a saved conversation and records the "welcome back" lines.
  init(_ script: Script, resuming state: ConversationState) throws {
    conversation = try Conversation(script: script, texts: dutch, resuming: state, words: packageWords)
    record(conversation.resume())
  }

  /// Types one line and returns only the lines the bot shows in reply.
  @discardableResult
  mutating func type(_ input: String) -> [String] {
    transcript.append("> \(input)")
    return record(conversation.respond(to: input))
  }

  /// Types several lines; returns the reply lines of all of them.
  @discardableResult
  mutating func type(_ inputs: [String]) -> [String] {
    inputs.flatMap { type($0) }
  }

  @discardableResult
  private mutating func record(_ turn: Turn) -> [String] {
    turns.append(turn)
    let lines = PlainRenderer.lines(turn.messages)
    transcript += lines
    return lines
  }

  var last: Turn { turns[turns.count - 1] }
  var next: Turn.Next { last.next }
  var state: ConversationState { conversation.state }
  /// The accepted answers, in order.
  var events: [AnswerEvent] { turns.compactMap(\.accepted) }
  /// Every row a host would keep, in order: answers, and what is kept beside them.
  var kept: [AnswerEvent] { turns.flatMap(\.answers) }
  /// The ids of the questions asked, in order, each time one is put on screen.
  var asked: [String] {
    turns.flatMap(\.messages).compactMap {
      if case .ask(let prompt) = $0 { prompt.questionID } else { nil }
    }
  }
}

/// Starts a conversation, types the answers and returns the played conversation.
func play(_ script: Script, _ answers: [String] = [], seed: UInt64 = 0) -> Talk {
  var talk = Talk(script, seed: seed)
  talk.type(answers)
  return talk
}

/// The state as the JSON a host would save.
func json(_ state: ConversationState) throws -> String {
  let data = try JSONEncoder().encode(state)
  return try #require(String(data: data, encoding: .utf8))
}

/// The state saved as JSON and read back, as after a restart.
func roundTrip(_ state: ConversationState) throws -> ConversationState {
  try JSONDecoder().decode(ConversationState.self, from: JSONEncoder().encode(state))
}

/// A short script used by many tests: three questions about where someone lives.
let wonenScript = """
  id: wonen
  titel: Hoe gaat het met wonen?
  methode: gesprek
  thema: wonen
  fase: agendavorming
  versie: 1

  zeg: Hallo! Fijn dat je er bent.
  vraag: woonplek keuze
    tekst: Waar woon je?
    optie ouders: 🏠 Bij mijn ouders
    optie groep: 🏢 In een woongroep
    optie alleen: 🔑 Alleen
    voorbeeld: 1 of ouders
  vraag: tevreden schaal 3
    tekst: Hoe vind je het daar?
  vraag: hulp ja/nee
    tekst: Krijg je hulp thuis?
  zeg: Dank je wel. Tot ziens!
  """

/// The lines of the first question of `wonenScript`.
let woonplekPrompt = [
  "Waar woon je?",
  "  1. 🏠 Bij mijn ouders",
  "  2. 🏢 In een woongroep",
  "  3. 🔑 Alleen",
  "Typ een nummer of een woord.",
]

/// The lines of the second question of `wonenScript`.
let tevredenPrompt = [
  "Hoe vind je het daar?",
  "  1. 🙁 Slecht",
  "  2. 😐 Gaat wel",
  "  3. 🙂 Goed",
  "Typ een nummer of een woord.",
]

/// The lines of the third question of `wonenScript`.
let hulpPrompt = [
  "Krijg je hulp thuis?",
  "  1. 👍 Ja",
  "  2. 👎 Nee",
  "Typ een nummer of een woord.",
]

/// A script whose first section asks five questions in a seeded random order.
let randomScript = withHeader(
  """
  deel: kennismaken
    willekeurig: alle
  zeg: We doen een paar vragen door elkaar.
  vraag: eten ja/nee
    tekst: Eet je graag?
  vraag: sport ja/nee
    tekst: Sport je graag?
  vraag: muziek ja/nee
    tekst: Luister je graag naar muziek?
  vraag: dieren ja/nee
    tekst: Heb je een huisdier?
  vraag: reizen ja/nee
    tekst: Reis je graag?
  deel: slot
  zeg: Dat was het.
  """)
