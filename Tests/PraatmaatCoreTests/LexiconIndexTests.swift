import CoreTestSupport
import Foundation
import Testing

@testable import PraatmaatCore

@Suite("The lexicon's index: read back, it answers as the lexicon built from the texts")
struct LexiconIndexTests {
  let lexicon = AnonymiserFixture.lexicon

  /// Every entry of every list, as the lists spell them, and a few keys that are in none.
  static let keys: [String] = {
    var keys: [String] = ["", "xqzw", "a", "de", "het", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "ik woon in"]
    for (name, _) in AnonymiserLexicon.listFiles {
      let text = PackageFiles.text("Content/anonimiseren/\(name)")
      keys += text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }
    return keys
  }()

  @Test("Every word and phrase of the lists has the same flags, and the same text is masked alike")
  func sameAnswers() throws {
    let index = lexicon.index(fingerprint: 42)
    let read = try #require(AnonymiserLexicon(index: IndexBytes(index), fingerprint: 42))
    for key in Self.keys { #expect(read.flags(of: key) == lexicon.flags(of: key), "\(key)") }
    let text = "Ik ben Noor van Dijk uit Almere, mijn begeleider van het wijkteam komt dinsdag."
    #expect(
      DutchAnonymiser(lexicon: read).spans(in: text) == DutchAnonymiser(lexicon: lexicon).spans(in: text))
  }

  @Test("An index of other texts, a short one or a different kind of file is not read")
  func refused() {
    let index = lexicon.index(fingerprint: 42)
    #expect(AnonymiserLexicon(index: IndexBytes(index), fingerprint: 43) == nil)
    #expect(AnonymiserLexicon(index: IndexBytes(Array(index.dropLast(8))), fingerprint: 42) == nil)
    #expect(AnonymiserLexicon(index: IndexBytes(index + [0, 0, 0, 0, 0, 0, 0, 0]), fingerprint: 42) == nil)
    #expect(AnonymiserLexicon(index: IndexBytes(Array("geen index".utf8)), fingerprint: 42) == nil)
    #expect(AnonymiserLexicon(index: IndexBytes([]), fingerprint: 42) == nil)
  }

  @Test("Damaged bytes inside an index never make a lookup read outside it")
  func damaged() {
    var generator = SeededGenerator(seed: 7)
    let whole = lexicon.index(fingerprint: 42)
    var readable = 0
    for _ in 0..<20 {
      var index = whole
      // The first table's header (magic, fingerprint, sizes) stays; anything behind it may be
      // garbage. Sizes that no longer fit make the index unreadable, which is as good.
      for _ in 0..<5000 {
        index[Int.random(in: 64..<index.count, using: &generator)] = UInt8.random(
          in: 0...255, using: &generator)
      }
      guard let read = AnonymiserLexicon(index: IndexBytes(index), fingerprint: 42) else { continue }
      readable += 1
      for key in Self.keys.prefix(3000) { _ = read.flags(of: key) }
      _ = DutchAnonymiser(lexicon: read).spans(in: "Mijn naam is Ria de Boer, ik woon in de Dorpsstraat 4.")
    }
    // Most damaged indexes are read: the lookups above ran on garbage.
    #expect(readable >= 15)
  }

  @Test("The fingerprint changes with any list file's signature and the program's, and only with those")
  func fingerprint() {
    var signatures: [String: [UInt64]] = [:]
    for (name, _) in AnonymiserLexicon.listFiles { signatures[name] = [1, 2, 3, 4, 5] }
    let first = AnonymiserLexicon.fingerprint(ofListFiles: signatures, program: [7, 8])
    #expect(AnonymiserLexicon.fingerprint(ofListFiles: signatures, program: [7, 8]) == first)
    #expect(AnonymiserLexicon.fingerprint(ofListFiles: signatures, program: [7, 9]) != first)
    for (name, _) in AnonymiserLexicon.listFiles {
      var changed = signatures
      changed[name] = [1, 2, 3, 4, 6]
      #expect(AnonymiserLexicon.fingerprint(ofListFiles: changed, program: [7, 8]) != first, "\(name)")
    }
    signatures["iets-anders.txt"] = [9]
    #expect(AnonymiserLexicon.fingerprint(ofListFiles: signatures, program: [7, 8]) == first)
  }
}
