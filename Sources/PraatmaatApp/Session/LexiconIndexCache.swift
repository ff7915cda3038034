import Foundation
import PraatmaatCore

/// Where the anonymiser's lexicon is kept ready between starts: built from the list texts
/// once, written as one index file in the `CacheFolder`, and mapped into memory at the next
/// start, where lookups read it in place (a few milliseconds instead of building it again).
/// The file is named after the fingerprint of the list files (their size, last change and
/// identity) and of the program's own file, so changed lists or another build of praatmaat
/// build anew. It holds only the public word lists. Whatever goes wrong with it (no folder, a
/// full disk, a damaged file) costs only time: the lexicon is then built from the texts.
struct LexiconIndexCache {
  let folder: URL?

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    folder = CacheFolder.folder(environment)
  }

  static let prefix = "anonimiseren-"
  static let suffix = ".index"

  func file(for fingerprint: UInt64) -> URL? {
    folder?.appendingPathComponent(Self.prefix + String(fingerprint, radix: 16) + Self.suffix)
  }

  /// The lexicon of the lists in `listsFolder`: from the index when it is there and fits,
  /// else built from the texts `read()` gives and kept as an index for the next start.
  func lexicon(
    listsFolder: URL, read: () throws(AppError) -> [String: [UInt8]]
  ) throws(AppError) -> AnonymiserLexicon {
    let fingerprint = Self.fingerprint(listsFolder)
    if let fingerprint, let file = file(for: fingerprint), let index = Self.map(file),
      let lexicon = AnonymiserLexicon(index: index, fingerprint: fingerprint)
    {
      return lexicon
    }
    let lexicon = AnonymiserLexicon(listBytes: try read())
    if let fingerprint { keep(lexicon, fingerprint: fingerprint) }
    return lexicon
  }

  /// The fingerprint of the list files as they are now, read by this program; nil when one
  /// of them cannot be looked at.
  static func fingerprint(_ listsFolder: URL) -> UInt64? {
    var signatures: [String: [UInt64]] = [:]
    for (name, _) in AnonymiserLexicon.listFiles {
      guard let signature = CacheFolder.signature(of: listsFolder.appendingPathComponent(name).path) else {
        return nil
      }
      signatures[name] = signature
    }
    guard let program = CacheFolder.programSignature else { return nil }
    return AnonymiserLexicon.fingerprint(ofListFiles: signatures, program: program)
  }

  /// The file mapped into memory, read-only; nil when it is not a plain file that can be mapped.
  static func map(_ file: URL) -> IndexBytes? {
    let descriptor = open(file.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else {
      return nil
    }
    let size = Int(info.st_size)
    guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
      return nil
    }
    return IndexBytes(mapped: UnsafeRawBufferPointer(start: address, count: size)) { munmap(address, size) }
  }

  /// Writes the index under a temporary name and renames it, so another process never reads
  /// half a file; earlier indexes in the folder go.
  private func keep(_ lexicon: AnonymiserLexicon, fingerprint: UInt64) {
    guard let folder, let file = file(for: fingerprint) else { return }
    let manager = FileManager.default
    guard CacheFolder.make(folder) else { return }
    let temporary = folder.appendingPathComponent(
      ".\(Self.prefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    guard (try? Data(lexicon.index(fingerprint: fingerprint)).write(to: temporary)) != nil,
      rename(temporary.path, file.path) == 0
    else {
      try? manager.removeItem(at: temporary)
      return
    }
    for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
    where name.hasPrefix(Self.prefix) && name.hasSuffix(Self.suffix) && name != file.lastPathComponent {
      try? manager.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
