import Foundation
import FuzzChecks
import Testing

/// Replays the fuzz corpus: every seed and every input a fuzzer once found (`crash-*`,
/// `timeout-*`) under `Tests/Fuzz/<target>/`, through the same checks the fuzz targets run.
@Suite("Fuzz corpus replay: seeds and earlier findings stay fixed")
struct FuzzRegressionTests {
  static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fuzz")

  @Test("Every input in the corpus of a fuzz target passes its checks", arguments: FuzzChecks.Target.allCases)
  func replay(target: FuzzChecks.Target) throws {
    let folder = Self.corpus.appendingPathComponent(target.rawValue)
    let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    #expect(inputs.count >= 4, "a seed corpus in \(folder.path)")
    for input in inputs {
      let data = try Data(contentsOf: input)
      #expect(FuzzChecks.run(target, data) == [], "\(target.rawValue)/\(input.lastPathComponent)")
    }
  }
}
