import PraatmaatCore

/// What praatmaat keeps and reads, whatever database holds it: the embedded SQLite file on a
/// laptop (`SQLiteStore`) or a region's PostgreSQL server. Every backend passes the same
/// contract tests, and every caller speaks only to this.
///
/// The promises every backend keeps:
/// - a method that returns has committed: an acknowledged answer survives a crash;
/// - every write is one transaction: a killed process leaves a whole answer or nothing;
/// - a row that cannot be read back is an error (`StoreError.damagedRow`), never guessed data;
/// - a withdrawn session leaves only its code and its place in the publication rounds.
public protocol AnswerStore: AnyObject, Sendable {
  /// Where the store is, for messages: a file's path, or a server's address without password.
  var location: String { get }

  /// Whether answers can be kept now: a write that changes nothing.
  func checkWritable() throws(StoreError)

  // MARK: Sessions and answers

  func create(_ session: SessionRecord) throws(StoreError)
  /// Keeps accepted answers and the engine state after them, in one transaction; the answers
  /// to `dropped` questions (on a path left after `terug`) are removed in the same one.
  func record(
    _ answers: [AnswerRecord], dropping dropped: [String], session code: SessionCode, state: ConversationState
  ) throws(StoreError)
  /// Saves the engine state and status (paused, finished).
  func update(_ code: SessionCode, status: SessionRecord.Status, state: ConversationState?) throws(StoreError)
  func session(_ code: SessionCode) throws(StoreError) -> SessionRecord?
  /// Sessions that can be continued, newest month first.
  func pausedSessions() throws(StoreError) -> [SessionRecord]
  /// A session's answers in the order they were kept.
  func answers(_ code: SessionCode) throws(StoreError) -> [AnswerRecord]
  func counts() throws(StoreError) -> (sessions: Int, answers: Int)

  /// Holds a session for one conversation until the returned value is released; throws
  /// `sessionInUse` when another conversation holds it. Nil where nobody else can meet it.
  func lease(_ code: SessionCode) throws(StoreError) -> AnyObject?
  /// The process that holds a session now, when one does (this one included).
  func holder(_ code: SessionCode) -> Int?

  // MARK: Withdrawal

  /// Removes a session and its answers, keeping its code as withdrawn.
  func forget(_ code: SessionCode) throws(StoreError) -> Withdrawal
  /// The codes of every withdrawn session, sorted.
  func withdrawnCodes() throws(StoreError) -> [SessionCode]

  // MARK: Bundles

  /// Every session with its answers, for `praatmaat export` and `praatmaat sync`.
  func exportEntries() throws(StoreError) -> [SessionBundle.Entry]
  /// Merges sessions and withdrawals by the rules of `MergeRules`, in batches that are each
  /// whole or not there: importing again, or twice at once, adds nothing twice.
  func importEntries(_ entries: [SessionBundle.Entry], withdrawn: [SessionCode]) throws(StoreError)
    -> ImportSummary

  // MARK: Reports

  /// How many answers a report would read (for the progress bar).
  func answerCount(script: String?) throws(StoreError) -> Int
  /// Every session a report may one day show, and the places withdrawn sessions held.
  func reportSessions() throws(StoreError) -> [ReportSession]
  /// Streams every answer with its session's context, without loading them all at once.
  func forEachReportRow(script: String?, _ body: (ReportRow) -> Void) throws(StoreError)
}

/// A store that counts a report's cells itself, where the answers are (a region's server): only
/// the cells, and the answers it leaves to the report, travel (see `CountingPlan`).
public protocol ReportCountingStore: AnswerStore {
  /// In one snapshot: the placements answers were stored with are handed to `plan`; what it
  /// asks for is counted and returned, and every answer it did not count that a report shows
  /// (Persona cards, a panel's own statements) goes to `quoted`, to `ReportBuilder.add(_:counted:)`.
  /// Nil, before anything is read, when the store cannot count this report (then it is
  /// counted where it is read).
  func countReport(
    script: String?, plan: ([StoredPlacement]) -> CountingPlan, quoted: (ReportRow) -> Void
  ) throws(StoreError) -> [CountedCell]?
}

extension AnswerStore {
  /// Keeps one accepted answer and the engine state after it, in one transaction.
  public func record(_ answer: AnswerRecord, session code: SessionCode, state: ConversationState)
    throws(StoreError)
  {
    try record([answer], dropping: [], session: code, state: state)
  }

  public func record(_ answers: [AnswerRecord], session code: SessionCode, state: ConversationState)
    throws(StoreError)
  {
    try record(answers, dropping: [], session: code, state: state)
  }

  public func importEntries(_ entries: [SessionBundle.Entry]) throws(StoreError) -> ImportSummary {
    try importEntries(entries, withdrawn: [])
  }
}

/// How a bundle's copy of a session is merged into a store, the same on every backend:
/// - a withdrawn code (here or in the bundle) is never added again, and a session here that a
///   bundle says was withdrawn is removed, leaving only its code and its place in the rounds;
/// - a new session is added, with its record key (or a new one);
/// - a session that is here is replaced when the bundle's copy went on longer: finished where
///   this one is paused, or more answers with the same status. Never by an older or shorter
///   copy, and never one that is still going on here (it has its engine state).
public enum MergeRules {
  /// Sessions per write transaction: a conversation on the same database never waits long.
  public static let batch = 100

  /// Whether a copy of a session is further along than the one kept: a finished session is
  /// never taken back to paused, and with the same status more answers is further.
  public static func wentOnLonger(
    _ incoming: SessionRecord, _ incomingAnswers: Int, than stored: SessionRecord, _ storedAnswers: Int
  ) -> Bool {
    func done(_ status: SessionRecord.Status) -> Bool { status == .finished || status == .withdrawn }
    if done(incoming.status) != done(stored.status) { return done(incoming.status) }
    return !done(stored.status) && incomingAnswers > storedAnswers
  }

  /// Imports in batches of `batch` sessions, adding up what each did; withdrawals go with
  /// the first batch.
  public static func inBatches(
    _ entries: [SessionBundle.Entry], withdrawn: [SessionCode],
    _ importBatch: ([SessionBundle.Entry], [SessionCode]) throws(StoreError) -> ImportSummary
  ) throws(StoreError) -> ImportSummary {
    var summary = ImportSummary()
    var start = 0
    repeat {
      let part = try importBatch(
        Array(entries[start..<min(entries.count, start + batch)]), start == 0 ? withdrawn : [])
      summary.added += part.added
      summary.updated += part.updated
      summary.known += part.known
      summary.skippedWithdrawn += part.skippedWithdrawn
      summary.removed += part.removed
      start += batch
    } while start < entries.count
    return summary
  }
}
