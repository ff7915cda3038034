import Foundation
import PraatmaatCore
import Testing

/// The labelled development set, read from `Tests/AnonymiserDevSet/dev.txt`, with the word
/// lists of `Content/anonimiseren`.
enum AnonymiserFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let lexicon: AnonymiserLexicon = {
    var lists: [String: String] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      let url = root.appendingPathComponent("Content/anonimiseren").appendingPathComponent(name)
      lists[name] = try! String(contentsOf: url, encoding: .utf8)
    }
    return AnonymiserLexicon(lists: lists)
  }()

  /// The learned labeller beside the lists; missing or damaged, the tests stop.
  static let labeller: TokenLabeller = {
    let url = root.appendingPathComponent("Content/anonimiseren/labeller.gewichten")
    return TokenLabeller(file: [UInt8](try! Data(contentsOf: url)))!
  }()

  static let anonymiser = DutchAnonymiser(lexicon: lexicon, labeller: labeller)

  static let samples: [AnonymiserEvaluation.Sample] = {
    let url = root.appendingPathComponent("Tests/AnonymiserDevSet/dev.txt")
    return AnonymiserEvaluation.parse(try! String(contentsOf: url, encoding: .utf8))
  }()
}

@Suite("Anonymiser on the development set")
struct AnonymiserDevSetTests {
  @Test("The development set is large and a fifth of it has no personal data")
  func devSetShape() {
    let samples = AnonymiserFixture.samples
    #expect(samples.count >= 400)
    let clean = samples.filter(\.spans.isEmpty).count
    #expect(clean * 100 >= samples.count * 15)
  }

  @Test("Recall, precision and clean texts stay above the floor")
  func regressionFloor() {
    let evaluation = AnonymiserEvaluation.run(AnonymiserFixture.samples, with: AnonymiserFixture.anonymiser)
    let report = evaluation.report.joined(separator: "\n")
    let misses = evaluation.misses.prefix(40).map { "miss \($0.span.label.rawValue): \($0.text)" }
    let alarms = evaluation.falseAlarms.prefix(40).map { "false \($0.span.label.rawValue): \($0.text)" }
    let detail = ([report] + misses + alarms).joined(separator: "\n")
    #expect(evaluation.total.recall >= 0.97, "\(detail)")
    #expect(evaluation.total.precision >= 0.90, "\(detail)")
    #expect(evaluation.cleanTextsMasked * 20 <= evaluation.cleanTexts, "\(detail)")
    for (label, score) in evaluation.perLabel {
      #expect(score.recall >= 0.9, "\(label.rawValue): \(detail)")
    }
  }
}
