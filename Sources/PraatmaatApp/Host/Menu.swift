import PraatmaatCore
import PraatmaatStore

/// The Dutch start menu for the supporter: new conversation, or quit.
public struct Menu {
  public enum Choice: Equatable, Sendable {
    case start(scriptID: String)
    case resume(SessionCode)
    case quit
  }

  let terminal: any Terminal
  let prompt: String

  public init(terminal: any Terminal, prompt: String) {
    self.terminal = terminal
    self.prompt = prompt
  }

  static let menu = Question.menu(
    id: "menu", text: ["Welkom bij praatmaat.", "Wat wil je doen?"],
    options: [
      Option(id: "nieuw", pictogram: "💬", label: "Een nieuw gesprek"),
      Option(id: "verder", pictogram: "⏯️", label: "Verder met een gesprek"),
      Option(id: "stoppen", pictogram: "👋", label: "Stoppen"),
    ])

  /// Asks until a choice is made; Ctrl-C or the end of input quits.
  public func choose(scripts: [Script], paused: [SessionRecord]) -> Choice {
    switch ask(Self.menu) {
    case "nieuw": break
    case "verder": return chooseSession(paused)
    default: return .quit
    }
    let options = scripts.prefix(4).map { Option(id: $0.id, pictogram: "📋", label: $0.header.title) }
    let pick = Question.menu(id: "script", text: ["Over welk onderwerp praten we?"], options: Array(options))
    guard let id = ask(pick) else { return .quit }
    return .start(scriptID: id)
  }

  /// The four most recent paused sessions, or a code typed by the supporter.
  private func chooseSession(_ paused: [SessionRecord]) -> Choice {
    guard !paused.isEmpty else {
      terminal.show([.hint("Er is geen gesprek om verder te gaan.")])
      return .quit
    }
    let options = paused.prefix(4).map {
      Option(id: $0.code.value, pictogram: "⏸️", label: "\($0.code) (\($0.scriptID), \($0.month))")
    }
    let pick = Question.menu(
      id: "gesprek", text: ["Met welk gesprek gaan we verder?"], options: Array(options))
    guard let id = ask(pick), let code = SessionCode(id) else { return .quit }
    return .resume(code)
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
