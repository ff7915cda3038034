import Foundation
import PraatmaatApp
import PraatmaatCore

extension Start {
  /// `--transcript OUT`: plays a trial conversation and adds it to OUT as a transcript test.
  func record(_ loaded: Script, into out: String, anonymiser: any Anonymiser, library: ContentLibrary) throws
  {
    guard out != OutputFile.standardOutput else {
      throw AppError.usage(
        "--transcript - kan niet: het gesprek staat al op het scherm. Geef een bestandsnaam.")
    }
    // Never into the script itself, nor into any other file than a transcript.
    let transcript = ContentLibrary.transcriptExtension
    guard URL(fileURLWithPath: out).pathExtension == transcript else {
      throw AppError.usage(
        "--transcript \(out): geef een bestand dat eindigt op .\(transcript), zoals \(loaded.id).\(transcript)."
      )
    }
    if let refusal = OutputFile.refusal(out, database: try options.database.path()) {
      throw AppError.usage(refusal)
    }
    let existing =
      FileManager.default.fileExists(atPath: out) ? try String(contentsOfFile: out, encoding: .utf8) : ""
    let cases = Transcript.parse(existing, fileName: out).0.cases.count
    let texts = try library.phraseBook()
    let (terminal, prompt) = try TerminalFactory.make(options.settings, texts: texts)
    let trial = TrialRecording(
      terminal: terminal, prompt: prompt, anonymiser: anonymiser, words: try library.answerWords(),
      texts: texts)
    let played = try trial.play(
      loaded, seed: seed ?? UInt64.random(in: 1...UInt64(UInt32.max)), name: "Opgenomen gesprek \(cases + 1)")
    let joined =
      existing.isEmpty || existing.hasSuffix("\n\n")
      ? existing : existing + (existing.hasSuffix("\n") ? "\n" : "\n\n")
    try OutputFile.write(Data((joined + played).utf8), to: out)
    terminal.note(note(out: out, library: library, script: loaded))
  }

  /// How to run the new test: `praatmaat test` finds a transcript beside its script, by name.
  private func note(out: String, library: ContentLibrary, script: Script) -> String {
    let file =
      self.script.flatMap { ContentLibrary.isPath($0) ? URL(fileURLWithPath: $0) : nil }
      ?? library.scriptsFolder.appendingPathComponent("\(script.id).\(ContentLibrary.scriptExtension)")
    let beside = file.deletingPathExtension().appendingPathExtension(ContentLibrary.transcriptExtension)
    if beside.standardizedFileURL.path == URL(fileURLWithPath: out).standardizedFileURL.path {
      return "De test staat in \(out). Draai hem met: praatmaat test \(file.relativePath)"
    }
    return "De test staat in \(out). praatmaat test vindt hem naast het script, als \(beside.relativePath)."
  }
}
