import Foundation
import Synchronization
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatPostgres
@testable import PraatmaatStore
@testable import PraatmaatSynthetic

/// `praatmaat sync` from laptops to a region's PostgreSQL server: the same region store
/// however often, in whatever order and however many at once; a kill at any moment loses and
/// duplicates nothing; a laptop's role may send and withdraw, never read.
@Suite("Sync from laptops to the region", .enabled(if: Backend.serverAddress != nil))
struct SyncTests {
  static let library = ContentLibrary(root: CLI.packageRoot.appendingPathComponent("Content"))

  /// A laptop's store with `count` made-up sessions from `first` on, some of them paused.
  static func laptop(first: Int, count: Int, paused: Set<Int> = []) throws -> SQLiteStore {
    var synthetic = SyntheticSessions(scripts: Array(library.catalogue().values), seed: 5)
    synthetic.places = ["Utrecht", "Zeist", "Houten"]
    synthetic.months = 1...6
    var entries = synthetic.entries(count: first + count).suffix(count).map { $0 }
    for i in entries.indices where paused.contains(first + i) { entries[i].status = .paused }
    let store = try SQLiteStore.inMemory()
    _ = try store.importEntries(entries, withdrawn: [])
    return store
  }

  /// A region's store as the one truth to compare with: every session with its answers,
  /// and the withdrawn codes.
  static func contents(_ store: any AnswerStore) throws -> [String] {
    try store.exportEntries().map { entry in
      let s = entry.session!
      return "\(s.code) \(s.status) \(s.recordKey ?? 0) "
        + entry.answers.map { "\($0.participant)/\($0.questionID)=\($0.value ?? "")" }.sorted().joined(
          separator: " ")
    } + (try store.withdrawnCodes().map { "withdrawn \($0)" })
  }

