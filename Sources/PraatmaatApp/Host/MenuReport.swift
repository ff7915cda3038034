import Foundation
import PraatmaatCore
import PraatmaatStore

/// "Een verslag maken" in the menu: the policymakers' report in Markdown (`praatmaat report`
/// with its defaults) of the menu's database, on the screen or in the file the supporter named.
public struct MenuReport {
  let terminal: any Terminal

  public init(terminal: any Terminal) {
    self.terminal = terminal
  }

  /// Writes the report; says where it is, or why there is none. `store` is nil when there
  /// is no database yet.
  public func write(store: (any AnswerStore)?, library: ContentLibrary, file: String?) {
    let text: String?
    do {
      text = try store.flatMap { store throws(AppError) in try ReportJob().run(store: store, library: library)
      }
    } catch {
      terminal.show([.hint(Menu.nothingToReport)])
      terminal.note("\(error)")
      return
    }
    guard let text else {
      terminal.show([.hint(Menu.nothingToReport)])
      return
    }
    guard let file else {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        terminal.note(String(line))
      }
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
    } catch {
      terminal.show([.hint(Menu.reportNotSaved)])
      terminal.note(file)
      return
    }
    terminal.show([.say(Menu.reportSaved)])
    terminal.note(URL(fileURLWithPath: file).standardizedFileURL.path)
  }
}
