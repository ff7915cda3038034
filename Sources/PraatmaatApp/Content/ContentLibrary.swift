import Foundation
import PraatmaatCore

/// Finds and reads the scripts in `Content/scripts`.
public struct ContentLibrary: Sendable {
  /// The script file extension: plain Dutch, and taken by no well-known format.
  public static let scriptExtension = "gesprek"
  public static let transcriptExtension = "transcript"

  public let root: URL
  public var scriptsFolder: URL { root.appendingPathComponent("scripts") }
  /// The word lists for the language check: `jargon.txt`, `beeldspraak.txt`, `afkortingen.txt`.
  public var languageFolder: URL { root.appendingPathComponent("taal") }

  public init(root: URL) { self.root = root }

  /// `$PRAATMAAT_CONTENT`, else the first `Content` folder above the executable or the
  /// working directory.
  public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(AppError) -> ContentLibrary
  {
    if let explicit = environment["PRAATMAAT_CONTENT"], !explicit.isEmpty {
      return ContentLibrary(root: URL(fileURLWithPath: explicit))
    }
    var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    starts.append(executable.deletingLastPathComponent())
    for start in starts {
      var folder = start.standardizedFileURL
      while true {
        let candidate = folder.appendingPathComponent("Content")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("scripts").path) {
          return ContentLibrary(root: candidate)
        }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    throw AppError.content(.noContentFolder)
  }

  /// Every script file, sorted by name.
  public func scriptFiles() throws(AppError) -> [URL] {
    try Self.scriptFiles(in: scriptsFolder)
  }

  static func scriptFiles(in folder: URL) throws(AppError) -> [URL] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw AppError.content(.unreadableFolder(folder.path))
    }
    return names.filter { $0.hasSuffix("." + scriptExtension) }.sorted()
      .map { folder.appendingPathComponent($0) }
  }

  /// Script files for the paths given on the command line: files, or folders of scripts.
  /// No paths: all of `Content/scripts`.
  public func scriptFiles(for paths: [String]) throws(AppError) -> [URL] {
    guard !paths.isEmpty else { return try scriptFiles() }
    var files: [URL] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw AppError.content(.noSuchFile(path))
      }
      let url = URL(fileURLWithPath: path)
      if isFolder.boolValue {
        files += try Self.scriptFiles(in: url)
      } else if url.pathExtension == Self.transcriptExtension {
        // A transcript is tested with the script beside it.
        let script = url.deletingPathExtension().appendingPathExtension(Self.scriptExtension)
        guard FileManager.default.fileExists(atPath: script.path) else {
          throw AppError.content(.transcriptWithoutScript(transcript: path, script: script.lastPathComponent))
        }
        files.append(script)
      } else {
        files.append(url)
      }
    }
    return files
  }

  /// Whether a script argument names a file rather than an id in `Content/scripts`.
  public static func isPath(_ idOrPath: String) -> Bool {
    idOrPath.contains("/") || idOrPath.hasSuffix("." + scriptExtension)
  }

  /// A script by id (from `Content/scripts`) or by path; refuses scripts with errors.
  public func loadScript(_ idOrPath: String) throws(AppError) -> Script {
    let file: URL
    if Self.isPath(idOrPath) {
      file = URL(fileURLWithPath: idOrPath)
    } else {
      let named = scriptsFolder.appendingPathComponent("\(idOrPath).\(Self.scriptExtension)")
      if FileManager.default.fileExists(atPath: named.path) {
        file = named
      } else if let found = try scriptFiles().first(where: {
        (try? SourceFile.read($0)).map {
          ScriptParser(blocks: blocks(for: nil)).parse($0.text, fileName: $0.name).script.id == idOrPath
        } ?? false
      }) {
        file = found
      } else {
        let known = (try? scriptFiles().map { $0.deletingPathExtension().lastPathComponent }) ?? []
        throw AppError.content(.unknownScript(TextSafety.clean(idOrPath), known: known))
      }
    }
    let source = try SourceFile.read(file)
    let shared = blocks(for: file)
    // The language rules are skipped for a text that passed them before (`CheckedScriptCache`).
    let checked = CheckedScriptCache()
    var checker = ScriptChecker()
    checker.checksLanguage = !checked.passed(source.text, blocks: shared)
    let (script, diagnostics) = checker.check(source: source.text, fileName: source.name, blocks: shared)
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw AppError.content(.scriptHasErrors(source.name))
    }
    if checker.checksLanguage { checked.remember(source.text, blocks: shared) }
    if Self.isPath(idOrPath), let problem = idTaken(by: script, file: file) {
      throw AppError.content(.idTaken(problem))
    }
    return script
  }

  /// Whether a script with this id is in Content/scripts.
  public func hasScript(_ id: String) -> Bool {
    FileManager.default.fileExists(
      atPath: scriptsFolder.appendingPathComponent("\(id).\(Self.scriptExtension)").path)
      || catalogue()[id] != nil
  }

  /// Why a script file outside Content/scripts may not use its id: a script of Content has it,
  /// with other questions or options. Its answers would be counted as that script's, and a
  /// bundle with them would not fit on another laptop.
  public func idTaken(by script: Script, file: URL) -> String? {
    let own = scriptsFolder.standardizedFileURL.resolvingSymlinksInPath().path
    let place = file.standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent().path
    guard place != own, hasScript(script.id), let builtIn = try? loadScript(script.id) else { return nil }
    let shape = { (s: Script) in s.questions.map { "\($0.id):\($0.kind.word):\($0.options.map(\.id))" } }
    guard shape(builtIn) != shape(script) || builtIn.header.version != script.header.version else {
      return nil
    }
    return
      "Het id '\(script.id)' is al van een script in Content/scripts, met andere vragen. Geef dit script een eigen id (regel 'id:')."
  }
}

