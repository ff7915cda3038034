import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

struct Forget: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Remove everything of one session (withdrawal).")

  @Argument(help: "The session code, for example KMT-4HX.")
  var code: String

  @OptionGroup var database: DatabaseOption

  func run() throws {
    let parsed = try SessionCode.parsing(code)
    let store = try database.open()
    do {
      let removed = try store.forget(parsed)
      print("Gesprek \(parsed) gewist: \(removed) antwoord(en) verwijderd.")
    } catch {
      throw AppError.usage("\(error)")
    }
  }
}

struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write all anonymised sessions as a portable bundle (JSON Lines).")

  @OptionGroup var database: DatabaseOption

  @ArgumentParser.Option(help: "The bundle file (default: standard output).")
  var out: String?

  func run() throws {
    let store = try database.open()
    let entries: [SessionBundle.Entry]
    do { entries = try store.exportEntries() } catch { throw AppError.usage("\(error)") }
    let text = SessionBundle.encode(entries)
    guard let out else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
      chmod(out, 0o600)
    } catch {
      throw AppError.usage("Kan \(out) niet schrijven.")
    }
    FileHandle.standardError.write(Data("\(entries.count) gesprek(ken) geschreven naar \(out).\n".utf8))
  }
}

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Merge bundles from other laptops; importing twice adds nothing.")

  @Argument(help: "Bundle files made by praatmaat export.")
  var files: [String]

  @OptionGroup var database: DatabaseOption

  func validate() throws {
    if files.isEmpty { throw ValidationError("Geef minstens één bundel.") }
  }

  func run() throws {
    var entries: [SessionBundle.Entry] = []
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw AppError.usage("Kan \(file) niet lezen.")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw AppError.usage("\(file) is geen tekst in UTF-8.")
      }
      do {
        entries += try SessionBundle.decode(text)
      } catch {
        throw AppError.usage("\(file): \(error). Er is niets ingelezen.")
      }
    }
    let store = try database.open()
    do {
      let (added, known) = try store.importEntries(entries)
      print("\(added) gesprek(ken) toegevoegd, \(known) waren er al.")
    } catch {
      throw AppError.usage("\(error). Er is niets ingelezen.")
    }
  }
}
