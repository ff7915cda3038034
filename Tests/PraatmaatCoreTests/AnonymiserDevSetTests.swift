import Foundation
import PraatmaatCore
import Testing

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
