import PraatmaatCore

/// Why a paused session cannot go on: the session layer's errors. Their Dutch text is in
/// `ErrorMessages.swift`; every one of them is something the supporter can act on (exit 2).
public enum SessionError: Error, Equatable, Sendable {
  case unknownCode(SessionCode)
  case alreadyFinished(SessionCode)
  case withdrawn(SessionCode)
  /// Imported from another laptop: its state stayed there.
  case elsewhere(SessionCode)
  /// The script changed and the question the session stopped at is gone.
  case questionGone(script: String, question: String)
  /// Kept by a newer praatmaat.
  case newerFormat
  /// The file the session was started from now holds another script.
  case fileHoldsOtherScript(file: String, found: String, expected: String)
  case scriptNotFound(String)
  /// `resume --script FILE` with a file of another script.
  case givenOtherScript(given: String, found: String, code: SessionCode, expected: String)
  case scriptFileGone(code: SessionCode, file: String)
  case notInContent(script: String, code: SessionCode)
  /// An older copy of the script than the session last ran with.
  case olderScript(script: String, version: Int, ran: Int)
  /// The script jumps around without asking anything.
  case goesRound(script: String, part: String)
}

/// What is wrong with the Content folder or a file given on the command line: the content
/// layer's errors, all exit 2 (put the file back, give another one).
public enum ContentError: Error, Equatable, Sendable {
  case noContentFolder
  case unreadableFolder(String)
  case noSuchFile(String)
  case transcriptWithoutScript(transcript: String, script: String)
  case unknownScript(String, known: [String])
  case scriptHasErrors(String)
  case idTaken(String)
  case unreadable(String)
  case tooLarge(String)
  case notText(String)
  /// A word list of `Content/begrip` is missing or unreadable.
  case missingWordList(String)
  /// A line of a word list of `Content/begrip` cannot be read: `file:line: what`.
  case brokenWordList(String)
  case missingTexts(String)
  case brokenTexts(PhraseBookError)
  case brokenLabeller(file: String, folder: String)
}
