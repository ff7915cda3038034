import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

struct Sync: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Send this laptop's sessions and withdrawals to the region's store; safe to run again.",
    discussion: """
      The region's store is a PostgreSQL address (postgres://…) or another database file. \
      The same rules as import: free text is anonymised again on arrival, record keys are kept, \
      withdrawn sessions never come back, and a withdrawal made here removes the session there. \
      Running it twice, or from two laptops at once, adds nothing twice; after a stop, run it again.
      """)

  @Argument(help: "The region's store: postgres://USER@SERVER/DATABASE, or a database file.")
  var region: String

  @OptionGroup var database: DatabaseOption

  func run() throws {
    let here = try database.path()
    guard region.trimmingCharacters(in: .whitespaces) != "" else {
      throw AppError.usage(
        "Geef het adres van de regio, zoals postgres://laptop3@regio.example.nl/praatmaat.")
    }
    guard URL(fileURLWithPath: region).standardizedFileURL != URL(fileURLWithPath: here).standardizedFileURL
    else {
      throw AppError.usage(
        "De regio is dezelfde database als die van deze laptop. Geef het adres van de regio.")
    }
    let intake = try BundleIntake(
      sending: try database.openForReading(), library: try ContentLibrary.locate())
    let target: any AnswerStore
    do {
      target = try Stores.open(region)
    } catch {
      throw AppError.storing(error, "\(error). Er is niets verstuurd.")
    }
    FileHandle.standardError.write(Data("Naar \(target.location):\n".utf8))
    try Import.merge(intake, into: target, retry: "sync \(target.location)")
  }
}
