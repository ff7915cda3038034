import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Crash recovery: SIGKILL at random moments never loses an echoed answer")
struct CrashRecoveryTests {
  /// Rounds per test: 15, or `PRAATMAAT_CRASH_ROUNDS` (scripts/stress runs 300).
  static let rounds =
    ProcessInfo.processInfo.environment["PRAATMAAT_CRASH_ROUNDS"].flatMap { Int($0) }
    .map { max(1, $0) } ?? 15

  @Test("Conversations killed after a random number of answers can all be resumed and finished")
  func killLoop() throws {
    let began = Date()
    var random = SeededGenerator(seed: 2026_1123)
    let answers = wonenAnswers()
    for round in 0..<Self.rounds {
      let sandbox = Sandbox()
      let live = try LiveProcess(sandbox, ["start", "wonen", "--seed", "\(round)"])
      live.type("ja")
      let ready = live.stdout.wait(timeout: 10) { sessionCode(in: $0) != nil && $0.contains("Waar woon je?") }
      try #require(ready, "round \(round): no first question; stdout: \(live.stdout.text)")

      // Answer, each time waiting for the echo; leave at least one question for resume.
      let answered = Int.random(in: 0...(answers.count - 2), using: &random)
      for i in 0..<answered {
        live.type(answers[i])
        let echoed = live.stdout.wait(timeout: 10) { echoCount($0) >= i + 1 }
        try #require(echoed, "round \(round): no echo for answer \(i)")
      }
      // Sometimes kill while the next answer is on its way.
      let inFlight = Bool.random(using: &random)
      if inFlight { live.type(answers[answered]) }
      live.kill()
      _ = live.stdout.waitForEnd(timeout: 5)
      let stdout = live.stdout.text
      let seen = echoCount(stdout)
      let code = try #require(sessionCode(in: stdout), "round \(round)")
      let label = "round \(round) (\(answered) answered, in flight: \(inFlight), \(seen) echoed)"

      let kept: Int
      do {
        let store = try sandbox.openStore()
        #expect(try store.integrityOK(), "\(label)")
        let ids = try store.answers(code).map(\.questionID)
        #expect(ids.count >= seen, "\(label): echoed \(seen) answers, kept \(ids)")
        #expect(ids.count <= answered + 1, "\(label)")
        #expect(ids == Array(wonenQuestionIDs.prefix(ids.count)), "\(label)")
        kept = ids.count
      }

      let resumed = try sandbox.run(["resume", code.description], lines: Array(answers.dropFirst(kept)))
      #expect(resumed.status == 0, "\(label): \(resumed.err)")
      #expect(resumed.out.contains(Phrases.resumedAt), "\(label)")
      #expect(resumed.out.contains(Phrases.savedAll), "\(label)")
      let store = try sandbox.openStore()
      #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs, "\(label)")
      #expect(try store.session(code)?.status == .finished, "\(label)")
      #expect(try store.integrityOK())
    }
    #expect(Date().timeIntervalSince(began) < 2 * Double(Self.rounds) + 10)
    print("crash loop: \(Self.rounds) kills after an echo, every session resumed and finished")
  }

  /// The session of a sandbox: the one whose code was shown, else the only one created
  /// (a kill can land between creating it and showing its code).
  func session(_ sandbox: Sandbox, shown: SessionCode?) throws -> SessionCode? {
    if let shown { return shown }
    guard FileManager.default.fileExists(atPath: sandbox.database) else { return nil }
    let sessions = try sandbox.openStore().pausedSessions()
    #expect(sessions.count <= 1, "one start makes at most one session")
    return sessions.first?.code
  }

  @Test("Killed at random moments while answers stream in, again during resume, until finished")
  func killAtRandomMoments() throws {
    let began = Date()
    let sessions = max(1, Self.rounds / 6)
    var random = SeededGenerator(seed: 2026_1124 &+ UInt64(Self.rounds))
    let answers = wonenAnswers()
    var kills = 0
    for round in 0..<sessions {
      let sandbox = Sandbox()
      var code: SessionCode?
      // Answers the user saw acknowledged, over all runs so far: none may be lost.
      var acknowledged = 0
      var finished = false
      for attempt in 1...60 where !finished {
        let kept = try code.map { try sandbox.openStore().answers($0).count } ?? 0
        let live = try LiveProcess(
          sandbox, code.map { ["resume", $0.description] } ?? ["start", "wonen", "--seed", "\(round)"])
        if code == nil { live.type("ja") }
        // Type the rest with small gaps; SIGKILL at a random moment, also mid-answer. The
        // window grows with each run, so a session always gets further in the end (reading
        // the anonymiser's word lists alone takes half a second in a debug build).
        let window = 0.8 + 0.2 * Double(max(0, attempt - 6))
        let killAt = Date().addingTimeInterval(Double.random(in: 0...window, using: &random))
        var typed = 0
        for answer in answers.dropFirst(kept) where Date() < killAt {
          live.type(answer)
          typed += 1
          usleep(UInt32.random(in: 30_000...100_000, using: &random))
        }
        while Date() < killAt, live.process.isRunning { usleep(1_000) }
        let endedItself = !live.process.isRunning
        if !endedItself { kills += 1 }
        live.kill()
        _ = live.stdout.waitForEnd(timeout: 5)
        let stdout = live.stdout.text
        code = try session(sandbox, shown: code ?? sessionCode(in: stdout))
        let label = "session \(round), run \(attempt) (\(kept) kept before, \(typed) typed)"
        guard let code else {
          #expect(echoCount(stdout) == 0, "\(label): an echo without a session")
          continue
        }
        acknowledged = max(acknowledged, kept + echoCount(stdout))
        let store = try sandbox.openStore()
        #expect(try store.integrityOK(), "\(label)")
        let ids = try store.answers(code).map(\.questionID)
        #expect(ids.count >= acknowledged, "\(label): \(acknowledged) acknowledged, kept \(ids)")
        #expect(ids.count <= kept + typed, "\(label): kept more than was typed")
        #expect(ids == Array(wonenQuestionIDs.prefix(ids.count)), "\(label)")
        finished = try store.session(code)?.status == .finished
      }
      let kept = try code.map { try sandbox.openStore().answers($0).map(\.questionID) }
      #expect(kept == wonenQuestionIDs, "session \(round) never finished")
    }
    #expect(Date().timeIntervalSince(began) < 5 * Double(sessions) + 20)
    print(
      "crash loop: \(kills) kills at random moments over \(sessions) sessions, all finished, nothing lost")
  }
}
