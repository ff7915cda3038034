import Foundation
import PraatmaatCore
import PraatmaatStore

/// What comes into a store from elsewhere, by the bundle rules, for `praatmaat import` and
/// `praatmaat sync`: every session screened against the scripts in Content with its free
/// text anonymised again, withdrawals carried, and a session that cannot be taken named and
/// left out.
public struct BundleIntake: Sendable {
  public var entries: [SessionBundle.Entry] = []
  public var withdrawn: [SessionCode] = []
  /// Why a session was left out, one line each, with the bundle's name.
  public var refused: [String] = []

  public init() {}

  /// Screens read bundles, each with the name its refusals are told under.
  public init(_ bundles: [(name: String, contents: SessionBundle.Contents)], library: ContentLibrary)
    throws(AppError)
  {
    let screen = BundleScreen(
      anonymiser: try Anonymisers.load(from: library), scripts: library.catalogue(),
      municipalities: try library.municipalities())
    for (name, contents) in bundles {
      refused += contents.problems.map { "\(name): \($0)" }
      for numbered in contents.entries {
        do {
          entries.append(try screen.screen(numbered))
        } catch {
          refused.append("\(name): \(error)")
        }
      }
      withdrawn += contents.withdrawn
    }
  }

  /// A laptop's whole store as it would travel in a bundle: written and read back, so that
  /// sync and import keep one set of rules.
  public init(sending store: any AnswerStore, library: ContentLibrary) throws(AppError) {
    let text: String
    do {
      text = SessionBundle.encode(try store.exportEntries(), withdrawn: try store.withdrawnCodes())
    } catch {
      throw AppError.storing(error, "\(error)")
    }
    let contents: SessionBundle.Contents
    do {
      contents = try SessionBundle.read(text)
    } catch {
      throw AppError.usage(
        "De gesprekken van \(store.location) zijn niet te lezen: \(error). Er is niets verstuurd.")
    }
    try self.init([(store.location, contents)], library: library)
  }

  /// Merges what was taken into `store`.
  public func merge(into store: any AnswerStore) throws(AppError) -> ImportSummary {
    do {
      return try store.importEntries(entries, withdrawn: withdrawn)
    } catch {
      throw AppError.storing(error, "\(error). Er is niets meer ingelezen.")
    }
  }
}
