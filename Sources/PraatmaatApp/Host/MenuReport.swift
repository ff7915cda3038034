import Foundation
import PraatmaatCore
import PraatmaatStore

/// "Een verslag maken" in the menu: the policymakers' report in Markdown (`praatmaat report`
/// with its defaults) of the menu's database, on the screen or in the file the supporter named.
public struct MenuReport {
  let terminal: any Terminal
  let prompt: String
  /// The menu's sentences (Content/teksten).
  let phrases: PhraseBook

  public init(terminal: any Terminal, prompt: String = "> ", phrases: PhraseBook) {
    (self.terminal, self.prompt, self.phrases) = (terminal, prompt, phrases)
  }

  /// Writes the report; says where it is, or why there is none. `store` is nil when there
  /// is no database yet.
  public func write(store: (any AnswerStore)?, library: ContentLibrary, file: String?) {
    let text: String?
    do {
      text = try store.flatMap { store throws(AppError) in try ReportJob().run(store: store, library: library)
      }
    } catch {
      terminal.show([.hint(phrases[.menuNothingToReport])])
      terminal.note("\(error)")
      return
    }
    guard let text else {
      terminal.show([.hint(phrases[.menuNothingToReport])])
      return
    }
    guard let file else {
      show(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      return
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
    } catch {
      terminal.show([.hint(phrases[.menuReportNotSaved])])
      terminal.note(file)
      return
    }
    terminal.show([.say(phrases[.menuReportSaved])])
    terminal.note(URL(fileURLWithPath: file).standardizedFileURL.path)
  }

  /// The report a screen at a time where lines scroll away, so that its start can be read
  /// before the menu comes back: Enter shows more, anything else goes back to the menu.
  func show(_ lines: [String]) {
    guard let size = terminal.pageSize else {
      lines.forEach(terminal.note)
      return
    }
    // Room for the line that says how to go on, and the prompt; long lines wrap.
    let room = max(size.rows - 2 - size.rows(of: phrases[.menuReportMore]), 5)
    var start = 0
    while start < lines.count {
      var end = start
      var used = 0
      while end < lines.count, end == start || used + size.rows(of: lines[end]) <= room {
        used += size.rows(of: lines[end])
        end += 1
      }
      lines[start..<end].forEach(terminal.note)
      start = end
      guard start < lines.count else { return }
      terminal.show([.hint(phrases[.menuReportMore])])
      guard case .line(let typed) = terminal.readLine(prompt: prompt),
        typed.trimmingCharacters(in: .whitespaces).isEmpty
      else { return }
    }
  }
}
