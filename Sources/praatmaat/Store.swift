import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

struct Forget: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forget",
    abstract: "Wis alles van één gesprek (terugtrekken). Eerst staat er wat er weg gaat; typ dan ja.")

  @Argument(help: "De code van het gesprek, bijvoorbeeld KMT-4HX.")
  var code: String?

  @Flag(name: .customLong("ja"), help: "Wis zonder het eerst te vragen.")
  var sure = false

  @OptionGroup var database: DatabaseOption

  func run() throws {
    guard let code else {
      throw AppError.usage("Welk gesprek? Typ de code erachter, bijvoorbeeld: praatmaat forget KMT-4HX")
    }
    let parsed = try SessionCode.parsing(code)
    let store = try database.openExisting()
    // What will be removed, and a "ja" before it is: a table's code wipes everyone at it.
    if !sure, let session = try? store.session(parsed), session.status != .withdrawn {
      let answers = (try? store.answers(parsed)) ?? []
      let people = Set(answers.map(\.participant)).filter { !$0.isEmpty && $0 != "groep" }.count
      print(
        "Dit wist gesprek \(parsed) (\(session.scriptID), \(session.month)): \(answers.count) antwoord(en).")
      if session.method.isGroup {
        print("Dit gesprek is van een tafel: alles van iedereen aan die tafel gaat weg (\(people) mensen).")
      }
      print("Weet je het zeker? Typ ja om te wissen.")
      let typed = readLine(strippingNewline: true).map {
        $0.trimmingCharacters(in: .whitespaces).lowercased()
      }
      guard typed == "ja" else {
        throw AppError.problems(
          "Er is niets gewist. Typ ja om te wissen, of gebruik: praatmaat forget \(parsed) --ja")
      }
    }
    let done: Withdrawal
    do {
      done = try store.forget(parsed)
    } catch {
      throw AppError.storing(error, "\(error)")
    }
    print(
      done.wasWithdrawn
        ? "Gesprek \(parsed) was al gewist."
        : "Gesprek \(parsed) gewist: \(done.answers) antwoord(en) verwijderd.")
    if let reason = done.tracesLeft {
      throw AppError.problems(Self.tracesLeft(reason, retry: "forget \(parsed)"))
    }
  }

  /// The rows are gone, but their old bytes are still in the file: say so, and how to finish.
  static func tracesLeft(_ reason: StoreError, retry: String) -> String {
    reason == .busy
      ? "De oude bytes staan nog in het databasebestand: een ander programma heeft de database open. Sluit dat en typ opnieuw: praatmaat \(retry)"
      : "De oude bytes staan nog in het databasebestand (\(reason)). Typ later opnieuw: praatmaat \(retry)"
  }
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write all anonymised sessions, and the codes of withdrawn ones, as a portable bundle (JSON Lines), or the open answers as a REFI-QDA project.",
    discussion: """
      --format qdpx writes a project for ATLAS.ti, NVivo, MAXQDA and QDA Miner: a document per \
      question, each anonymised open answer a segment coded with script, question, theme, phase, \
      method and municipality. Only what a report may show: published rounds, questions of at \
      least --min-group people, nothing that links answers to a person, to each other or to a date.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case bundle, qdpx
  }

  @OptionGroup var database: DatabaseOption

  @ArgumentParser.Option(
    help: "The file, written atomically with mode 0600, or - for standard output (the default for a bundle).")
  var out: String?

  @ArgumentParser.Option(help: "bundle (JSON Lines, for import on another laptop) or qdpx (REFI-QDA).")
  var format = Format.bundle

  @ArgumentParser.Option(help: "qdpx: leave out questions answered by fewer people than this (5 or more).")
  var minGroup = 5

  func validate() throws {
    if minGroup < ReportBuilder.smallestGroup { throw ValidationError(ReportJob.minGroupRefusal) }
    if format == .qdpx, out == nil || out == OutputFile.standardOutput, isatty(STDOUT_FILENO) == 1 {
      throw ValidationError("Een qdpx-bestand is een zip: geef --out BESTAND.qdpx.")
    }
  }

  func run() throws {
    if let out, let reason = OutputFile.refusal(out, database: try database.path()) {
      throw AppError.usage(reason)
    }
    let store = try database.openForReading()
    if format == .qdpx {
      var job = QDAExportJob()
      job.minGroup = minGroup
      let result = try job.run(store: store, library: try ContentLibrary.locate())
      try OutputFile.write(result.bytes, to: out ?? OutputFile.standardOutput)
      FileHandle.standardError.write(
        Data("\(result.answers) open antwoord(en) in \(result.documents) vraag/vragen geschreven.\n".utf8))
      return
    }
    let entries: [SessionBundle.Entry]
    let withdrawn: [SessionCode]
    do {
      entries = try store.exportEntries()
      withdrawn = try store.withdrawnCodes()
    } catch {
      throw AppError.storing(error, "\(error)")
    }
    let text = SessionBundle.encode(entries, withdrawn: withdrawn)
    try OutputFile.write(Data(text.utf8), to: out ?? OutputFile.standardOutput)
    guard let out, out != OutputFile.standardOutput else { return }
    FileHandle.standardError.write(
      Data(
        "\(entries.count) gesprek(ken) en \(withdrawn.count) gewiste code(s) geschreven naar \(out).\n".utf8))
  }
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Merge bundles from other laptops; importing twice adds nothing.",
    discussion: """
      Free text is anonymised again, answers are checked against the scripts in Content, \
      withdrawn sessions are never brought back, and a session that went on elsewhere is updated.
      """)

  @Argument(help: "Bundle files made by praatmaat export.")
  var files: [String]

  @OptionGroup var database: DatabaseOption

  func validate() throws {
    if files.isEmpty { throw ValidationError("Geef minstens één bundel.") }
  }

  func run() throws {
    _ = try database.path()
    var bundles: [(name: String, contents: SessionBundle.Contents)] = []
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw AppError.usage("Kan \(file) niet lezen.")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw AppError.usage("\(file) is geen tekst in UTF-8.")
      }
      do {
        bundles.append((file, try SessionBundle.read(text)))
      } catch {
        throw AppError.usage("\(file): \(error). Er is niets ingelezen.")
      }
    }
    let intake = try BundleIntake(bundles, library: try ContentLibrary.locate())
    // Nothing to take in: no database is made or touched.
    if intake.entries.isEmpty && intake.withdrawn.isEmpty && !intake.refused.isEmpty {
      for line in intake.refused { Self.tell(line) }
      throw AppError.problems("Geen enkel gesprek ingelezen; de database is niet veranderd.")
    }
    try Self.merge(intake, into: try database.open(), retry: "import " + files.joined(separator: " "))
  }

  /// Merges what was taken into `store`, prints what it did and says what was left out.
  static func merge(_ intake: BundleIntake, into store: any AnswerStore, retry: String) throws {
    let summary = try intake.merge(into: store)
    print(line(summary))
    for line in intake.refused { tell(line) }
    if let reason = summary.tracesLeft {
      throw AppError.problems(Forget.tracesLeft(reason, retry: retry))
    }
    if !intake.refused.isEmpty {
      throw AppError.problems("\(intake.refused.count) gesprek(ken) niet ingelezen; de rest wel.")
    }
  }

  /// One session that was left out, on standard error.
  static func tell(_ refusal: String) {
    FileHandle.standardError.write(
      Data("praatmaat: \(TextSafety.clean(refusal)). Dit gesprek is niet ingelezen.\n".utf8))
  }

  /// What the import did, in one line.
  static func line(_ s: ImportSummary) -> String {
    var line = "\(s.added) gesprek(ken) toegevoegd, \(s.updated) bijgewerkt, \(s.known) waren er al."
    if s.skippedWithdrawn > 0 { line += " \(s.skippedWithdrawn) overgeslagen, omdat ze gewist zijn." }
    if s.removed > 0 { line += " \(s.removed) hier gewist, omdat ze elders gewist zijn." }
    return line
  }
}
