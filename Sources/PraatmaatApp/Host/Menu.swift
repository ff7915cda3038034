import Foundation
import PraatmaatCore
import PraatmaatStore

/// The Dutch start menu for the supporter: new conversation, continue one, a report, or quit.
/// Never more than four options at once: longer lists are shown a page at a time.
public struct Menu {
  public enum Choice: Equatable, Sendable {
    /// A new conversation; `speak` when it was chosen with read-aloud.
    case start(scriptID: String, speak: Bool)
    case resume(SessionCode)
    /// The report for policymakers: on the screen (nil) or in the file the supporter named.
    case report(file: String?)
    case quit
    /// Ctrl-C: the menu stops (exit 130).
    case interrupted
  }

  let terminal: any Terminal
  let prompt: String
  /// The engine's sentences the menu shares ("Dat begrijp ik niet goed.").
  let phrases: PhraseBook

  public init(terminal: any Terminal, prompt: String, phrases: PhraseBook) {
    self.phrases = phrases
    self.terminal = terminal
    self.prompt = prompt
  }

  /// For the supporter (B1): how to get read-aloud.
  public static let noVoiceHow = "Voor de begeleider: voorlezen installeer je met: scripts/run --speak"

  /// The main screen.
  static func main(_ t: PhraseBook) -> Question {
    screen(
      "menu", [.menuWelcome, .menuWhatToDo], t,
      [
        ("nieuw", "💬", .menuNew), ("verder", "⏯️", .menuContinue), ("verslag", "📊", .menuReport),
        ("stoppen", "👋", .menuStop),
      ])
  }

  /// After "Een nieuw gesprek": with or without read-aloud.
  static func voice(_ t: PhraseBook) -> Question {
    screen("voorlezen", [.menuHowToAsk], t, [("lezen", "👀", .menuRead), ("voorlezen", "🔊", .menuReadAloud)])
  }

  /// After "Een verslag maken": on the screen or in a file.
  static func reportPlace(_ t: PhraseBook) -> Question {
    screen("verslag", [.menuWhereReport], t, [("scherm", "🖥️", .menuOnScreen), ("bestand", "📄", .menuInFile)])
  }

  /// A screen of the menu: its lines and its options, in the words of the table.
  private static func screen(
    _ id: String, _ lines: [PhraseKey], _ t: PhraseBook, _ options: [(String, String, PhraseKey)]
  ) -> Question {
    Question.menu(
      id: id, text: lines.map { t[$0] },
      options: options.map { Option(id: $0.0, pictogram: $0.1, label: t[$0.2]) })
  }

  /// Asks until a choice is made; the end of input quits, Ctrl-C interrupts.
  /// `speaking`: read-aloud is on already, so it is not asked. `reportable`: there is
  /// something for a report; without it, the report choice says so and the menu comes back.
  /// Only sessions with a state to go on from are offered (not those imported from
  /// another laptop).
  public func choose(
    scripts: [Script], paused: [SessionRecord], speaking: Bool = false, reportable: Bool = true
  ) -> Choice {
    var machine = MenuMachine(
      scripts: scripts, paused: paused, speaking: speaking, reportable: reportable, phrases: phrases)
    terminal.show(machine.start())
    // The menu is on screen: the word lists are read while the supporter chooses.
    BackgroundThread.release()
    while true {
      let input: MenuMachine.Input =
        switch terminal.readLine(prompt: prompt) {
        case .interrupt: .interrupt
        case .endOfInput: .end
        case .line(let text): .line(text)
        }
      let (show, choice) = machine.step(input)
      terminal.show(show)
      if let choice { return choice }
    }
  }

  /// A script named by its id or title, or a paused session by its code ("wonen",
  /// "kmt-4hx"), typed on any screen of the menu.
  static func named(_ text: String, scripts: [Script], paused: [SessionRecord]) -> Choice? {
    let plain = AnswerMatcher.folded(text)
    guard !plain.isEmpty else { return nil }
    if let script = scripts.first(where: {
      AnswerMatcher.folded($0.id) == plain || AnswerMatcher.folded($0.header.title) == plain
    }) {
      return .start(scriptID: script.id, speak: false)
    }
    if let code = SessionCode(text.trimmingCharacters(in: .whitespaces).uppercased()),
      paused.contains(where: { $0.code == code })
    {
      return .resume(code)
    }
    return nil
  }

  static func pictogram(_ method: Method) -> String { method.rules.pictogram }
}

extension Question {
  static func menu(id: String, text: [String], options: [Option]) -> Question {
    var q = Question(id: id, kind: .choice, location: SourceLocation(line: 0, column: 0))
    q.text = text
    q.options = options
    return q
  }
}
