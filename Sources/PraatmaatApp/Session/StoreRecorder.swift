import Foundation
import PraatmaatCore
import PraatmaatStore

/// Keeps a conversation in the SQLite store: each accepted answer anonymised and
/// committed in its own transaction, with the engine state to resume from.
public final class StoreRecorder: ConversationRecorder {
  let store: any AnswerStore
  let code: SessionCode
  let script: Script
  let month: String
  let anonymiser: any Anonymiser

  public init(
    store: any AnswerStore, code: SessionCode, script: Script, month: String, anonymiser: any Anonymiser
  ) {
    self.store = store
    self.code = code
    self.script = script
    self.month = month
    self.anonymiser = anonymiser
  }

  public func record(_ answers: [AnswerEvent], dropping dropped: [String], state: ConversationState) throws {
    // No answer is kept before the anonymiser's lists are read; a list that cannot be read
    // stops here (its text was already hidden whole).
    if !answers.isEmpty { try anonymiser.prepare() }
    let kept = answers.map {
      AnswerRecord.keeping($0, script: script, month: month, anonymiser: anonymiser)
    }
    try noticingForget { try store.record(kept, dropping: dropped, session: code, state: state) }
  }

  public func checkpoint(_ state: ConversationState) throws {
    try noticingForget { try store.update(code, status: .running, state: state) }
  }

  public func update(_ state: ConversationState) throws {
    let status: SessionRecord.Status = state.status == .finished ? .finished : .paused
    try noticingForget { try store.update(code, status: status, state: status == .finished ? nil : state) }
  }

  /// A write that failed because the session was forgotten meanwhile (`praatmaat forget` in
  /// another terminal) throws `SessionForgotten`: that is no database fault.
  private func noticingForget(_ write: () throws -> Void) throws {
    do {
      try write()
    } catch {
      // Only a session that is really not there any more; a store that cannot be read
      // is the store's fault, and said so.
      let gone = (try? store.session(code).map { _ in false }) ?? true
      if gone, (try? store.withdrawnCodes().contains(code)) == true { throw SessionForgotten() }
      throw error
    }
  }
}

/// The session was forgotten while the conversation was still going on: nothing more of it
/// may be kept.
public struct SessionForgotten: Error, Equatable, Sendable {
  public init() {}
}

/// `2026-11`: the only time that is kept.
public enum Month {
  /// The month of `date` where this laptop is (`2026-03`). Read from the C library's local
  /// time: a calendar object costs a millisecond at every start, before the first question.
  public static func current(_ date: Date = Date()) -> String {
    var time = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&time, &parts) != nil else { return "1970-01" }
    let year = Int(parts.tm_year) + 1900
    let month = Int(parts.tm_mon) + 1
    return "\(year)-\(month < 10 ? "0" : "")\(month)"
  }
}
