import Foundation
import PraatmaatCore

/// The package's own files, for tests: `Content` (word lists, scripts) and the labelled sets.
/// Read through the source path, not bundled; a missing list stops the test run, so that no
/// test passes on weaker word knowledge.
public enum PackageFiles {
  /// The root of the package.
  public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  public static func text(_ path: String) -> String {
    guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else {
      fatalError("\(path) cannot be read")
    }
    return text
  }
}

/// The word knowledge of the package's own Content/begrip, as conversations read answers.
public let packageWords: AnswerWords = {
  var files: [String: String] = [:]
  for name in AnswerWords.fileNames { files[name] = PackageFiles.text("Content/begrip/\(name)") }
  let (words, problems) = AnswerWords.parse(files)
  precondition(problems.isEmpty, "\(problems)")
  return words
}()

/// The anonymiser on the word lists and learned labeller of `Content/anonimiseren`, and the
/// labelled development set `Tests/AnonymiserDevSet/dev.txt`.
public enum AnonymiserFixture {
  public static let lexicon: AnonymiserLexicon = {
    var lists: [String: String] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      lists[name] = PackageFiles.text("Content/anonimiseren/\(name)")
    }
    return AnonymiserLexicon(lists: lists)
  }()

  /// The learned labeller beside the lists; missing or damaged, the tests stop.
  public static let labeller: TokenLabeller = {
    let url = PackageFiles.root.appendingPathComponent("Content/anonimiseren/labeller.gewichten")
    guard let data = try? Data(contentsOf: url), let labeller = TokenLabeller(file: [UInt8](data)) else {
      fatalError("Content/anonimiseren/labeller.gewichten cannot be read")
    }
    return labeller
  }()

  public static let anonymiser = DutchAnonymiser(lexicon: lexicon, labeller: labeller)

  /// The spans found in `text`, each as its label and its words: "PERSON:ria de boer".
  public static func found(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return anonymiser.spans(in: text).map {
      "\($0.label.rawValue):" + String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
    }
  }

  public static let samples: [AnonymiserEvaluation.Sample] = AnonymiserEvaluation.parse(
    PackageFiles.text("Tests/AnonymiserDevSet/dev.txt"))
}

/// The Dutch table of the sentences praatmaat says (Content/teksten/nl.txt), as every
/// conversation in the product reads it.
public let dutch: PhraseBook = {
  do {
    return try PhraseBook.parse(PackageFiles.text("Content/teksten/nl.txt"), file: "Content/teksten/nl.txt")
  } catch {
    fatalError("\(error)")
  }
}()
