import Foundation
import PostgresNIO
import PraatmaatCore
import PraatmaatStore

extension PostgresStore {
  public func exportEntries() throws(StoreError) -> [SessionBundle.Entry] {
    try reading {
      let sessions = try query("SELECT \(Self.sessionColumns) FROM session ORDER BY month, code").map(
        Self.session)
      return try sessions.map { SessionBundle.Entry(session: $0, answers: try answers($0.code.value)) }
    }
  }

  /// Merges by `MergeRules`, one transaction per batch. Each batch holds the rounds lock:
  /// two laptops syncing the same sessions at once are taken one after the other, so the
  /// result is the same as one import of both.
  public func importEntries(_ entries: [SessionBundle.Entry], withdrawn: [SessionCode])
    throws(StoreError) -> ImportSummary
  {
    var summary = try MergeRules.inBatches(entries, withdrawn: withdrawn) { batch, codes throws(StoreError) in
      try transaction(roundsOrder: true) { try importBatch(batch, withdrawn: codes) }
    }
    if summary.removed > 0 { summary.tracesLeft = clearTraces() }
    return summary
  }

  /// One batch through the server's own functions, the same a laptop's role may call.
  private func importBatch(_ entries: [SessionBundle.Entry], withdrawn: [SessionCode]) throws -> ImportSummary
  {
    var summary = ImportSummary()
    for code in withdrawn where try withdraw(code.value) >= 0 {
      summary.removed += 1
    }
    let encoder = JSONEncoder()
    for entry in entries {
      // The session as this store keeps it (a running copy comes in paused), as a bundle line.
      guard let session = entry.session else { continue }
      let line = SessionBundle.Entry(session: session, answers: entry.answers)
      let outcome = try scalar(
        String.self, "SELECT praatmaat_receive($1::jsonb)",
        [String(decoding: try encoder.encode(line), as: UTF8.self)])
      switch outcome {
      case "added": summary.added += 1
      case "updated": summary.updated += 1
      case "known": summary.known += 1
      default: summary.skippedWithdrawn += 1
      }
    }
    return summary
  }

  /// `praatmaat_withdraw`: the answers removed, -1 when only the code was noted, -2 when it
  /// was withdrawn before.
  func withdraw(_ code: String) throws -> Int {
    try scalar(Int.self, "SELECT praatmaat_withdraw($1)", [code]) ?? -1
  }
}
