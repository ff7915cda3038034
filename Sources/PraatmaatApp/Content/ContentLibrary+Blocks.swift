import Foundation
import PraatmaatCore

extension ContentLibrary {
  /// The folder of shared blocks beside a folder of scripts.
  static let blocksFolderName = "delen"

  /// The blocks a script can take in with `gebruik:`: those in `Content/scripts/delen`, and for
  /// a script elsewhere also those in the `delen` folder beside it, which go first.
  public func blocks(for file: URL? = nil) -> ScriptBlocks {
    var blocks = Self.blocks(in: scriptsFolder.appendingPathComponent(Self.blocksFolderName))
    if let folder = file?.deletingLastPathComponent().appendingPathComponent(Self.blocksFolderName) {
      blocks.sources.merge(Self.blocks(in: folder).sources) { _, own in own }
    }
    return blocks
  }

  /// The blocks for a script file: the library's and those beside it, or without a library
  /// only those beside it.
  public static func blocks(for file: URL, library: ContentLibrary?) -> ScriptBlocks {
    library?.blocks(for: file)
      ?? blocks(in: file.deletingLastPathComponent().appendingPathComponent(blocksFolderName))
  }

  /// Every readable block in a folder; one that cannot be read is missing, and a script that
  /// takes it in says so (S049).
  static func blocks(in folder: URL) -> ScriptBlocks {
    var sources: [String: ScriptBlocks.Source] = [:]
    for file in (try? scriptFiles(in: folder)) ?? [] {
      guard let source = try? SourceFile.read(file) else { continue }
      sources[file.deletingPathExtension().lastPathComponent.lowercased()] = ScriptBlocks.Source(
        fileName: source.name, text: source.text)
    }
    return ScriptBlocks(sources)
  }

  /// The block files beside the given scripts, each once, for `praatmaat check`.
  public func blockFiles(near scripts: [URL]) -> [URL] {
    let folders = Set(
      scripts.map {
        $0.deletingLastPathComponent().appendingPathComponent(Self.blocksFolderName).standardizedFileURL
      }
        + [scriptsFolder.appendingPathComponent(Self.blocksFolderName).standardizedFileURL])
    return folders.sorted { $0.path < $1.path }.flatMap { (try? Self.scriptFiles(in: $0)) ?? [] }
  }
}
