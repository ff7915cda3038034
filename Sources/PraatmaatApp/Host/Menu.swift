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

  static let welcome = "Welkom bij praatmaat."
  static let whatToDo = "Wat wil je doen?"
  static let whichScript = "Welk gesprek kiezen we?"
  static let whichSession = "Met welk gesprek gaan we verder?"
  static let nothingPaused = "Er is geen gesprek om verder te gaan."
  /// A chosen session that cannot go on here after all (its script is gone, for example).
  public static let cannotResume = "Met dit gesprek kan ik niet verder."
  static let more = "Meer"
  /// Under every list after the first screen: how to leave it.
  static let howToLeave = "Terug naar het begin? Typ terug. Stoppen? Typ stoppen."
  static let howToAsk = "Hoe wil je de vragen krijgen?"
  static let whereReport = "Waar wil je het verslag?"
  static let fileName = "Typ de naam van het bestand."
  static let fileExample = "Bijvoorbeeld: verslag.md"
  /// After the report was written to a file; the file name follows on its own line.
  public static let reportSaved = "Het verslag staat in dit bestand:"
  public static let reportNotSaved = "Het verslag kan niet in dat bestand."
  public static let nothingToReport = "Er is nog niets voor een verslag."
  /// Under each screen of a report shown on the screen.
  public static let reportMore = "Druk op Enter voor meer. Terug naar het menu? Typ terug."
  /// Read-aloud was chosen, or a session that was read aloud goes on, without espeak-ng.
  public static let noVoice = "Voorlezen kan niet op deze computer."
  /// For the supporter (B1): how to get read-aloud.
  public static let noVoiceHow = "Voor de begeleider: voorlezen installeer je met: scripts/run --speak"

  static let main = Question.menu(
    id: "menu", text: [welcome, whatToDo],
    options: [
      Option(id: "nieuw", pictogram: "💬", label: "Een nieuw gesprek"),
      Option(id: "verder", pictogram: "⏯️", label: "Verder met een gesprek"),
      Option(id: "verslag", pictogram: "📊", label: "Een verslag maken"),
      Option(id: "stoppen", pictogram: "👋", label: "Stoppen"),
    ])

  /// After "Een nieuw gesprek": with or without read-aloud.
  static let voice = Question.menu(
    id: "voorlezen", text: [howToAsk],
    options: [
      Option(id: "lezen", pictogram: "👀", label: "Lezen"),
      Option(id: "voorlezen", pictogram: "🔊", label: "Lezen en horen"),
    ])

  /// After "Een verslag maken": on the screen or in a file.
  static let reportPlace = Question.menu(
    id: "verslag", text: [whereReport],
    options: [
      Option(id: "scherm", pictogram: "🖥️", label: "Op het scherm"),
      Option(id: "bestand", pictogram: "📄", label: "In een bestand"),
    ])

  /// Every fixed sentence of the menu, for the language check.
  public static var texts: [String] {
    [
      welcome, whatToDo, whichScript, whichSession, nothingPaused, cannotResume, more, howToLeave, noVoice,
      howToAsk,
      whereReport,
      fileName, fileExample, reportSaved, reportNotSaved, nothingToReport, reportMore,
    ] + [main, voice, reportPlace].flatMap { $0.options.map(\.label) }
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
