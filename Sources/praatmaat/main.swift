import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore

// A parent may start us with signals blocked (worker threads often block them): then
// Ctrl-C could not pause, and stopping the read-aloud voice or waiting for it would hang.
var everySignal = sigset_t()
sigemptyset(&everySignal)
sigprocmask(SIG_SETMASK, &everySignal, nil)

/// Every error ends here: one line on stderr and the exit code from cli.md.
do {
  var command = try Praatmaat.parseAsRoot()
  try command.run()
} catch let error as AppError {
  // Messages can quote a path or argument: never let its escape sequences reach the screen.
  FileHandle.standardError.write("praatmaat: \(TextSafety.clean("\(error)"))\n".data(using: .utf8)!)
  exit(error.exitCode)
} catch {
  let code = Praatmaat.exitCode(for: error)
  if code == .success { Praatmaat.exit(withError: error) }
  let message = TextSafety.clean(Praatmaat.message(for: error))
  FileHandle.standardError.write("praatmaat: \(message)\n".data(using: .utf8)!)
  if code == .validationFailure {
    FileHandle.standardError.write("Zie: praatmaat --help\n".data(using: .utf8)!)
    exit(2)
  }
  exit(code.rawValue)
}
