import Foundation
import PraatmaatCore

/// Reading rows from SQLite and counting them each take about half of a report's time, so
/// they run on two threads: the reader hands over batches, the builder counts them.
final class RowPipeline: @unchecked Sendable {
  private let condition = NSCondition()
  private var batches: [[ReportRow]] = []
  private var closed = false
  private var builder: ReportBuilder
  private var thread: Thread?
  private var done = false
  /// At most this many batches wait, so memory stays flat however big the store is.
  private let depth = 4

  init(builder: ReportBuilder) {
    self.builder = builder
  }

  func start() {
    let thread = Thread { [self] in self.consume() }
    thread.stackSize = 8 << 20
    self.thread = thread
    thread.start()
  }

  /// Called on the reading thread; blocks while the builder is behind.
  func send(_ batch: [ReportRow]) {
    condition.lock()
    while batches.count >= depth { condition.wait() }
    batches.append(batch)
    condition.broadcast()
    condition.unlock()
  }

  /// Ends the input and waits for the builder; returns it with everything counted.
  func finish() -> ReportBuilder {
    condition.lock()
    closed = true
    condition.broadcast()
    while !done { condition.wait() }
    condition.unlock()
    return builder
  }

  private func consume() {
    while true {
      condition.lock()
      while batches.isEmpty && !closed { condition.wait() }
      if batches.isEmpty && closed {
        done = true
        condition.broadcast()
        condition.unlock()
        return
      }
      let batch = batches.removeFirst()
      condition.broadcast()
      condition.unlock()
      for row in batch { builder.add(row) }
    }
  }
}
