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
      #expect(resumed.out.contains(dutch[.resumedAt]), "\(label)")
      #expect(resumed.out.contains(dutch[.savedAll]), "\(label)")
      let store = try sandbox.openStore()
      #expect(try store.answers(code).map(\.questionID) == wonenQuestionIDs, "\(label)")
      #expect(try store.session(code)?.status == .finished, "\(label)")
      #expect(try store.integrityOK())
    }
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

  /// Where in a run the kill lands. Every moment is an event the test saw happen, never a
  /// point on the clock, so a slow machine moves the moments but not what they test.
  enum KillMoment: CaseIterable {
    /// While the program starts: after its first bytes of output.
    case starting
    /// Right after the echo of an answer appeared.
    case afterEcho
    /// The next answer was typed (with its Enter) but its echo not yet seen.
    case inFlight
    /// Half of the next answer was typed, without Enter.
    case halfLine
    /// The next question is being written: some bytes after the echo.
    case whileWriting
  }

  @Test("Killed at event-chosen moments while answers stream in, again during resume, until finished")
  func killAtRandomMoments() throws {
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
        let left = answers.dropFirst(kept)
        let moment = KillMoment.allCases.randomElement(using: &random)!
        let echoesBefore = Int.random(in: 0...max(0, left.count - 1), using: &random)
        var typed = 0
        if moment == .starting {
          let bytes = Int.random(in: 1...400, using: &random)
          _ = live.stdout.wait(timeout: 20) { $0.utf8.count >= bytes }
        } else {
          if code == nil { live.type("ja") }
          // The conversation began: the code is shown, or the resume says where it goes on.
          _ = live.stdout.wait(timeout: 20) { sessionCode(in: $0) != nil || $0.contains(dutch[.resumedAt]) }
          for answer in left.prefix(echoesBefore) {
            let seen = echoCount(live.stdout.text)
            live.type(answer)
            typed += 1
            guard live.stdout.wait(timeout: 20, until: { echoCount($0) > seen }) else { break }
          }
          let next = left.dropFirst(echoesBefore).first
          switch moment {
          case .starting, .afterEcho: break
          case .inFlight:
            if let next {
              live.type(next)
              typed += 1
            }
          case .halfLine:
            if let next {
              writeAll(
                Data(next.prefix(max(1, next.count / 2)).utf8),
                to: live.input.fileHandleForWriting.fileDescriptor)
            }
          case .whileWriting:
            let now = live.stdout.data.count
            let more = Int.random(in: 1...120, using: &random)
            _ = live.stdout.wait(timeout: 5) { $0.utf8.count >= now + more }
          }
        }
        let endedItself = !live.process.isRunning
        if !endedItself { kills += 1 }
        live.kill()
        _ = live.stdout.waitForEnd(timeout: 5)
        let stdout = live.stdout.text
        code = try session(sandbox, shown: code ?? sessionCode(in: stdout))
        let label = "session \(round), run \(attempt) (\(moment), \(kept) kept before, \(typed) typed)"
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
        if !finished, attempt % 8 == 0 {
          // Now and then a run without a kill finishes what is left, so the loop ends.
          let rest = try sandbox.run(
            ["resume", code.description], lines: Array(answers.dropFirst(ids.count)))
          #expect(rest.status == 0, "\(label): \(rest.err)")
          finished = try store.session(code)?.status == .finished
        }
      }
      let kept = try code.map { try sandbox.openStore().answers($0).map(\.questionID) }
      #expect(kept == wonenQuestionIDs, "session \(round) never finished")
    }
    print(
      "crash loop: \(kills) kills at event-chosen moments over \(sessions) sessions, all finished, nothing lost"
    )
  }
}
