import Foundation
import PraatmaatCore

/// Where the anonymiser's lexicon is kept ready between starts: built from the list texts
/// once, written as one index file, and mapped into memory at the next start, where lookups
/// read it in place (a few milliseconds instead of building it again).
///
/// The folder is `$PRAATMAAT_CACHE`, else `$XDG_CACHE_HOME/praatmaat`, else
/// `~/.cache/praatmaat`; `PRAATMAAT_CACHE=off` turns it off. The file is named after the
/// fingerprint of the list files (their size, last change and identity) and of the program's
/// own file, so changed lists or another build of praatmaat build anew. It holds only the public
/// word lists, never anything a person typed. Whatever goes wrong with it (no folder, a full
/// disk, a damaged file) costs only time: the lexicon is then built from the texts.
struct LexiconIndexCache {
  let folder: URL?

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    folder = Self.folder(environment)
  }

  /// praatmaat's cache folder; nil when it is turned off or there is no home.
  static func folder(_ environment: [String: String]) -> URL? {
    if let chosen = environment["PRAATMAAT_CACHE"], !chosen.isEmpty {
      return chosen == "off" ? nil : URL(fileURLWithPath: chosen)
    } else if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return URL(fileURLWithPath: cache).appendingPathComponent("praatmaat")
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      return URL(fileURLWithPath: home).appendingPathComponent(".cache/praatmaat")
    }
    return nil
  }

  /// Makes the cache folder (0700) when it is not there; false when it cannot be made.
  static func make(_ folder: URL) -> Bool {
    (try? FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
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
      guard let signature = signature(of: listsFolder.appendingPathComponent(name).path) else { return nil }
      signatures[name] = signature
    }
    guard let program = programSignature else { return nil }
    return AnonymiserLexicon.fingerprint(ofListFiles: signatures, program: program)
  }

  /// What the file system says of a file: device, file number, size and last change.
  static func signature(of path: String) -> [UInt64]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Glibc)
      let changed = info.st_mtim
    #else
      let changed = info.st_mtimespec
    #endif
    return [
      UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
      UInt64(bitPattern: Int64(changed.tv_sec)), UInt64(bitPattern: Int64(changed.tv_nsec)),
    ]
  }

  /// This program's own file: a new build reads nothing an older one kept.
  static let programSignature: [UInt64]? = Bundle.main.executablePath.flatMap(signature(of:))

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
    guard Self.make(folder) else { return }
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
