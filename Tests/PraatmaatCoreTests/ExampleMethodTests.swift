import Foundation
import PraatmaatCore
import Testing

/// A method made only here, in its own file, to show what adding a method takes: this type
/// and one registration line. At a table, everyone answers in turn, as at a Stamtafel. The
/// method keeps its own count of answers in the table state, and at the end asks a question
/// of its own before it says the count.
struct Estafette: MethodRules {
  let id = "estafette"
  var pictogram: String { "🏃" }

  /// What the method keeps for itself; saved and resumed with the table.
  struct Baton: MethodState {
    var passes = 0
  }

  /// The method's own last question.
  static let liked = "liked"

  func acceptAtTable(_ talk: inout Conversation, _ event: AnswerEvent, question: Question, echo: Message)
    -> Turn?
  {
    talk.updateTableState(Baton.self) { $0.passes += 1 }
    return nil
  }

  func tableFinished(_ talk: inout Conversation, before: [Message]) -> Turn? {
    talk.ask(MethodStep(Self.liked), before: before)
  }

  func question(for step: MethodStep, in talk: Conversation) -> Question? {
    guard step.name == Self.liked else { return nil }
    return Conversation.builtIn("leuk", .yesNo, ["Was het leuk om zo te praten?"])
  }

  func accept(
    _ step: MethodStep, _ talk: inout Conversation, value: AnswerValue, question: Question, echo: Message
  )
    -> Turn?
  {
    let passes = talk.tableState(Baton.self)?.passes ?? 0
    var turn = talk.finish(before: [echo, .say("Het stokje ging \(passes) keer over.")])
    turn.answers.append(
      AnswerEvent(
        questionID: "leuk", kind: .yesNo, themes: talk.script.header.themes,
        phases: talk.script.header.phases,
        value: value, answeredBy: .participant, participant: "groep"))
    return turn
  }
}

@Suite("A method added from outside the engine")
struct ExampleMethodTests {
  static let folder = "Tests/PraatmaatCoreTests/Fixtures/estafette/"

  static let script = parseScript(PackageFiles.text(folder + "estafette.gesprek"))

  init() {
    // The registration line: the method is known from here on.
    MethodCatalog.register(Estafette())
  }

  @Test("the script names the new method, and the checker knows it as a table method")
  func checked() {
    let (parsed, problems) = ScriptChecker().check(
      source: PackageFiles.text(Self.folder + "estafette.gesprek"), fileName: "estafette.gesprek")
    #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
    #expect(parsed.header.method == Self.script.header.method)
    #expect(Method(rawValue: "estafette")?.isGroup == true)
    #expect(Method.allCases.map(\.rawValue).contains("estafette"))
  }

  @Test("a whole table plays by a transcript, with the method's own words at the end")
  func transcript() {
    let (transcript, problems) = Transcript.parse(
      PackageFiles.text(Self.folder + "estafette.transcript"), fileName: "estafette.transcript")
    #expect(problems.isEmpty, "\(problems)")
    let outcome = TranscriptRunner(texts: dutch, words: packageWords).run(
      transcript, script: Self.script, fileName: "estafette.transcript")
    #expect(outcome.failures.isEmpty, "\(outcome.failures)")
    #expect(outcome.passed.count == 1)
  }

  @Test("the method's own state is saved with the table and read back on resume")
  func resumes() throws {
    var talk = Talk(Self.script)
    talk.type(["Tijger", "Blauw", "klaar", "ja", "nee"])
    #expect(talk.conversation.tableState(Estafette.Baton.self)?.passes == 2)
    let saved = try roundTrip(talk.state)
    var resumed = try Talk(Self.script, resuming: saved)
    #expect(resumed.conversation.tableState(Estafette.Baton.self)?.passes == 2)
    #expect(resumed.type("3").contains("Was het leuk om zo te praten?"))
    // The method's own step is saved too: a pause there resumes at it.
    let atStep = try roundTrip(resumed.state)
    var again = try Talk(Self.script, resuming: atStep)
    #expect(again.transcript.contains("Was het leuk om zo te praten?"))
    let lines = again.type("ja")
    #expect(lines.contains("Het stokje ging 3 keer over."), "\(lines)")
    #expect(again.state.status == .finished)
    #expect(again.kept.last?.questionID == "leuk" && again.kept.last?.participant == "groep")
  }
}
