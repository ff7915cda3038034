import Foundation
import PraatmaatCore
import PraatmaatStore

/// Keeps a conversation in the SQLite store: each accepted answer anonymised and
/// committed in its own transaction, with the engine state to resume from.
public final class StoreRecorder: ConversationRecorder {
  let store: SQLiteStore
  let code: SessionCode
  let script: Script
  let month: String
  let anonymiser: any Anonymiser

  public init(
    store: SQLiteStore, code: SessionCode, script: Script, month: String, anonymiser: any Anonymiser
  ) {
    self.store = store
    self.code = code
    self.script = script
    self.month = month
    self.anonymiser = anonymiser
  }

  public func record(_ answers: [AnswerEvent], dropping dropped: [String], state: ConversationState) throws {
    let kept = answers.map {
      AnswerRecord.keeping($0, script: script, month: month, anonymiser: anonymiser)
    }
    try store.record(kept, dropping: dropped, session: code, state: state)
  }

  public func checkpoint(_ state: ConversationState) throws {
    try store.update(code, status: .running, state: state)
  }

  public func update(_ state: ConversationState) throws {
    let status: SessionRecord.Status = state.status == .finished ? .finished : .paused
    try store.update(code, status: status, state: status == .finished ? nil : state)
  }
}

/// `2026-11`: the only time that is kept.
public enum Month {
  public static func current(_ date: Date = Date()) -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: date)
    return String(format: "%04d-%02d", parts.year ?? 1970, parts.month ?? 1)
  }
}
