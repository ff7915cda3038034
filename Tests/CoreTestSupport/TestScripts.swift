import Foundation
import PraatmaatCore
import Testing

// Scripts live in the tests as multi-line strings; these helpers turn them into scripts.
// Shared by every test target.

/// The file name a core test script pretends to have.
public let testFile = "test.gesprek"

/// Parses and checks a script; records a test issue for every error (warnings are fine).
public func parseScript(
  _ source: String, fileName: String = testFile, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Script {
  let (script, found) = ScriptChecker().check(source: source, fileName: fileName)
  let errors = found.filter { $0.severity == .error }
  #expect(
    errors.isEmpty, "The test script has errors: \(errors.map(\.description))",
    sourceLocation: sourceLocation)
  return script
}

/// A standard header for scripts whose line numbers do not matter.
public func withHeader(_ body: String, id: String = "proef") -> String {
  """
  id: \(id)
  titel: Proef
  methode: gesprek
  thema: wonen
  fase: uitvoering
  versie: 1
  \(body)
  """
}

/// How `input` is read as the answer to question `id` of the script `source`, with the
/// package's word knowledge; nil when the script has no such question.
public func answerReading(_ input: String, question id: String, in source: String) -> AnswerMatcher.Result? {
  parseScript(source).question(id).map { AnswerMatcher(words: packageWords).match(input, for: $0) }
}
