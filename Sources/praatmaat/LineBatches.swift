import Dispatch
import Foundation
import PraatmaatCore

/// Lines gathered into batches that are anonymised on several cores at once; the results come
/// back in the order the lines came in. A batch closes at 1,024 lines or 256 KB, so memory stays
/// small whatever the input, and one very long line is no more than one batch.
final class LineBatches {
  struct Result: Sendable {
    var text: String
    var spans: [PIISpan]
  }

  static let maximumLines = 1_024
  static let maximumBytes = 1 << 18

  private let workers: Int
  private let anonymiser: DutchAnonymiser
  private var lines: [String] = []
  private var bytes = 0

  init(workers: Int, anonymiser: DutchAnonymiser) {
    self.workers = max(1, workers)
    self.anonymiser = anonymiser
  }

  /// Adds a line; returns the results of the batch it closed, if it closed one.
  func add(_ line: String) -> [Result]? {
    lines.append(line)
    bytes += line.utf8.count
    guard lines.count >= Self.maximumLines || bytes >= Self.maximumBytes else { return nil }
    return finish()
  }

  /// The results of the lines added since the last batch closed.
  func finish() -> [Result] {
    defer {
      lines.removeAll(keepingCapacity: true)
      bytes = 0
    }
    return Self.anonymise(lines, with: anonymiser, workers: workers)
  }

  /// Each line's spans and text, in order. With more than one worker the lines are cut into
  /// parts that the cores take in turn; a part's results go to a slot of its own.
  static func anonymise(_ lines: [String], with anonymiser: DutchAnonymiser, workers: Int) -> [Result] {
    let policy = ReplacementPolicy()
    let one: @Sendable (String) -> Result = { line in
      let found = anonymiser.spans(in: line)
      return Result(text: policy.apply(found, to: line), spans: found)
    }
    guard workers > 1, lines.count > 1 else { return lines.map(one) }
    let parts = min(lines.count, workers * 8)
    let slots = Slots(count: parts)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let range = (part * lines.count / parts)..<((part + 1) * lines.count / parts)
      slots.put(lines[range].map(one), at: part)
    }
    return slots.joined()
  }

  /// The results of each part, filled in from several threads.
  private final class Slots: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[Result]]

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func put(_ results: [Result], at part: Int) {
      lock.lock()
      parts[part] = results
      lock.unlock()
    }

    func joined() -> [Result] {
      lock.lock()
      defer { lock.unlock() }
      return Array(parts.joined())
    }
  }
}
