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
        throw AppError.session(
          .givenOtherScript(given: given, found: script.id, code: session.code, expected: session.scriptID))
      }
    } else if let file = session.scriptPath {
      guard FileManager.default.fileExists(atPath: file) else {
        throw AppError.session(.scriptFileGone(code: session.code, file: file))
      }
      script = try library.loadScript(file)
    } else if library.hasScript(session.scriptID) {
      script = try library.loadScript(session.scriptID)
    } else {
      throw AppError.session(.notInContent(script: session.scriptID, code: session.code))
    }
    if script.id == state.scriptID, script.header.version < state.scriptVersion {
      throw AppError.session(
        .olderScript(script: script.id, version: script.header.version, ran: state.scriptVersion))
    }
    return script
  }
}
