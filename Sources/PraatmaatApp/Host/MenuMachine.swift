import Foundation
import PraatmaatCore

/// The start menu as a step machine without I/O: each line typed gives the messages to show
/// and, at the end, the choice. The terminal `Menu` is one host of it; any screen can be
/// another. On every screen "terug" goes back to the first one, "stoppen" leaves, a number
/// that is not on the screen says which numbers are, and a script's name or a session's code
/// chooses it.
public struct MenuMachine {
  public enum Input: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the menu stops (exit 130).
    case interrupt
    /// The end of input: the menu quits.
    case end
  }

  enum Screen: Equatable {
    case main, voice, reportPlace, fileName
    /// A list shown three at a time with "Meer", from `start`.
    case scripts(start: Int), sessions(start: Int)
  }

  let scripts: [Script]
  let paused: [SessionRecord]
  /// Read-aloud is on already, so it is not asked.
  let speaking: Bool
  /// There is something for a report; without it, the report choice says so.
  let reportable: Bool
  let phrases: PhraseBook
  private(set) var screen: Screen = .main
  private var speak = false

  /// Only sessions with a state to go on from are offered (not those imported from another
  /// laptop).
  public init(
    scripts: [Script], paused: [SessionRecord], speaking: Bool, reportable: Bool, phrases: PhraseBook
  ) {
    self.scripts = scripts
    self.paused = paused.filter { $0.state != nil }
    self.speaking = speaking
    self.reportable = reportable
    self.phrases = phrases
  }

  /// The first screen.
  public mutating func start() -> [Message] {
    screen = .main
    return shown()
  }

  /// What to show after `input`, and the choice when the menu is done.
  public mutating func step(_ input: Input) -> (show: [Message], choice: Menu.Choice?) {
    let text: String
    switch input {
    case .interrupt: return ([], .interrupted)
    case .end: return ([], .quit)
    case .line(let line): text = line
    }
    if screen == .fileName { return fileName(text) }
    switch read(text) {
    case .stop(let choice):
      // A script named on the list of scripts keeps the choice of read-aloud.
      if case .scripts = screen, case .start(let id, _) = choice {
        return ([], .start(scriptID: id, speak: speak))
      }
      return ([], choice)
    case .back: return go(.main)
    case .again(let messages): return (messages, nil)
    case .chosen(let id): return chose(id)
    }
  }

  // MARK: Screens

  /// The screen as shown: its question, and under every screen after the first how to leave.
  func shown(prefix: [Message] = []) -> [Message] {
    if screen == .fileName {
      return prefix + [.say(phrases[.menuFileName]), .hint(phrases[.menuFileExample])]
    }
    let question = page
    let prompt = Prompt(
      questionID: question.id, kind: .choice, lines: question.text, options: question.options,
      hint: phrases[.hintChoice])
    return prefix + [.ask(prompt)] + (screen == .main ? [] : [.hint(phrases[.menuHowToLeave])])
  }

  private mutating func go(_ next: Screen, prefix: [Message] = []) -> (show: [Message], choice: Menu.Choice?)
  {
    screen = next
    return (shown(prefix: prefix), nil)
  }

  /// The question on screen now: for a list, the page with "Meer" when there are more.
  var page: Question {
    switch screen {
    case .main, .fileName: return Menu.main(phrases)
    case .voice: return Menu.voice(phrases)
    case .reportPlace: return Menu.reportPlace(phrases)
    case .scripts(let start), .sessions(let start):
      let (text, options) = list
      let rest = options[start...]
      let shown: [Option] =
        rest.count <= 4
        ? Array(rest)
        : Array(rest.prefix(3)) + [Option(id: "_meer", pictogram: "➡️", label: phrases[.menuMore])]
      return Question.menu(id: "keuze", text: [text], options: shown)
    }
  }

  /// The whole list on a list screen, so an option on another page can be chosen by name.
  var list: (text: String, options: [Option]) {
    if case .sessions = screen {
      return (
        phrases[.menuWhichSession],
        paused.map {
          Option(id: $0.code.value, pictogram: "⏸️", label: "\($0.code) (\($0.scriptID), \($0.month))")
        }
      )
    }
    return (
      phrases[.menuWhichScript],
      scripts.map { Option(id: $0.id, pictogram: Menu.pictogram($0.header.method), label: $0.header.title) }
    )
  }

  private mutating func chose(_ id: String) -> (show: [Message], choice: Menu.Choice?) {
    switch (screen, id) {
    case (.main, "nieuw"):
      speak = false
      return go(speaking ? .scripts(start: 0) : .voice)
    case (.main, "verder"):
      // Nothing to go on with: say so, and the menu comes back.
      return paused.isEmpty
        ? go(.main, prefix: [.hint(phrases[.menuNothingPaused])]) : go(.sessions(start: 0))
    case (.main, "verslag"):
      return reportable ? go(.reportPlace) : go(.main, prefix: [.hint(phrases[.menuNothingToReport])])
    case (.main, _): return ([], .quit)
    case (.voice, let id):
      speak = id == "voorlezen"
      return go(.scripts(start: 0))
    case (.reportPlace, "bestand"): return go(.fileName)
    case (.reportPlace, _): return ([], .report(file: nil))
    case (.scripts(let start), "_meer"), (.sessions(let start), "_meer"):
      let next = start + 3 < list.options.count ? start + 3 : 0
      return go(screen == .scripts(start: start) ? .scripts(start: next) : .sessions(start: next))
    case (.scripts, let id): return ([], .start(scriptID: id, speak: speak))
    case (.sessions, let id): return ([], SessionCode(id).map { .resume($0) } ?? .quit)
    case (.fileName, _): return ([], nil)
    }
  }

  // MARK: Reading a line

  enum Reading: Equatable {
    case chosen(String)
    case back
    case stop(Menu.Choice)
    /// Not a choice: show these and ask again.
    case again([Message])
  }

  /// A line on a screen with options.
  func read(_ text: String) -> Reading {
    let question = page
    let first = screen == .main
    // "terug" and "stoppen" first: they mean the same on every screen. "terug" on the first
    // screen shows it again.
    if let leave = Self.leaving(text), !(first && leave == .back) { return leave }
    if case .value(.option(let id)) = AnswerMatcher().match(text, for: question) { return .chosen(id) }
    if case .scripts = screen, let id = elsewhere(text) { return .chosen(id) }
    if case .sessions = screen, let id = elsewhere(text) { return .chosen(id) }
    if let choice = Menu.named(text, scripts: scripts, paused: paused) { return .stop(choice) }
    if Self.leaving(text) != nil || [.repeatQuestion, .help, .explain].contains(BuiltInReply.recognise(text))
    {
      return .again(shown())
    }
    // A number that is not on the screen: which numbers are.
    if let n = Int(AnswerMatcher.folded(text)), n < 1 || n > question.options.count {
      return .again([.hint(phrases.chooseNumber(question.options.count))])
    }
    return .again([.hint(phrases[.notUnderstood]), .hint(phrases[.hintChoice])])
  }

  /// An option of the whole list named by its words (not a number: numbers are the page's).
  private func elsewhere(_ text: String) -> String? {
    let all = Question.menu(id: "keuze", text: [list.text], options: list.options)
    guard case .value(.option(let id)) = AnswerMatcher().match(text, for: all),
      !AnswerMatcher.folded(text).allSatisfy(\.isNumber)
    else { return nil }
    return id
  }

  /// The name of the file for the report, asked until something is typed.
  private mutating func fileName(_ typed: String) -> (show: [Message], choice: Menu.Choice?) {
    let name = TextSafety.clean(typed).trimmingCharacters(in: .whitespaces)
    // "?" asks for help everywhere, never a file called "?".
    if name == "?" { return (shown(), nil) }
    switch Self.leaving(name) {
    case .back?: return go(.main)
    case .stop(let choice)?: return ([], choice)
    default: break
    }
    if !name.isEmpty { return ([], .report(file: name)) }
    return ([.hint(phrases[.menuFileName])], nil)
  }

  /// "terug" goes back to the first screen, "stoppen" (or "pauze", "klaar") leaves the menu.
  static func leaving(_ text: String) -> Reading? {
    switch AnswerMatcher.folded(text) {
    case "terug", "vorige", "ga terug", "begin", "menu": return .back
    case "stoppen", "stop", "pauze", "klaar", "einde", "afsluiten", "exit", "quit": return .stop(.quit)
    default: return nil
    }
  }
}
