import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

/// `--db PATH`, shared by every command that uses the store.
struct DatabaseOption: ParsableArguments {
  @ArgumentParser.Option(
    help: "De database (anders $PRAATMAAT_DB, anders $XDG_DATA_HOME/praatmaat/praatmaat.sqlite).")
  var db: String?

  /// The database path; an empty `--db` is a mistake, not a wish for the default.
  func path() throws -> String {
    if let db, db.trimmingCharacters(in: .whitespaces).isEmpty {
      throw AppError.usage("--db is leeg. Geef het pad van de database, of laat --db weg.")
    }
    return DatabaseLocation.resolve(flag: db)
  }

  /// Opens the database, and makes it when it is not there yet (import).
  func open() throws -> any AnswerStore {
    try open(create: true)
  }

  /// Opens a database that must be there already (forget, resume): a mistyped path is
  /// refused and leaves nothing behind.
  func openExisting() throws -> any AnswerStore {
    try open(create: false)
  }

  /// Opens a database that must be there already, to read only (export, report): works on a
  /// read-only disk too, and never changes the file.
  func openForReading() throws -> any AnswerStore {
    let path = try path()
    do {
      return try Stores.open(path, create: false, readOnly: true)
    } catch {
      throw AppError.storing(error, "\(error)")
    }
  }

  private func open(create: Bool) throws -> any AnswerStore {
    let path = try path()
    do {
      return try Stores.open(path, create: create)
    } catch {
      throw AppError.storing(error, "\(error)")
    }
  }
}

/// The database, screen and voice options, shared by the commands that hold a conversation.
struct ConversationOptions: ParsableArguments {
  @OptionGroup var database: DatabaseOption

  @Flag(help: "Lees elke zin hardop voor (espeak-ng).")
  var speak = false

  @ArgumentParser.Option(
    help:
      "Snelheid van het voorlezen in woorden per minuut (60 tot 400; anders 140, of de snelheid die het gesprek had)."
  )
  var speakRate: Int?

  /// The speed for a new conversation.
  var rate: Int { speakRate ?? EspeakSpeaker.calmRate }

  /// The speeds espeak-ng reads at so that a participant can follow: 60 to 400 words a minute.
  static let rates = 60...400

  func validate() throws {
    if let speakRate, !Self.rates.contains(speakRate) {
      throw ValidationError(
        "--speak-rate moet tussen \(Self.rates.lowerBound) en \(Self.rates.upperBound) liggen.")
    }
  }

  @Flag(help: "Grote letters en meer ruimte, voor wie slecht ziet. Het gesprek gaat later zo verder.")
  var large = false

  @Flag(help: "Geen zachte hint na een lange stilte.")
  var noIdleHint = false

  @Flag(
    inversion: .prefixedNo,
    help:
      "Laat elk open antwoord zien zoals het bewaard wordt, zodat de begeleider het goedkeurt of meer weghaalt (standaard: op een terminal)."
  )
  var review: Bool?

  var settings: TerminalSettings {
    var settings = TerminalSettings()
    settings.speakRate = speak ? rate : nil
    settings.large = large
    settings.idleHint = !noIdleHint
    settings.review = review
    return settings
  }
}

struct Start: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start",
    abstract: "Begin een gesprek met een script.",
    discussion:
      "Voorbeeld: praatmaat start wonen. Zonder terminal leest praatmaat één antwoord per regel; het einde van de invoer pauzeert het gesprek."
  )

  @Argument(
    help: "Een script uit Content/scripts (zie: praatmaat scripts), of het pad van een .gesprek-bestand.")
  var script: String?

  @OptionGroup var options: ConversationOptions

  @ArgumentParser.Option(
    help: "Getal voor de willekeurige volgorde (hetzelfde getal geeft dezelfde volgorde).")
  var seed: UInt64?

  @ArgumentParser.Option(help: "De gemeente van de antwoorden (anders: gemeente in praatmaat.conf).")
  var municipality: String?

  @ArgumentParser.Option(
    help: "Panel: een extra stelling in eenvoudige taal (mag vaker).")
  var statement: [String] = []

  @ArgumentParser.Option(
    help:
      "Een proefgesprek dat niets in de database bewaart; wat je speelt komt als test in dit .transcript-bestand (bestaat het al, dan komt de test erbij)."
  )
  var transcript: String?

  func run() throws {
    guard let script else {
      throw AppError.usage(
        "Welk script? Bijvoorbeeld: praatmaat start wonen. De scripts staan in: praatmaat scripts")
    }
    let library = try ContentLibrary.locate()
    let anonymiser = try Anonymisers.preparing(from: library)
    var loaded = try library.loadScript(script)
    let place = try Conversations.municipality(municipality, library: library)
    if !statement.isEmpty {
      guard loaded.header.method.rules.hasStatements else {
        throw AppError.usage(
          "--statement hoort bij een panel-script; '\(loaded.id)' is een \(loaded.header.method.rawValue).")
      }
      try checkStatements(library)
      loaded = loaded.addingStatements(try anonymisedStatements(anonymiser))
    }
    if let transcript {
      try record(loaded, into: transcript, anonymiser: try anonymiser.ready(), library: library)
      return
    }
    let file = try keptPath(anonymiser)
    try Conversations.start(
      script: loaded, file: file,
      runner: try Conversations.runner(
        options.database, options.settings, library: library, anonymiser: anonymiser
      ).0,
      seed: seed, municipality: place, library: library)
  }
}

