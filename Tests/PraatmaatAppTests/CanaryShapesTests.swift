import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

/// The privacy canary makes new data each run; this runs its shapes over many made-up names
/// at once, so that a shape the anonymiser misses fails every run, not one run in fifty.
@Suite struct CanaryShapesTests {
  @Test("400 made-up people in every planted shape: nothing kept, no nickname let through")
  func manyCanaries() throws {
    let library = try ContentLibrary.locate(
      environment: ["PRAATMAAT_CONTENT": CLI.packageRoot.appendingPathComponent("Content").path])
    let anonymiser = try Anonymisers.load(from: library)
    var tried = 0
    for n in 1...400 as ClosedRange<UInt64> {
      let c = Canary.make(seed: n * 7919)
      let texts =
        PrivacyCanaryTests.openAnswers(c) + [
          "Mijn adres is \(c.street) \(c.houseNumber), 3521 AB Utrecht. Ik heet \(c.fullName).",
          "Ik ben \(c.fullName) en je kunt me bellen op \(c.phone).",
        ]
      for text in texts {
        tried += 1
        let kept = anonymiser.anonymise(text).lowercased()
        for needle in c.needles { #expect(!kept.contains(needle.lowercased()), "seed \(n * 7919): \(kept)") }
      }
      for nickname in [c.fullName, c.phone, "\(c.street) \(c.houseNumber)"] {
        #expect(anonymiser.looksLikeName(nickname), "seed \(n * 7919): nickname \(nickname)")
      }
    }
    #expect(tried == 2_400)
  }
}
