import PraatmaatCore
import PraatmaatStore

/// The Dutch start menu for the supporter: new conversation, continue one, or quit.
/// Never more than four options at once: longer lists are shown a page at a time.
public struct Menu {
  public enum Choice: Equatable, Sendable {
    /// A new conversation; `speak` when it was chosen with read-aloud.
    case start(scriptID: String, speak: Bool)
    case resume(SessionCode)
    case quit
  }

  let terminal: any Terminal
  let prompt: String

  public init(terminal: any Terminal, prompt: String) {
    self.terminal = terminal
    self.prompt = prompt
  }

  static let welcome = "Welkom bij praatmaat."
  static let whatToDo = "Wat wil je doen?"
  static let whichScript = "Welk gesprek kiezen we?"
  static let whichSession = "Met welk gesprek gaan we verder?"
  static let nothingPaused = "Er is geen gesprek om verder te gaan."
  static let more = "Meer"

  static let main = Question.menu(
    id: "menu", text: [welcome, whatToDo],
    options: [
      Option(id: "nieuw", pictogram: "💬", label: "Een nieuw gesprek"),
      Option(id: "voorlezen", pictogram: "🔊", label: "Een nieuw gesprek met voorlezen"),
      Option(id: "verder", pictogram: "⏯️", label: "Verder met een gesprek"),
      Option(id: "stoppen", pictogram: "👋", label: "Stoppen"),
    ])

  /// Every fixed sentence of the menu, for the language check.
  public static var texts: [String] {
    [welcome, whatToDo, whichScript, whichSession, nothingPaused, more] + main.options.map(\.label)
  }

  /// Asks until a choice is made; Ctrl-C or the end of input quits.
  public func choose(scripts: [Script], paused: [SessionRecord]) -> Choice {
    switch ask(Self.main) {
    case let choice? where choice == "nieuw" || choice == "voorlezen":
      let options = scripts.map {
        Option(id: $0.id, pictogram: Self.pictogram($0.header.method), label: $0.header.title)
      }
      return pick(Self.whichScript, options).map { .start(scriptID: $0, speak: choice == "voorlezen") }
        ?? .quit
    case "verder":
      guard !paused.isEmpty else {
        terminal.show([.hint(Self.nothingPaused)])
        return .quit
      }
      let options = paused.map {
        Option(id: $0.code.value, pictogram: "⏸️", label: "\($0.code) (\($0.scriptID), \($0.month))")
      }
      return pick(Self.whichSession, options).flatMap(SessionCode.init).map { .resume($0) } ?? .quit
    default:
      return .quit
    }
  }

  static func pictogram(_ method: Method) -> String {
    switch method {
    case .gesprek: "💬"
    case .klantreis: "🧭"
    case .stamtafel: "🍽️"
    case .kwartetspel: "🃏"
    case .persona: "🧑"
    case .panel: "🗳️"
    }
  }

  /// Three options and "Meer" per page when there are more than four.
  private func pick(_ text: String, _ options: [Option]) -> String? {
    var start = 0
    while true {
      let rest = options[start...]
      let page: [Option] =
        rest.count <= 4
        ? Array(rest) : Array(rest.prefix(3)) + [Option(id: "_meer", pictogram: "➡️", label: Self.more)]
      guard let id = ask(Question.menu(id: "keuze", text: [text], options: page)) else { return nil }
      guard id == "_meer" else { return id }
      start = start + 3 < options.count ? start + 3 : 0
    }
  }

  private func ask(_ question: Question) -> String? {
    let prompt = Prompt(
      questionID: question.id, kind: .choice, lines: question.text, options: question.options,
      hint: Phrases.hintChoice)
    terminal.show([.ask(prompt)])
    while true {
      switch terminal.readLine(prompt: self.prompt) {
      case .interrupt, .endOfInput: return nil
      case .line(let text):
        if case .value(.option(let id)) = AnswerMatcher().match(text, for: question) { return id }
        if BuiltInReply.recognise(text) == .repeatQuestion {
          terminal.show([.ask(prompt)])
          continue
        }
        terminal.show([.hint(Phrases.notUnderstood), .hint(Phrases.hintChoice)])
      }
    }
  }
}

extension Question {
  static func menu(id: String, text: [String], options: [Option]) -> Question {
    var q = Question(id: id, kind: .choice, location: SourceLocation(line: 0, column: 0))
    q.text = text
    q.options = options
    return q
  }
}