extension ContentLibrary {
  /// Every script that can be started, and for each file that cannot, why (one line each):
  /// errors, or the same id as a script before it.
  public func usableScripts() -> (scripts: [Script], problems: [String]) {
    var scripts: [Script] = []
    var problems: [String] = []
    var seen: [String: String] = [:]
    let files: [URL]
    do {
      files = try scriptFiles()
    } catch {
      return ([], ["\(error)"])
    }
    for file in files {
      let name = SourceFile.relativeName(file)
      do {
        let script = try loadScript(file.path)
        if let first = seen[script.id] {
          problems.append(
            "Het script \(name) heeft hetzelfde id '\(script.id)' als \(first) en doet niet mee. Kijk met: praatmaat check"
          )
          continue
        }
        seen[script.id] = name
        scripts.append(script)
      } catch {
        problems.append("\(error)")
      }
    }
    return (scripts, problems)
  }
}

/// The word lists from `Content/taal/`, the problems found in them, and their text for
/// showing a problem's line.
public struct LanguageListFiles: Sendable {
  public var lists: LanguageLists
  public var problems: [Diagnostic] = []
  /// File name (as in the diagnostics) → its text.
  public var sources: [String: String] = [:]

  /// Just the built-in lists: for scripts checked outside a Content folder.
  public static let builtIn = LanguageListFiles(lists: .builtIn)
}

extension ContentLibrary {
  /// Reads the word lists; a list file that is missing falls back to the built-in list,
  /// so a Content folder without `taal/` still gets checked.
  public func languageLists() throws(AppError) -> LanguageListFiles {
    var files = LanguageListFiles(lists: .builtIn)
    func read(_ name: String) throws(AppError) -> [LanguageLists.Entry]? {
      let url = languageFolder.appendingPathComponent(name)
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      let source = try SourceFile.read(url)
      let (entries, problems) = LanguageLists.parse(source.text, fileName: source.name)
      files.problems += problems
      files.sources[source.name] = source.text
      return entries
    }
    if let jargon = try read("jargon.txt") { files.lists.jargon = jargon }
    if let figurative = try read("beeldspraak.txt") { files.lists.figurative = figurative }
    if let abbreviations = try read("afkortingen.txt") { files.lists.abbreviations = abbreviations }
    return files
  }
}

/// A text file read for parsing, with the name used in diagnostics.
public struct SourceFile: Sendable {
  public var name: String
  public var text: String

  /// Refuses files that are not text: unreadable, too big, NUL bytes or invalid UTF-8.
  public static func read(_ url: URL) throws(AppError) -> SourceFile {
    let name = relativeName(url)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw AppError.content(.unreadable(name))
    }
    guard data.count <= 4 << 20 else { throw AppError.content(.tooLarge(name)) }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      throw AppError.content(.notText(name))
    }
    return SourceFile(name: name, text: text)
  }

  static func relativeName(_ url: URL) -> String {
    let cwd = FileManager.default.currentDirectoryPath + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
  }
}
