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
    let paused = paused.filter { $0.state != nil }
    // A script's name or a session's code chooses it on every screen.
    let named = { (text: String) -> Choice? in Self.named(text, scripts: scripts, paused: paused) }
    while true {
      switch ask(Self.main, named: named) {
      case .stop(let choice): return choice
      case .back: continue
      case .chosen("nieuw"):
        var speak = false
        if !speaking {
          switch ask(Self.voice, named: named) {
          case .stop(let choice): return choice
          case .back: continue
          case .chosen(let id): speak = id == "voorlezen"
          }
        }
        let options = scripts.map {
          Option(id: $0.id, pictogram: Self.pictogram($0.header.method), label: $0.header.title)
        }
        switch pick(Self.whichScript, options, named: named) {
        case .stop(.start(let id, _)): return .start(scriptID: id, speak: speak)
        case .stop(let choice): return choice
        case .back: continue
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
        switch pick(Self.whichSession, options, named: named) {
        case .stop(let choice): return choice
        case .back: continue
        case .chosen(let id): return SessionCode(id).map { .resume($0) } ?? .quit
        }
      case .chosen("verslag"):
        guard reportable else {
          terminal.show([.hint(Self.nothingToReport)])
          continue
        }
        switch ask(Self.reportPlace, named: named) {
        case .stop(let choice): return choice
        case .back: continue
        case .chosen("bestand"):
          switch askFileName() {
          case .stop(let choice): return choice
          case .back: continue
          case .chosen(let file): return .report(file: file)
          }
        case .chosen: return .report(file: nil)
        }
      case .chosen:
        return .quit
      }
    }
  }

  /// What the supporter did at one step: chose, went back to the first screen, or stopped
  /// the menu (also by naming a script or a session code).
  enum Step: Equatable {
    case chosen(String)
    case back
    case stop(Choice)
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
        if let leave = Self.leaving(name) { return leave }
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

  /// Three options and "Meer" per page when there are more than four. An option on another
  /// page can be chosen by its name too.
  private func pick(_ text: String, _ options: [Option], named: (String) -> Choice?) -> Step {
    var start = 0
    while true {
      let rest = options[start...]
      let page: [Option] =
        rest.count <= 4
        ? Array(rest) : Array(rest.prefix(3)) + [Option(id: "_meer", pictogram: "➡️", label: Self.more)]
      let all = Question.menu(id: "keuze", text: [text], options: options)
      let step = ask(Question.menu(id: "keuze", text: [text], options: page), named: named, elsewhere: all)
      guard step == .chosen("_meer") else { return step }
      start = start + 3 < options.count ? start + 3 : 0
    }
  }

  /// "terug" goes back to the first screen, "stoppen" (or "pauze", "klaar") leaves the menu.
  static func leaving(_ text: String) -> Step? {
    switch AnswerMatcher.folded(text) {
    case "terug", "vorige", "ga terug", "begin", "menu": return .back
    case "stoppen", "stop", "pauze", "klaar", "einde", "afsluiten", "exit", "quit": return .stop(.quit)
    default: return nil
    }
  }

  private func ask(
    _ question: Question, named: (String) -> Choice? = { _ in nil }, elsewhere: Question? = nil
  ) -> Step {
    let first = question.id == Self.main.id
    let prompt = Prompt(
      questionID: question.id, kind: .choice, lines: question.text, options: question.options,
      hint: phrases[.hintChoice])
    let screen: [Message] = [.ask(prompt)] + (first ? [] : [.hint(Self.howToLeave)])
    terminal.show(screen)
    while true {
      switch terminal.readLine(prompt: self.prompt) {
      case .interrupt: return .stop(.interrupted)
      case .endOfInput: return .stop(.quit)
      case .line(let text):
        // "terug" and "stoppen" first: they mean the same on every screen. "terug" on the
        // first screen shows it again.
        if let leave = Self.leaving(text), !(first && leave == .back) { return leave }
        if case .value(.option(let id)) = AnswerMatcher().match(text, for: question) { return .chosen(id) }
        if let elsewhere, case .value(.option(let id)) = AnswerMatcher().match(text, for: elsewhere),
          !AnswerMatcher.folded(text).allSatisfy(\.isNumber)
        {
          return .chosen(id)
        }
        if let choice = named(text) { return .stop(choice) }
        if Self.leaving(text) != nil || [.repeatQuestion, .help].contains(BuiltInReply.recognise(text)) {
          terminal.show(screen)
          continue
        }
        // A number that is not on the screen: which numbers are.
        if let n = Int(AnswerMatcher.folded(text)), n < 1 || n > question.options.count {
          terminal.show([.hint(phrases.chooseNumber(question.options.count))])
          continue
        }
        terminal.show([.hint(phrases[.notUnderstood]), .hint(phrases[.hintChoice])])
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
