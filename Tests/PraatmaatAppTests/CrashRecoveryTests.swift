import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Crash recovery: SIGKILL at random moments never loses an echoed answer")
struct CrashRecoveryTests {
  @Test("15 conversations killed after a random number of answers can all be resumed and finished")
  func killLoop() throws {
    let began = Date()
    var random = SeededGenerator(seed: 2026_1123)
    let answers = wonenAnswers()
    for round in 0..<15 {
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
    #expect(Date().timeIntervalSince(began) < 30)
  }
}
