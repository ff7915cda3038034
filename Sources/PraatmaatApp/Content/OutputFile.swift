import Foundation

/// Where `--out` may write: `-` for standard output, or a regular file that is created or
/// replaced atomically and is 0600 from its first byte. Devices, FIFOs, folders and symbolic
/// links are refused without being opened, and so are the database, its side files (the
/// session locks among them) and any other SQLite file: a report written over the database
/// would destroy every answer in it.
public enum OutputFile {
  /// `--out -`: standard output.
  public static let standardOutput = "-"

  /// Why `out` must not be written, or nil when it may. Looks with `lstat` only: a FIFO is
  /// never opened (that would hang) and a device is never touched.
  public static func refusal(_ out: String, database: String) -> String? {
    if out == standardOutput { return nil }
    if out.isEmpty { return "--out is leeg. Geef een bestandsnaam, of - voor het scherm." }
    var info = stat()
    if lstat(out, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: break
      case S_IFLNK: return "\(out) is een snelkoppeling (symlink); geef de echte bestandsnaam."
      case S_IFDIR: return "\(out) is een map; geef een bestandsnaam in die map."
      default: return "\(out) is geen gewoon bestand (maar een apparaat of pijp); kies een bestandsnaam."
      }
    } else if errno != ENOENT {
      return "Kan \(out) niet bekijken: \(String(cString: strerror(errno)))."
    }
    let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
    var folderInfo = stat()
    guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
      return "De map \(folder) bestaat niet."
    }
    let target = canonical(out)
    for file in [
      database, database + "-wal", database + "-shm", database + "-journal", database + "-sessies",
    ]
    where canonical(file) == target {
      return "\(out) is de database zelf (of een bestand ervan); kies een andere naam."
    }
    // Only a regular file gets here: reading its first bytes cannot hang.
    if info.st_mode & S_IFMT == S_IFREG, let handle = FileHandle(forReadingAtPath: out) {
      defer { try? handle.close() }
      if (try? handle.read(upToCount: 16)) == Data("SQLite format 3\u{0}".utf8) {
        return "\(out) is een database; kies een andere naam."
      }
    }
    return nil
  }

  /// Writes `data` to `out` (after `refusal` said yes): to standard output for `-`, else to a
  /// new file beside it, made 0600 from the start, synced, then renamed over `out`.
  public static func write(_ data: Data, to out: String) throws(AppError) {
    if out == standardOutput {
      FileHandle.standardOutput.write(data)
      return
    }
    let url = URL(fileURLWithPath: out)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max))")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw AppError.usage("Kan \(out) niet schrijven: \(String(cString: strerror(errno))).")
    }
    var failed: Int32 = 0
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count, failed == 0 {
        let n = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failed = errno
        } else {
          offset += n
        }
      }
    }
    if failed == 0, fsync(descriptor) != 0 { failed = errno }
    close(descriptor)
    if failed == 0, rename(temporary.path, out) != 0 { failed = errno }
    if failed != 0 {
      unlink(temporary.path)
      throw AppError.usage("Kan \(out) niet schrijven: \(String(cString: strerror(failed))).")
    }
  }

  static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
