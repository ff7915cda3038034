import CoreTestSupport
import Foundation
import PraatmaatApp
import PraatmaatCore

/// The package's own `Content` folder and the production anonymiser on its word lists, for
/// tests. A missing list stops the test run: no test may pass on a weaker anonymiser.
public enum PackageContent {
  /// The root of the package.
  public static let root = PackageFiles.root

  public static let library = ContentLibrary(root: root.appendingPathComponent("Content"))

  /// The anonymiser conversations use, read once per test process.
  public static let anonymiser: DutchAnonymiser = {
    do {
      return try Anonymisers.load(from: library)
    } catch {
      fatalError("The anonymiser's word lists cannot be read: \(error)")
    }
  }()

  /// The word knowledge answers are read with (Content/begrip), read once per test process.
  public static let words: AnswerWords = {
    do {
      return try library.answerWords()
    } catch {
      fatalError("The answer word lists cannot be read: \(error)")
    }
  }()
}
