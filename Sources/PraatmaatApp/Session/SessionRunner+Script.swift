import Foundation
import PraatmaatCore
import PraatmaatStore

extension SessionRunner {
  /// The script a paused session goes on with: the file it was started from when that was
  /// not in `Content/scripts`, else the script with its id. An older copy of the script than
  /// the one the session last ran with is refused: answers would not fit.
  func script(of session: SessionRecord, state: ConversationState, library: ContentLibrary) throws -> Script {
    let script: Script
    if let file = session.scriptPath {
      guard FileManager.default.fileExists(atPath: file) else {
        throw AppError.usage(
          "Het script van gesprek \(session.code) staat niet meer op \(file). Zet het bestand terug om verder te gaan."
        )
      }
      script = try library.loadScript(file)
    } else {
      script = try library.loadScript(session.scriptID)
    }
    if script.id == state.scriptID, script.header.version < state.scriptVersion {
      throw AppError.usage(
        "Het script '\(script.id)' is versie \(script.header.version), maar dit gesprek liep al met versie \(state.scriptVersion). Gebruik het nieuwste script."
      )
    }
    return script
  }
}
