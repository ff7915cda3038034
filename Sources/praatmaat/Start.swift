import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore

struct Start: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a conversation with a script.",
    discussion: "When stdin is not a terminal, one answer is read per line; the end of input pauses.")

  @Argument(help: "A script id from Content/scripts, or the path of a .gesprek file.")
  var script: String

  @ArgumentParser.Option(help: "Seed for random order (the same seed gives the same order).")
  var seed: UInt64?

  func run() throws {
    let library = try ContentLibrary.locate()
    let loaded = try library.loadScript(script)
    let (terminal, prompt) = TerminalFactory.make()
    try Conversations.start(script: loaded, seed: seed, terminal: terminal, prompt: prompt)
  }
}

/// Starting a conversation, shared by `start` and the menu.
enum Conversations {
  static func start(script: Script, seed: UInt64?, terminal: any Terminal, prompt: String) throws {
    var conversation = Conversation(script: script, seed: seed ?? UInt64.random(in: 0...UInt64(UInt32.max)))
    let first = conversation.start()
    let host = ConversationHost(terminal: terminal, recorder: nil, prompt: prompt)
    let outcome = try host.run(&conversation, first: first)
    if outcome == .paused, SignalFlags.interrupted { throw AppError.interrupted }
  }
}
