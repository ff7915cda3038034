import ArgumentParser
import Foundation
import PraatmaatApp

struct Praatmaat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "praatmaat",
    abstract: "A chat-style intake bot in simple Dutch for people with a mild intellectual disability.",
    discussion: "Without a subcommand, praatmaat shows the Dutch menu.",
    subcommands: [
      Scripts.self, Start.self, Resume.self, Check.self, Test.self, Forget.self, Export.self, Import.self,
      ReportCommand.self, Anonymise.self,
    ]
  )

  @OptionGroup var database: DatabaseOption

  @OptionGroup var screen: TerminalOptions

  func run() throws {
    let library = try ContentLibrary.locate()
    let scripts = try library.scriptFiles().compactMap { try? library.loadScript($0.path) }
    let (runner, terminal, prompt) = try Conversations.runner(database, screen.settings)
    let paused = (try? runner.store.pausedSessions()) ?? []
    switch Menu(terminal: terminal, prompt: prompt).choose(scripts: scripts, paused: paused) {
    case .quit:
      terminal.note("Tot ziens!")
    case .start(let id, let speak):
      let script = try library.loadScript(id)
      var chosen = runner
      if speak && !screen.speak {
        var settings = screen.settings
        settings.speak = true
        chosen = SessionRunner(
          store: runner.store, terminal: try TerminalFactory.speaking(terminal, settings), prompt: prompt,
          anonymiser: Anonymisers.standard(), reviewsAnswers: settings.review ?? TerminalFactory.isInteractive
        )
      }
      try Conversations.start(script: script, runner: chosen, seed: nil, municipality: nil)
    case .resume(let code):
      try Conversations.resume(code: code, runner: runner)
    }
  }
}
