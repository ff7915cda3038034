import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

struct Praatmaat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "praatmaat",
    abstract:
      "Een gespreksbot in eenvoudig Nederlands: mensen met een licht verstandelijke beperking vertellen hoe hulp werkt in hun leven.",
    discussion:
      "Zonder opdracht toont praatmaat het menu. Voor de begeleider: start, resume en forget. Voor ontwikkelaars en beleid: de andere opdrachten.",
    subcommands: [
      Scripts.self, Start.self, Resume.self, Check.self, Test.self, Forget.self, Export.self, Import.self,
      Sync.self, ReportCommand.self, Anonymise.self,
    ]
  )

  @OptionGroup var options: ConversationOptions

  func run() throws {
    let library = try ContentLibrary.locate()
    let anonymiser = try Anonymisers.preparing(from: library)
    let (scripts, problems) = library.usableScripts()
    // A script that cannot be used is not silently left out: the supporter reads why.
    for problem in problems {
      FileHandle.standardError.write(Data("praatmaat: \(TextSafety.clean(problem))\n".utf8))
    }
    let (runner, terminal, prompt) = try Conversations.runner(
      options.database, options.settings, library: library, anonymiser: anonymiser)
    let menu = Menu(terminal: terminal, prompt: prompt, phrases: runner.texts)
    while true {
      // Only a database that is there already is read: the menu itself makes nothing.
      let store = try? runner.database.existing()
      // A session that runs in another window now is not offered: one live process each.
      let paused = ((try? store?.pausedSessions()) ?? []).filter {
        store?.holder($0.code) == nil
      }
      let reportable = ((try? store?.counts())?.sessions ?? 0) > 0
      let choice = menu.choose(
        scripts: scripts, paused: paused, speaking: runner.readsAloud, reportable: reportable)
      // A session that cannot go on after all: one kind line, and the menu comes back.
      if case .resume(let code) = choice, runner.resumeProblem(code: code, library: library) != nil {
        terminal.show([.hint(runner.texts[.menuCannotResume])])
        continue
      }
      // After a report the menu comes back; every other choice ends it.
      guard case .report(let file) = choice else {
        return try act(on: choice, runner: runner, library: library)
      }
      MenuReport(terminal: terminal, prompt: prompt, phrases: runner.texts).write(
        store: store, library: library, file: file)
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
      let chosen = speak ? Conversations.withVoice(runner, rate: options.rate) : runner
      try Conversations.start(script: script, runner: chosen, seed: nil, municipality: nil, library: library)
    case .resume(let code):
      // A session shown in the large layout goes on in it.
      var chosen = runner
      if !runner.largeLayout, (try? runner.store.session(code))??.state?.largeLayout == true {
        var settings = options.settings
        settings.large = true
        chosen = runner.on(try TerminalFactory.make(settings, texts: runner.texts).0)
        chosen.largeLayout = true
      }
      try Conversations.resume(code: code, library: library, runner: chosen, rate: options.speakRate)
    }
  }
}
