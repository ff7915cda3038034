import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

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
    let anonymiser = try Anonymisers.preparing(from: library)
    let (scripts, problems) = library.usableScripts()
    // A script that cannot be used is not silently left out: the supporter reads why.
    for problem in problems {
      FileHandle.standardError.write(Data("praatmaat: \(TextSafety.clean(problem))\n".utf8))
    }
    let (runner, terminal, prompt) = try Conversations.runner(
      database, screen.settings, anonymiser: anonymiser)
    let menu = Menu(terminal: terminal, prompt: prompt)
    while true {
      // Only a database that is there already is read: the menu itself makes nothing.
      let store = try? runner.database.existing()
      // A session that runs in another window now is not offered: one live process each.
      let paused = ((try? store?.pausedSessions()) ?? []).filter {
        SessionLease.holder($0.code, database: runner.database.path) == nil
      }
      let reportable = ((try? store?.counts())?.sessions ?? 0) > 0
      let choice = menu.choose(
        scripts: scripts, paused: paused, speaking: runner.readsAloud, reportable: reportable)
      // A session that cannot go on after all: one kind line, and the menu comes back.
      if case .resume(let code) = choice, runner.resumeProblem(code: code, library: library) != nil {
        terminal.show([.hint(Menu.cannotResume)])
        continue
      }
      // After a report the menu comes back; every other choice ends it.
      guard case .report(let file) = choice else {
        return try act(on: choice, runner: runner, library: library)
      }
      MenuReport(terminal: terminal).write(store: store, library: library, file: file)
    }
  }

  private func act(on choice: Menu.Choice, runner: SessionRunner, library: ContentLibrary) throws {
    let terminal = runner.terminal
    switch choice {
    case .report:
      break
    case .interrupted:
      throw AppError.interrupted
    case .quit:
      terminal.note("Tot ziens!")
    case .start(let id, let speak):
      let script = try library.loadScript(id)
      let chosen = speak ? Conversations.withVoice(runner, rate: screen.rate) : runner
      try Conversations.start(script: script, runner: chosen, seed: nil, municipality: nil)
    case .resume(let code):
      try Conversations.resume(code: code, runner: runner, rate: screen.speakRate)
    }
  }
}
