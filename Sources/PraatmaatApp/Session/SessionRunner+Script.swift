import Foundation
import PraatmaatCore
import PraatmaatStore

extension SessionRunner {
  /// The script a paused session goes on with: the file it was started from when that was
  /// not in `Content/scripts`, else the script with its id. An older copy of the script than
  /// the one the session last ran with is refused: answers would not fit.
  func script(
    of session: SessionRecord, state: ConversationState, library: ContentLibrary, file given: String? = nil
  )
    throws -> Script
  {
    let script: Script
    if let given {
      // `resume --script FILE`: the file a session was started from, when its place was not kept.
      script = try library.loadScript(given)
      guard script.id == session.scriptID else {
        throw AppError.usage(
          "\(given) is het script '\(script.id)', maar gesprek \(session.code) hoort bij '\(session.scriptID)'."
        )
      }
    } else if let file = session.scriptPath {
      guard FileManager.default.fileExists(atPath: file) else {
        throw AppError.usage(
          "Het script van gesprek \(session.code) staat niet meer op \(file). Zet het bestand terug om verder te gaan."
        )
      }
      script = try library.loadScript(file)
    } else if library.hasScript(session.scriptID) {
      script = try library.loadScript(session.scriptID)
    } else {
      throw AppError.usage(
        "Het script '\(session.scriptID)' staat niet in Content/scripts. Geef het bestand mee: praatmaat resume \(session.code) --script PAD"
      )
    }
    if script.id == state.scriptID, script.header.version < state.scriptVersion {
      throw AppError.usage(
        "Het script '\(script.id)' is versie \(script.header.version), maar dit gesprek liep al met versie \(state.scriptVersion). Gebruik het nieuwste script."
      )
    }
    return script
  }
}
