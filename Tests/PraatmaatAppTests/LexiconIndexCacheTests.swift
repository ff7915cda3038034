import Foundation
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore

@Suite("The anonymiser's lexicon is kept ready between starts, and never stale")
struct LexiconIndexCacheTests {
  /// Small lists in a folder of their own: one first name, one place.
  func lists(_ folder: TemporaryFolder) throws -> URL {
    let lists = URL(fileURLWithPath: folder.path("lijsten"))
    try FileManager.default.createDirectory(at: lists, withIntermediateDirectories: true)
    for (name, _) in AnonymiserLexicon.listFiles {
      let text =
        switch name {
        case "voornamen.txt": "Wubbo\n"
        case "plaatsen.txt": "Ootmarsum\n"
        default: ""
        }
      try Data(text.utf8).write(to: lists.appendingPathComponent(name))
    }
    return lists
  }

  /// The lexicon through the cache, and whether the texts had to be read for it.
  func load(_ cache: LexiconIndexCache, _ lists: URL) throws -> (AnonymiserLexicon, read: Bool) {
    var read = false
    let lexicon = try cache.lexicon(listsFolder: lists) { () throws(AppError) in
      read = true
      return try Anonymisers.listTexts(in: lists)
    }
    return (lexicon, read)
  }

  func indexes(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".index") }
  }

  @Test("Built from the texts once; the next start reads the index, with the same answers")
  func builtOnce() throws {
    let folder = TemporaryFolder()
    let lists = try lists(folder)
    let cache = LexiconIndexCache(environment: ["PRAATMAAT_CACHE": folder.path("cache")])
    let (first, readFirst) = try load(cache, lists)
    #expect(readFirst)
    #expect(indexes(folder.path("cache")).count == 1)
    let (second, readSecond) = try load(cache, lists)
    #expect(!readSecond)
    #expect(second.flags(of: "Wubbo").contains(.firstName))
    #expect(second.flags(of: "Ootmarsum").contains(.town))
    #expect(second.flags(of: "Wubbo") == first.flags(of: "Wubbo"))
    let text = "Wubbo woont in Ootmarsum"
    #expect(
      DutchAnonymiser(lexicon: second).anonymise(text) == DutchAnonymiser(lexicon: first).anonymise(text))
  }

  @Test("A list that changed is read again, and the old index goes")
  func changedList() throws {
    let folder = TemporaryFolder()
    let lists = try lists(folder)
    let cache = LexiconIndexCache(environment: ["PRAATMAAT_CACHE": folder.path("cache")])
    #expect(try !load(cache, lists).0.flags(of: "Lichtenvoorde").contains(.town))
    let old = indexes(folder.path("cache"))
    try Data("Ootmarsum\nLichtenvoorde\n".utf8).write(to: lists.appendingPathComponent("plaatsen.txt"))
    let (lexicon, read) = try load(cache, lists)
    #expect(read)
    #expect(lexicon.flags(of: "Lichtenvoorde").contains(.town))
    let now = indexes(folder.path("cache"))
    #expect(now.count == 1)
    #expect(now != old)
  }

  @Test("A damaged index, no room for one, or the cache turned off: the texts are read, nothing breaks")
  func whateverGoesWrong() throws {
    let folder = TemporaryFolder()
    let lists = try lists(folder)
    let cache = LexiconIndexCache(environment: ["PRAATMAAT_CACHE": folder.path("cache")])
    _ = try load(cache, lists)
    let file = folder.path("cache/" + indexes(folder.path("cache"))[0])
    try Data("kapot".utf8).write(to: URL(fileURLWithPath: file))
    let (damaged, read) = try load(cache, lists)
    #expect(read)
    #expect(damaged.flags(of: "Wubbo").contains(.firstName))
    // The damaged file was replaced by a whole one.
    #expect(try !load(cache, lists).read)

    // A file where the folder should be.
    try Data().write(to: URL(fileURLWithPath: folder.path("bezet")))
    let blocked = LexiconIndexCache(environment: ["PRAATMAAT_CACHE": folder.path("bezet")])
    #expect(try load(blocked, lists).read)
    #expect(try load(blocked, lists).read)

    let off = LexiconIndexCache(environment: ["PRAATMAAT_CACHE": "off", "HOME": folder.path("thuis")])
    #expect(off.folder == nil)
    #expect(try load(off, lists).read)
    #expect(!FileManager.default.fileExists(atPath: folder.path("thuis")))
  }

  @Test("The folder: PRAATMAAT_CACHE, else XDG_CACHE_HOME, else ~/.cache")
  func folder() {
    #expect(LexiconIndexCache(environment: ["PRAATMAAT_CACHE": "/a", "HOME": "/h"]).folder?.path == "/a")
    #expect(
      LexiconIndexCache(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]).folder?.path == "/x/praatmaat")
    #expect(LexiconIndexCache(environment: ["HOME": "/h"]).folder?.path == "/h/.cache/praatmaat")
    #expect(LexiconIndexCache(environment: [:]).folder == nil)
  }
}
