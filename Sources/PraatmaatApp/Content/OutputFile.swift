import Foundation

/// Where `--out` may write. A report or bundle written over the database (or its side files,
/// or any other SQLite database) would destroy every answer in it.
public enum OutputFile {
  /// Why `out` must not be written, or nil when it may.
  public static func refusal(_ out: String, database: String) -> String? {
    let target = canonical(out)
    for file in [database, database + "-wal", database + "-shm", database + "-journal"]
    where canonical(file) == target {
      return "\(out) is de database zelf (of een bestand ervan); kies een andere naam."
    }
    if let handle = FileHandle(forReadingAtPath: out) {
      defer { try? handle.close() }
      let head = (try? handle.read(upToCount: 16)) ?? Data()
      if head == Data("SQLite format 3\u{0}".utf8) {
        return "\(out) is een database; kies een andere naam."
      }
    }
    return nil
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