struct Resume: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume",
    abstract: "Ga verder met een gepauzeerd gesprek, bij de vraag waar het stopte.")

  @Argument(help: "De code van het gesprek, bijvoorbeeld KMT-4HX.")
  var code: String?

  @OptionGroup var options: ConversationOptions

  @ArgumentParser.Option(
    help: "Het scriptbestand, voor een gesprek uit een bestand waarvan de plek niet bewaard is.")
  var script: String?

  func run() throws {
    guard let code else {
      throw AppError.usage("Welk gesprek? Typ de code erachter, bijvoorbeeld: praatmaat resume KMT-4HX")
    }
    let parsed = try SessionCode.parsing(code)
    // A session shown in the large layout is shown so again, without --large.
    var settings = options.settings
    if let stored = try? options.database.openExisting(),
      (try? stored.session(parsed))??.state?.largeLayout == true
    {
      settings.large = true
    }
    let library = try ContentLibrary.locate()
    try Conversations.resume(
      code: parsed, scriptFile: script, library: library,
      runner: try Conversations.runner(
        options.database, settings, library: library, anonymiser: Anonymisers.preparing(from: library),
        existing: true
      ).0,
      rate: options.speakRate)
  }
}

extension Start {
  /// Statements typed on the spot are kept in the saved state, so what is kept is anonymised
  /// like an answer; when that changed something, the supporter reads how it is used.
  func anonymisedStatements(_ anonymiser: PreparedAnonymiser) throws -> [String] {
    let ready = try anonymiser.ready()
    return statement.map { typed in
      let kept = ready.anonymise(TextSafety.clean(typed))
      if kept != TextSafety.clean(typed) {
        FileHandle.standardError.write(
          Data("praatmaat: in de stelling stond iets persoonlijks; praatmaat gebruikt: \(kept)\n".utf8))
      }
      return kept
    }
  }

  /// A script from a file outside Content/scripts is found again by its path on resume. A
  /// path with a name in it ("/home/priscilla/…") is not kept: resume then asks for the file.
  func keptPath(_ anonymiser: PreparedAnonymiser) throws -> String? {
    guard let script, ContentLibrary.isPath(script) else { return nil }
    let path = URL(fileURLWithPath: script).standardizedFileURL.path
    let words = path.map { $0.isLetter || $0.isNumber ? $0 : " " }
    guard try anonymiser.ready().spans(in: String(words)).isEmpty else {
      FileHandle.standardError.write(
        Data(
          "praatmaat: het pad van het script lijkt een naam te bevatten en wordt niet bewaard. Verder gaan kan later met: praatmaat resume CODE --script \(script)\n"
            .utf8))
      return nil
    }
    return path
  }

  /// Statements typed on the spot get the same language rules as a script's: warnings are
  /// shown, errors stop the panel before it starts.
  func checkStatements(_ library: ContentLibrary) throws {
    let lists = (try? library.languageLists())?.lists ?? LanguageLists.builtIn
    let check = LanguageCheck(lists: lists)
    var errors = 0
    if statement.contains(where: { TextSafety.clean($0).trimmingCharacters(in: .whitespaces).isEmpty }) {
      throw AppError.usage("Een stelling mag niet leeg zijn.")
    }
    for (n, text) in statement.enumerated() {
      let found = check.check(
        LanguageCheck.Text(text: text, location: SourceLocation(line: 1, column: 1), isQuestion: true),
        file: "--statement \(n + 1)")
      for diagnostic in found {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        if diagnostic.severity == .error { errors += 1 }
      }
    }
    if errors > 0 { throw AppError.usage("Maak de stelling eenvoudiger; zie hierboven wat er moeilijk is.") }
  }
}