  @Test("Two laptops syncing the same sessions twice and at once give the store one import of both gives")
  func concurrentAndTwice() throws {
    // Laptop B has half of A's sessions (a bundle it took in), a session A has paused
    // finished, and sessions of its own.
    let a = try Self.laptop(first: 0, count: 120, paused: [70, 71])
    let b = try Self.laptop(first: 60, count: 120)
    let pausedOnA = try #require(try a.exportEntries().first { $0.session?.status == .paused }?.session?.code)
    try b.update(pausedOnA, status: .finished, state: nil)
    _ = try b.forget(try #require(try b.exportEntries().last?.session?.code))
    let sent = [
      try BundleIntake(sending: a, library: Self.library),
      try BundleIntake(sending: b, library: Self.library),
    ]

    let once = try Backend.postgres.fresh()
    for intake in sent { _ = try intake.merge(into: once) }

    let address = try Backend.freshDatabase()
    let errors = Mutex<[String]>([])
    // Four syncs at once, each laptop twice, each on its own connection.
    DispatchQueue.concurrentPerform(iterations: 4) { i in
      do {
        _ = try sent[i % 2].merge(into: try PostgresStore(address: address))
      } catch {
        errors.withLock { $0.append("\(error)") }
      }
    }
    #expect(errors.withLock { $0 } == [])
    let region = try PostgresStore(address: address)
    #expect(try Self.contents(region) == (try Self.contents(once)))
    #expect(try region.counts().sessions == 179)
    // Every finished session has its own place in the rounds.
    let ready = try region.reportSessions().compactMap(\.ready)
    #expect(Set(ready).count == ready.count)
  }

  @Test("A withdrawal made on a laptop reaches the region and removes everything there")
  func withdrawalTravels() throws {
    let laptop = try Self.laptop(first: 0, count: 8)
    let region = try Backend.postgres.fresh()
    _ = try BundleIntake(sending: laptop, library: Self.library).merge(into: region)
    let code = try #require(try laptop.exportEntries().first?.session?.code)
    #expect(try region.answers(code).count > 0)
    _ = try laptop.forget(code)
    let summary = try BundleIntake(sending: laptop, library: Self.library).merge(into: region)
    #expect(summary.removed == 1)
    #expect(try region.session(code) == nil)
    #expect(try region.answers(code) == [])
    #expect(try region.withdrawnCodes() == [code])
    // Sent again from a laptop that still has it, it does not come back.
    let stale = try Self.laptop(first: 0, count: 8)
    #expect(try BundleIntake(sending: stale, library: Self.library).merge(into: region).skippedWithdrawn == 1)
    #expect(try region.session(code) == nil)
  }

  @Test("A laptop's role may send and withdraw, and may read nothing")
  func laptopRole() throws {
    var address = try Backend.freshDatabase()
    let owner = try PostgresStore(address: address)
    let role = "laptop_" + address.database.suffix(8)
    // What the README tells a region to run for each laptop.
    try owner.execute(
      """
      CREATE ROLE \(role) LOGIN;
      GRANT CONNECT ON DATABASE \(address.database) TO \(role);
      GRANT SELECT ON praatmaat_schema TO \(role);
      GRANT EXECUTE ON FUNCTION praatmaat_receive(JSONB), praatmaat_withdraw(TEXT) TO \(role)
      """)
    address.user = role
    let laptopRole = try PostgresStore(address: address)
    let laptop = try Self.laptop(first: 0, count: 12)
    let summary = try BundleIntake(sending: laptop, library: Self.library).merge(into: laptopRole)
    #expect(summary.added == 12)
    #expect(try owner.counts().sessions == 12)
    let code = try #require(try laptop.exportEntries().first?.session?.code)
    _ = try laptop.forget(code)
    #expect(try BundleIntake(sending: laptop, library: Self.library).merge(into: laptopRole).removed == 1)
    #expect(try owner.session(code) == nil)
    // No answer, no session, no code can be read with it.
    for read in [
      { _ = try laptopRole.answers(SessionCode("ACDEFG")!) }, { _ = try laptopRole.exportEntries() },
      { _ = try laptopRole.counts() }, { _ = try laptopRole.withdrawnCodes() },
      { _ = try laptopRole.reportSessions() },
    ] as [() throws -> Void] {
      #expect(throws: StoreError.self) { try read() }
    }
    #expect(throws: StoreError.self) {
      try laptopRole.create(StoreContractTests.session("ACDEFG"))
    }
    // A conversation cannot start on it: that is found before anyone is asked anything.
    #expect(throws: StoreError.self) { try laptopRole.checkWritable() }
    try owner.checkWritable()
  }

  @Test("A sync killed at any moment loses nothing and duplicates nothing when it runs again")
  func killedSync() throws {
    guard CLI.available else { return }
    let sandbox = Sandbox()
    // A laptop with enough sessions for several batches.
    let laptop = try SQLiteStore(path: sandbox.database)
    var synthetic = SyntheticSessions(scripts: Array(Self.library.catalogue().values), seed: 9)
    synthetic.places = ["Utrecht"]
    _ = try laptop.importEntries(synthetic.entries(count: 300), withdrawn: [])
    let address = try Backend.freshDatabase()
    let region = try PostgresStore(address: address)
    let expected = try Backend.postgres.fresh()
    _ = try BundleIntake(sending: laptop, library: Self.library).merge(into: expected)
    var random = SystemRandomNumberGenerator()
    var kills = 0
    for attempt in 1...8 {
      let live = try LiveProcess(sandbox, ["sync", address.description])
      live.closeInput()
      // Killed at a random moment, or left to finish now and then.
      if attempt % 4 != 0 {
        usleep(UInt32.random(in: 50_000...1_500_000, using: &random))
        if live.process.isRunning { kills += 1 }
        live.kill()
      } else {
        #expect(live.finish(timeout: 60))
      }
      // Whatever was committed is whole: every session with all its answers, none twice.
      let kept = try Self.contents(region)
      #expect(Set(kept).count == kept.count)
      #expect(Set(kept).isSubset(of: Set(try Self.contents(expected))))
    }
    let last = try sandbox.run(["sync", address.description], timeout: 60)
    #expect(last.status == 0, "\(last.err)")
    #expect(try Self.contents(region) == (try Self.contents(expected)))
    #expect(kills > 0)
  }
}
