import Foundation
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

@Suite("A script whose language passed is remembered; any change checks it again")
struct CheckedScriptCacheTests {
  let blocks = ScriptBlocks([
    "welkom": ScriptBlocks.Source(fileName: "delen/welkom.gesprek", text: "zeg: Hoi!\n")
  ])

  @Test("Remembered for the same text and blocks in this program; another text, block or folder is not")
  func remembered() {
    let folder = TemporaryFolder()
    let cache = CheckedScriptCache(environment: ["PRAATMAAT_CACHE": folder.path("cache")])
    let text = "id: proef\nvraag: a ja/nee\n  tekst: Woon je graag hier?\n"
    #expect(!cache.passed(text, blocks: blocks))
    cache.remember(text, blocks: blocks)
    #expect(cache.passed(text, blocks: blocks))
    #expect(!cache.passed(text + "  tekst: Ben je blij?\n", blocks: blocks))
    #expect(!cache.passed(text, blocks: ScriptBlocks()))
    let elsewhere = CheckedScriptCache(environment: ["PRAATMAAT_CACHE": folder.path("ander")])
    #expect(!elsewhere.passed(text, blocks: blocks))
    let off = CheckedScriptCache(environment: ["PRAATMAAT_CACHE": "off"])
    off.remember(text, blocks: blocks)
    #expect(!off.passed(text, blocks: blocks))
  }

  @Test("A script with a language error is refused at every start, and never remembered")
  func errorsStay() throws {
    let folder = TemporaryFolder()
    let scripts = folder.folder("Content/scripts")
    let sentence = Array(repeating: "woord", count: 30).joined(separator: " ")
    let text =
      "id: lang\ntitel: Lang\nmethode: gesprek\nthema: wonen\nfase: agendavorming\nversie: 1\n\nvraag: a ja/nee\n  tekst: \(sentence)?\n"
    try Data(text.utf8).write(to: scripts.appendingPathComponent("lang.gesprek"))
    let library = ContentLibrary(root: folder.url.appendingPathComponent("Content"))
    for _ in 0..<2 {
      #expect(throws: AppError.self) { try library.loadScript("lang") }
    }
    let cache = CheckedScriptCache()
    #expect(!cache.passed(text, blocks: library.blocks(for: scripts.appendingPathComponent("lang.gesprek"))))
  }
}
