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

  public init(terminal: any Terminal, prompt: String) {
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
  static let howToAsk = "Hoe wil je de vragen krijgen?"
  static let whereReport = "Waar wil je het verslag?"
  static let fileName = "Typ de naam van het bestand."
  static let fileExample = "Bijvoorbeeld: verslag.md"
  /// After the report was written to a file; the file name follows on its own line.
  public static let reportSaved = "Het verslag staat in dit bestand:"
  public static let reportNotSaved = "Het verslag kan niet in dat bestand."
  public static let nothingToReport = "Er is nog niets voor een verslag."
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
      welcome, whatToDo, whichScript, whichSession, nothingPaused, cannotResume, more, noVoice, howToAsk,
      whereReport,
      fileName, fileExample, reportSaved, reportNotSaved, nothingToReport,
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
    let paused = paused.filter { $0.state != nil }
    while true {
      switch ask(Self.main) {
      case .stop(let choice): return choice
      case .chosen("nieuw"):
        var speak = false
        if !speaking {
          switch ask(Self.voice) {
          case .stop(let choice): return choice
          case .chosen(let id): speak = id == "voorlezen"
          }
        }
        let options = scripts.map {
          Option(id: $0.id, pictogram: Self.pictogram($0.header.method), label: $0.header.title)
        }
        switch pick(Self.whichScript, options) {
        case .stop(let choice): return choice
        case .chosen(let id): return .start(scriptID: id, speak: speak)
        }
      case .chosen("verder"):
        guard !paused.isEmpty else {
          // Nothing to go on with: say so, and the menu comes back.
          terminal.show([.hint(Self.nothingPaused)])
          continue
        }
        let options = paused.map {
          Option(id: $0.code.value, pictogram: "⏸️", label: "\($0.code) (\($0.scriptID), \($0.month))")
        }
        switch pick(Self.whichSession, options) {
        case .stop(let choice): return choice
        case .chosen(let id): return SessionCode(id).map { .resume($0) } ?? .quit
        }
      case .chosen("verslag"):
        guard reportable else {
          terminal.show([.hint(Self.nothingToReport)])
          continue
        }
        switch ask(Self.reportPlace) {
        case .stop(let choice): return choice
        case .chosen("bestand"):
          switch askFileName() {
          case .stop(let choice): return choice
          case .chosen(let file): return .report(file: file)
          }
        case .chosen: return .report(file: nil)
        }
      case .chosen:
        return .quit
      }
    }
  }

  /// What the supporter did at one step: chose, or stopped the menu.
  enum Step: Equatable {
    case chosen(String)
    case stop(Choice)
  }

  /// The name of the file for the report, asked until something is typed.
  private func askFileName() -> Step {
    terminal.show([.say(Self.fileName), .hint(Self.fileExample)])
    while true {
      switch terminal.readLine(prompt: prompt) {
      case .interrupt: return .stop(.interrupted)
      case .endOfInput: return .stop(.quit)
      case .line(let text):
        let name = TextSafety.clean(text).trimmingCharacters(in: .whitespaces)
        // "?" asks for help everywhere, never a file called "?".
        if name == "?" {
          terminal.show([.say(Self.fileName), .hint(Self.fileExample)])
          continue
        }
        if !name.isEmpty { return .chosen(name) }
        terminal.show([.hint(Self.fileName)])
      }
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
  private func pick(_ text: String, _ options: [Option]) -> Step {
    var start = 0
    while true {
      let rest = options[start...]
      let page: [Option] =
        rest.count <= 4
        ? Array(rest) : Array(rest.prefix(3)) + [Option(id: "_meer", pictogram: "➡️", label: Self.more)]
      let step = ask(Question.menu(id: "keuze", text: [text], options: page))
      guard step == .chosen("_meer") else { return step }
      start = start + 3 < options.count ? start + 3 : 0
    }
  }

  private func ask(_ question: Question) -> Step {
    let prompt = Prompt(
      questionID: question.id, kind: .choice, lines: question.text, options: question.options,
      hint: Phrases.hintChoice)
    terminal.show([.ask(prompt)])
    while true {
      switch terminal.readLine(prompt: self.prompt) {
      case .interrupt: return .stop(.interrupted)
      case .endOfInput: return .stop(.quit)
      case .line(let text):
        if case .value(.option(let id)) = AnswerMatcher().match(text, for: question) { return .chosen(id) }
        if [.repeatQuestion, .help].contains(BuiltInReply.recognise(text)) {
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