extension SessionCode {
  /// A code as typed on the command line, or a reason the user can act on.
  static func parsing(_ typed: String) throws -> SessionCode {
    guard let code = SessionCode(typed) else {
      throw AppError.usage(
        "'\(TextSafety.clean(typed))' is geen gesprekscode. Een code ziet eruit als KMT-4HX.")
    }
    return code
  }
}

/// Starting and resuming, shared by the commands and the menu. Each command finds Content
/// once and passes it in.
enum Conversations {
  /// A runner on the terminal; the database is made only after consent, or must be there
  /// already when `existing` (resume).
  /// `anonymiser` is made by the caller as early as it can, so its lists are read while
  /// the script is loaded and the consent text is on screen.
  static func runner(
    _ database: DatabaseOption, _ settings: TerminalSettings, library: ContentLibrary,
    anonymiser: PreparedAnonymiser, existing: Bool = false
  ) throws -> (SessionRunner, any Terminal, String) {
    let access = existing ? StoreAccess(try database.openExisting()) : StoreAccess(path: try database.path())
    let texts = try library.phraseBook()
    let (terminal, prompt) = try TerminalFactory.make(settings, texts: texts)
    var runner = SessionRunner(
      database: access, terminal: terminal, prompt: prompt, anonymiser: anonymiser, texts: texts,
      words: try PreparedAnswerWords(library: library),
      reviewsAnswers: settings.review ?? TerminalFactory.isInteractive)
    runner.confirmsCode = TerminalFactory.isInteractive
    runner.largeLayout = settings.large
    return (runner, terminal, prompt)
  }

  static func start(
    script: Script, file: String? = nil, runner: SessionRunner, seed: UInt64?, municipality: String?,
    library: ContentLibrary
  ) throws {
    let result = try runner.start(
      script: script, file: file, seed: seed ?? UInt64.random(in: 0...UInt64(UInt32.max)),
      municipality: try municipality ?? Self.municipality(nil, library: library), month: Month.current())
    if result?.1 == .paused, SignalFlags.interrupted { throw AppError.interrupted }
  }

  /// The municipality to keep: `--municipality`, else `gemeente` in praatmaat.conf, by its
  /// official name. Anything that is not a Dutch municipality is refused before a session
  /// starts, with the closest names.
  static func municipality(_ typed: String?, library: ContentLibrary) throws -> String? {
    let source = typed == nil ? "gemeente in praatmaat.conf" : "--municipality"
    guard let place = typed ?? Settings.load().municipality else { return nil }
    guard !place.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw AppError.usage("\(source) is leeg. Geef de naam van de gemeente, of laat het weg.")
    }
    switch try library.municipalities().lookup(place) {
    case .known(let official): return official
    case .unknown(let suggestions):
      let hint = suggestions.isEmpty ? "" : " Bedoel je: \(suggestions.joined(separator: " of "))?"
      throw AppError.usage(
        "\(source): '\(TextSafety.clean(place).prefix(60))' is geen Nederlandse gemeente.\(hint)")
    }
  }

  /// A session that was read aloud is read aloud again when it goes on, at the speed it had
  /// unless `rate` (`--speak-rate`) is given.
  static func resume(
    code: SessionCode, scriptFile: String? = nil, library: ContentLibrary, runner: SessionRunner, rate: Int?
  ) throws {
    let state = (try? runner.store.session(code))??.state
    let speed = rate ?? state?.speakRate ?? runner.speakRate ?? EspeakSpeaker.calmRate
    let chosen = state?.readAloud == true || runner.readsAloud ? withVoice(runner, rate: speed) : runner
    let outcome = try chosen.resume(
      code: code, library: library, scriptFile: scriptFile, month: Month.current())
    if outcome == .paused, SignalFlags.interrupted { throw AppError.interrupted }
  }

  /// The runner with read-aloud; without espeak-ng, one kind line (and for the supporter,
  /// how to install it) and the conversation goes on without a voice.
  static func withVoice(_ runner: SessionRunner, rate: Int) -> SessionRunner {
    // A voice at another speed (a resumed session's own) is made again at this one.
    guard !runner.readsAloud || (runner.speakRate != nil && runner.speakRate != rate) else { return runner }
    guard let speaking = runner.speaking(at: rate) else {
      runner.terminal.show([.hint(runner.texts[.menuNoVoice])])
      runner.terminal.note(Menu.noVoiceHow)
      return runner
    }
    return speaking
  }
}
