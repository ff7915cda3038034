import Foundation
import PraatmaatApp
import PraatmaatCore

extension Start {
  /// `--transcript OUT`: plays a trial conversation and adds it to OUT as a transcript test.
  func record(_ loaded: Script, into out: String, anonymiser: any Anonymiser, library: ContentLibrary) throws
  {
    if let refusal = OutputFile.refusal(out, database: try database.path()), out != OutputFile.standardOutput
    {
      throw AppError.usage(refusal)
    }
    guard out != OutputFile.standardOutput else {
      throw AppError.usage(
        "--transcript - kan niet: het gesprek staat al op het scherm. Geef een bestandsnaam.")
    }
    let existing =
      FileManager.default.fileExists(atPath: out) ? try String(contentsOfFile: out, encoding: .utf8) : ""
    let cases = Transcript.parse(existing, fileName: out).0.cases.count
    let (terminal, prompt) = try TerminalFactory.make(screen.settings)
    let trial = TrialRecording(
      terminal: terminal, prompt: prompt, anonymiser: anonymiser, words: try library.answerWords())
    let played = try trial.play(
      loaded, seed: seed ?? UInt64.random(in: 1...UInt64(UInt32.max)), name: "Opgenomen gesprek \(cases + 1)")
    let joined =
      existing.isEmpty || existing.hasSuffix("\n\n")
      ? existing : existing + (existing.hasSuffix("\n") ? "\n" : "\n\n")
    try OutputFile.write(Data((joined + played).utf8), to: out)
    terminal.note("De test staat in \(out). Draai hem met: praatmaat test \(Self.scriptFile(for: out))")
  }

  /// The script a transcript belongs to: the `.gesprek` file with the same name beside it.
  static func scriptFile(for transcript: String) -> String {
    let url = URL(fileURLWithPath: transcript)
    return url.deletingPathExtension().appendingPathExtension("gesprek").relativePath
  }
}
