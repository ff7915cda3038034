import Foundation
import PraatmaatCore

/// Scripts whose language passed the rules, remembered between starts: the language rules
/// are most of the time a script takes to check, and a script's text rarely changes between
/// two conversations. An empty file in praatmaat's `CacheFolder` is
/// named after a fingerprint of the script's text, the texts of the blocks it may take in,
/// and this very program (its size, last change and identity on disk); any change to one of
/// them checks the language again. Everything else about a script is checked at every start.
struct CheckedScriptCache {
  let folder: URL?

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    folder = CacheFolder.folder(environment)
  }

  static let prefix = "taal-gecontroleerd-"

  private func file(_ source: String, blocks: ScriptBlocks) -> URL? {
    guard let folder, let program = CacheFolder.programSignature else { return nil }
    var hash = FingerprintHash()
    program.forEach { hash.add($0) }
    hash.add(Array(source.utf8))
    for name in blocks.sources.keys.sorted() {
      hash.add(Array(name.utf8))
      hash.add(Array((blocks.sources[name]?.text ?? "").utf8))
    }
    return folder.appendingPathComponent(Self.prefix + String(hash.value, radix: 16))
  }

  /// Whether this text with these blocks passed the language rules before, in this program.
  func passed(_ source: String, blocks: ScriptBlocks) -> Bool {
    guard let file = file(source, blocks: blocks) else { return false }
    return access(file.path, F_OK) == 0
  }

  /// Remembers that this text with these blocks passed; nothing happens when it cannot be kept.
  func remember(_ source: String, blocks: ScriptBlocks) {
    guard let folder, let file = file(source, blocks: blocks), CacheFolder.make(folder) else { return }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    // Old programs and old texts leave marks behind: past a few hundred they all go.
    if names.filter({ $0.hasPrefix(Self.prefix) }).count > 300 {
      for name in names where name.hasPrefix(Self.prefix) {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
      }
    }
    FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
  }
}
