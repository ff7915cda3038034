import Foundation
import PraatmaatCore

/// `praatmaat start FILE --transcript OUT`: a trial conversation that keeps nothing in the
/// database, played as a real one (the real anonymiser, the supporter's review of every open
/// answer), and written down as a transcript test that `praatmaat test` passes unchanged.
public struct TrialRecording {
  let terminal: any Terminal
  let prompt: String
  let anonymiser: any Anonymiser
  let words: AnswerWords
  let texts: PhraseBook

  public init(
    terminal: any Terminal, prompt: String, anonymiser: any Anonymiser, words: AnswerWords, texts: PhraseBook
  ) {
    self.texts = texts
    self.terminal = terminal
    self.prompt = prompt
    self.anonymiser = anonymiser
    self.words = words
  }

  /// Plays the script and returns the transcript case. What is typed is written as it may be
  /// kept: reviewed answers as the supporter accepted them, the rest anonymised; a nickname
  /// refused as a real name is left out. The file never holds raw personal text.
  public func play(_ script: Script, seed: UInt64, name: String) throws(AppError) -> String {
    let recording = RecordingTerminal(terminal)
    var conversation = Conversation(
      script: script, texts: texts, seed: seed, anonymiser: anonymiser, words: words)
    let host = ConversationHost(terminal: recording, texts: texts, recorder: nil, prompt: prompt)
    terminal.note(Self.trialNote)
    _ = try? host.run(&conversation, first: conversation.start(), reviewer: anonymiser)
    let recorder = TranscriptRecorder(texts: texts, words: words, anonymiser: anonymiser)
    let inputs = recorder.writable(recording.typed, script: script, seed: seed)
    let text = recorder.record(name: name, script: script, seed: seed, inputs: inputs)
    // Played back at once, the way `praatmaat test` will: what is written must pass.
    let (transcript, problems) = Transcript.parse(text, fileName: "--transcript")
    let outcome = TranscriptRunner(texts: texts, words: words, anonymiser: anonymiser).run(
      transcript, script: script, fileName: "--transcript")
    if let problem = problems.first ?? outcome.failures.first {
      throw AppError.usage(
        "Er is niets geschreven: bij opnieuw afspelen ging het gesprek anders (\(problem.message)). Speel het nog eens."
      )
    }
    return text
  }

  static let trialNote = "Dit is een proefgesprek: praatmaat bewaart niets in de database."
}
