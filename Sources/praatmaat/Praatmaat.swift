import ArgumentParser
import Foundation
import PraatmaatApp

struct Praatmaat: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "praatmaat",
    abstract: "A chat-style intake bot in simple Dutch for people with a mild intellectual disability.",
    discussion: "Without a subcommand, praatmaat shows the Dutch menu.",
    subcommands: [Scripts.self, Start.self, Check.self, Test.self]
  )

  func run() throws {
    let library = try ContentLibrary.locate()
    let scripts = try library.scriptFiles().compactMap { try? library.loadScript($0.path) }
    let (terminal, prompt) = TerminalFactory.make()
    switch Menu(terminal: terminal, prompt: prompt).choose(scripts: scripts) {
    case .quit:
      terminal.note("Tot ziens!")
    case .start(let id):
      let script = try library.loadScript(id)
      try Conversations.start(script: script, seed: nil, terminal: terminal, prompt: prompt)
    }
  }
}
