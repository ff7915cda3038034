import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

/// `praatmaat anonymise` reads one text per line and writes one result per line, in the same
/// order, whether the lines are anonymised on one core or on several at once.
@Suite("The anonymise command: one result per line, in order, on any number of cores")
struct AnonymiseCommandTests {
  /// More lines than one batch holds, with a phone number made up here in every third one
  /// and the line's own number in each, so a line that moved would show.
  static let lines: [String] = (0..<2_600).map { k in
    var generator = SystemRandomNumberGenerator()
    let phone = "06-" + String(Int.random(in: 10_000_000...99_999_999, using: &generator))
    switch k % 3 {
    case 0: return "regel \(k): bel mij gerust op \(phone) als er iets is"
    case 1: return "regel \(k): de begeleiding komt op dinsdag en dat is fijn"
    default: return "regel \(k): ik ga met de bus naar mijn werk"
    }
  }

  static var expected: [String] {
    let anonymiser = PackageContent.anonymiser
    let policy = ReplacementPolicy()
    return lines.map { policy.apply(anonymiser.spans(in: $0), to: $0) }
  }

  @Test("on every core and on one thread: the same results as in process, line for line")
  func order() throws {
    let sandbox = Sandbox()
    let expected = Self.expected
    #expect(expected.filter { $0.contains("[telefoon]") }.count == (Self.lines.count + 2) / 3)
    for threads in [[], ["--threads", "1"], ["--threads", "3"]] {
      let result = try sandbox.run(["anonymise"] + threads, lines: Self.lines, timeout: 120)
      #expect(result.status == 0, "\(threads): \(result.err)")
      let out = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
        String.init)
      #expect(out == expected, "\(threads)")
    }
  }

  @Test("--spans: one JSON object per line, in order, with the spans of that line")
  func spans() throws {
    let sandbox = Sandbox()
    let lines = Array(Self.lines.prefix(1_500))
    let result = try sandbox.run(["anonymise", "--spans", "--threads", "2"], lines: lines, timeout: 120)
    #expect(result.status == 0, "\(result.err)")
    let objects = try result.out.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.count == lines.count)
    for (k, object) in objects.enumerated() {
      let text = try #require(object["text"] as? String)
      #expect(text.hasPrefix("regel \(k): "))
      let spans = try #require(object["spans"] as? [[String: Any]])
      #expect(spans.map { $0["label"] as? String } == (k % 3 == 0 ? ["PHONE"] : []), "line \(k)")
    }
  }

  @Test("--threads outside 1 to 64: one line that says why, exit 2, nothing written")
  func threads() throws {
    let sandbox = Sandbox()
    for bad in ["0", "65", "veel"] {
      let result = try sandbox.run(["anonymise", "--threads", bad], lines: ["bel 06-12345678"])
      #expect(result.status == 2, "\(bad): \(result.err)")
      #expect(result.out.isEmpty)
      #expect(result.err.contains("--threads"), "\(result.err)")
    }
  }
}
