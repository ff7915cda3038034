import Foundation

/// praatmaat's cache folder, where what was worked out once is kept ready for the next start
/// (`LexiconIndexCache`, `CheckedScriptCache`): `$PRAATMAAT_CACHE`, else
/// `$XDG_CACHE_HOME/praatmaat`, else `~/.cache/praatmaat`; `PRAATMAAT_CACHE=off` turns it off.
/// It holds nothing a person typed. What is kept there is named after the files it was made
/// from and after this program's own file, so a new build never reads what an older one kept.
enum CacheFolder {
  /// The folder; nil when it is turned off or there is no home.
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

  /// Makes the folder (0700) when it is not there; false when it cannot be made.
  static func make(_ folder: URL) -> Bool {
    (try? FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
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

  /// This program's own file.
  static let programSignature: [UInt64]? = Bundle.main.executablePath.flatMap(signature(of:))
}
