@_exported import CoreTestSupport
import Foundation
import TestSupport
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

// Shared helpers for the app tests: scripts from string literals, conversations played on a
// MemoryTerminal, temporary folders, byte searches for privacy checks, and running the built
// `praatmaat` executable in a sandbox of fresh folders.

// MARK: - Scripts and conversations

/// The month every in-process test conversation is kept under.
let testMonth = "2026-03"

/// A short script with one question of every kind the store keeps differently:
/// a choice, an age (`leeftijd`, kept as a band), an open question and a yes/no question.
let proefScript = """
  id: proef
  titel: Proef
  methode: gesprek
  thema: wonen
  fase: uitvoering
  versie: 1

  zeg: Hallo! Fijn dat je er bent.
  vraag: woonplek keuze
    tekst: Waar woon je?
    optie ouders: Bij mijn ouders
    optie groep: In een woongroep
    optie alleen: Alleen
    thema: wonen
    fase: agendavorming
  vraag: leeftijd getal
    tekst: Hoe oud ben je?
    min: 0
    max: 120
    thema: leeftijd
    fase: agendavorming
  vraag: verhaal open
    tekst: Vertel iets over je huis.
    thema: wonen, hulp
    fase: evaluatie
  vraag: hulp ja/nee
    tekst: Krijg je hulp thuis?
  zeg: Dank je wel. Tot ziens!
  """

/// A conversation played through a `SessionRunner` on a `MemoryTerminal`.
struct Played {
  var code: SessionCode
  var outcome: ConversationHost.Outcome
  var terminal: MemoryTerminal
  var output: [String] { terminal.output }
}

/// A memory terminal that calls `inspect` with the number of the read (1, 2, …) each time
/// the conversation waits for a line, to look at the store at exactly that moment.
final class InspectingTerminal: Terminal {
  private let inner: MemoryTerminal
  private let inspect: (Int) -> Void
  private var reads = 0

  init(typing lines: [String], inspect: @escaping (Int) -> Void) {
    inner = MemoryTerminal(typing: lines)
    self.inspect = inspect
  }

  var output: [String] { inner.output }
  func show(_ messages: [Message]) { inner.show(messages) }
  func note(_ line: String) { inner.note(line) }
  func readLine(prompt: String) -> TerminalInput {
    reads += 1
    inspect(reads)
    return inner.readLine(prompt: prompt)
  }
}

/// A runner on any terminal with the standard anonymiser, as the app builds it.
func sessionRunner(_ store: any AnswerStore, _ terminal: any Terminal) -> SessionRunner {
  SessionRunner(
    store: store, terminal: terminal, prompt: "> ", anonymiser: PackageContent.anonymiser, texts: dutch,
    words: PackageContent.words)
}

/// Starts a conversation and types `lines`; nil when there was no consent.
/// When the lines run out the terminal reports the end of input, which pauses.
func start(
  _ script: Script, typing lines: [String], store: any AnswerStore, seed: UInt64 = 1
) throws -> Played? {
  let terminal = MemoryTerminal(typing: lines)
  guard
    let (code, outcome) = try sessionRunner(store, terminal).start(
      script: script, seed: seed, municipality: "Utrecht", month: testMonth)
  else { return nil }
  return Played(code: code, outcome: outcome, terminal: terminal)
}

/// Resumes a conversation with the scripts in `library` and types `lines`.
func resume(
  _ code: SessionCode, typing lines: [String], store: any AnswerStore, library: ContentLibrary
) throws -> Played {
  let terminal = MemoryTerminal(typing: lines)
  let outcome = try sessionRunner(store, terminal).resume(code: code, library: library, month: testMonth)
  return Played(code: code, outcome: outcome, terminal: terminal)
}

// MARK: - Temporary folders

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
  let url: URL
  var path: String { url.path }

  init(_ label: String = "praatmaat-test") {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// A path inside the folder (nothing is created).
  func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

  /// A new subfolder.
  func folder(_ relative: String) -> URL {
    let sub = url.appendingPathComponent(relative, isDirectory: true)
    try! FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    return sub
  }
}

/// A `Content` folder with `scripts/`, so `SessionRunner.resume` can load edited scripts.
final class ContentFolder: @unchecked Sendable {
  let folder = TemporaryFolder("praatmaat-content")
  var library: ContentLibrary { ContentLibrary(root: folder.url.appendingPathComponent("Content")) }

  init(_ scripts: [String: String] = [:]) {
    _ = folder.folder("Content/scripts")
    for (id, source) in scripts { write(id, source) }
  }

  /// Writes (or overwrites) `Content/scripts/<id>.gesprek`.
  func write(_ id: String, _ source: String) {
    let file = library.scriptsFolder.appendingPathComponent("\(id).gesprek")
    try! Data(source.utf8).write(to: file)
  }
}

/// The POSIX permission bits of a file or folder.
func permissions(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return try #require(attributes[.posixPermissions] as? NSNumber).intValue & 0o777
}

/// Tests may run as root, where file modes do not stop reads or writes.
var runningAsRoot: Bool { getuid() == 0 }

// MARK: - Searching bytes

/// Every regular file under a folder, hidden ones included.
func files(under folder: URL) -> [URL] {
  guard
    let walker = FileManager.default.enumerator(
      at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [])
  else { return [] }
  return walker.compactMap { $0 as? URL }.filter {
    (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
  }
}

/// ASCII letters folded to lower case; other bytes stay as they are.
func foldedASCII(_ data: Data) -> Data {
  Data(data.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 })
}

/// Which of `needles` occur in `data`, ignoring ASCII case.
func hits(_ needles: [String], in data: Data) -> [String] {
  let haystack = foldedASCII(data)
  return needles.filter { haystack.range(of: foldedASCII(Data($0.utf8))) != nil }
}

/// `file: needle` for every needle found in any file under the folders or in the files.
func planted(_ needles: [String], in places: [URL]) -> [String] {
  var found: [String] = []
  for place in places {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: place.path, isDirectory: &isFolder) else { continue }
    for file in isFolder.boolValue ? files(under: place) : [place] {
      guard let data = FileManager.default.contents(atPath: file.path) else {
        found.append("\(file.path): unreadable")
        continue
      }
      if let isPublic = publicListIndex(file, data) {
        if !isPublic { found.append("\(file.path): an anonymiser index that is not the public lists") }
        continue
      }
      found += hits(needles, in: data).map { "\(file.path): \($0)" }
    }
  }
  return found
}

/// For the anonymiser's index in the cache (nil for any other file): whether it is, byte for
/// byte, the index made from the package's public word lists, and so holds nothing typed. It is
/// compared, not searched: its words are joined without a separator, so a made-up name can stand
/// inside two listed words that meet there.
func publicListIndex(_ file: URL, _ data: Data) -> Bool? {
  guard file.lastPathComponent.hasPrefix("anonimiseren-"), file.pathExtension == "index" else { return nil }
  guard data.count >= 16 else { return false }
  let fingerprint = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self) }
  return AnonymiserFixture.lexicon.index(fingerprint: fingerprint) == [UInt8](data)
}

// MARK: - The wonen script, answered

/// The question ids of Content/scripts/wonen.gesprek in the order `wonenAnswers` meets them.
let wonenQuestionIDs = [
  "woonplek", "thuis_fijn", "thuis_waarom", "veilig", "huur", "helpers", "hulp_dagen",
  "hulp_gemeente", "hulp_gaat", "hulp_waarom", "beter_wonen", "voorstel", "gemeente_weten",
]

/// One answer per question of wonen (own home, help from the municipality); consent not included.
func wonenAnswers(open: [String] = ["Het is rustig.", "Ze komt op tijd.", "Meer hulp.", "Niets meer."])
  -> [String]
{
  // The 5-step scales get a word: their first screen shows three options.
  ["2", "goed", open[0], "3", "2", "1 3", "3", "1", "goed", open[1], open[2], "2", open[3]]
}

/// Lines that show an answer was understood (and, since the host records first, kept).
func echoCount(_ stdout: String) -> Int {
  stdout.split(separator: "\n").filter {
    $0.hasPrefix(dutch[.youChose, ["keuze": ""]]) || $0.hasPrefix(dutch[.youTyped, ["getal": ""]])
      || $0.hasPrefix("Dank je.")
  }.count
}

/// The session code from "Je code is: KMT-4HX".
func sessionCode(in stdout: String) -> SessionCode? {
  guard let range = stdout.range(of: dutch.codeIs("")) else { return nil }
  return SessionCode(String(stdout[range.upperBound...].prefix(7)))
}

// MARK: - Every script in Content/scripts

/// The scripts in `Content/scripts`, with their method, for tests that cover every one.
/// A missing folder or an unreadable script stops the test run: a test over "every script"
/// must never pass over none.
let contentScripts: [(id: String, method: Method)] = {
  let folder = CLI.packageRoot.appendingPathComponent("Content/scripts")
  let files = try! FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
    .filter { $0.pathExtension == "gesprek" }.sorted { $0.path < $1.path }
  precondition(files.count >= 6, "Content/scripts has only \(files.count) scripts")
  return files.map { file in
    let source = try! String(contentsOf: file, encoding: .utf8)
    let script = ScriptParser(blocks: PackageContent.library.blocks()).parse(
      source, fileName: file.lastPathComponent
    )
    .script
    return (file.deletingPathExtension().lastPathComponent, script.header.method)
  }
}()

// MARK: - The praatmaat executable

/// The package and the built `praatmaat` executable next to the test bundle.
enum CLI {
  static let packageRoot = PackageFiles.root

  /// Next to the test bundle (`swift build --build-tests` builds both), else `.build/debug`.
  static let executable: URL? = {
    // Writing to a child that already exited must give EPIPE, not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    let bundle = Bundle.main.bundleURL
    let candidates = [
      bundle, bundle.deletingLastPathComponent(),
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      packageRoot.appendingPathComponent(".build/debug"),
    ].map { $0.appendingPathComponent("praatmaat") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  static var available: Bool { executable != nil }
}

/// What a finished `praatmaat` run left.
struct CLIResult {
  var status: Int32
  var reason: Process.TerminationReason
  var stdout: Data
  var stderr: Data
  var timedOut: Bool
  var out: String { String(decoding: stdout, as: UTF8.self) }
  var err: String { String(decoding: stderr, as: UTF8.self) }
  /// The non-empty lines on stderr.
  var errLines: [String] { err.split(separator: "\n").map(String.init) }
}

/// Reads a pipe on its own thread until the end, so a child never blocks on a full pipe.
final class PipeReader: @unchecked Sendable {
  private let condition = NSCondition()
  private var buffer = Data()
  private var ended = false
  private let pipe: Pipe

  init(_ pipe: Pipe) {
    self.pipe = pipe
    let descriptor = pipe.fileHandleForReading.fileDescriptor
    Thread.detachNewThread { [self] in
      var bytes = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let n = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if n < 0, errno == EINTR { continue }
        condition.lock()
        if n > 0 { buffer.append(contentsOf: bytes[0..<n]) } else { ended = true }
        condition.broadcast()
        condition.unlock()
        if n <= 0 { return }
      }
    }
  }

  var data: Data {
    condition.lock()
    defer { condition.unlock() }
    return buffer
  }

  var text: String { String(decoding: data, as: UTF8.self) }

  /// Waits until the text read so far satisfies `predicate`; false on timeout or end.
  func wait(timeout: TimeInterval, until predicate: (String) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while true {
      if predicate(String(decoding: buffer, as: UTF8.self)) { return true }
      if ended || !condition.wait(until: deadline) {
        return predicate(String(decoding: buffer, as: UTF8.self))
      }
    }
  }

  /// Waits for the end of the pipe; false on timeout.
  func waitForEnd(timeout: TimeInterval) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while !ended {
      if !condition.wait(until: deadline) { return ended }
    }
    return true
  }
}

/// Writes all bytes to a descriptor; stops quietly when the reader went away.
func writeAll(_ data: Data, to descriptor: Int32) {
  data.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
      let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
  }
}

/// A running `praatmaat` fed through a stdin pipe, for tests that type and kill.
final class LiveProcess {
  let process = Process()
  /// stdin of the child.
  let input = Pipe()
  let stdout: PipeReader
  let stderr: PipeReader

  init(_ sandbox: Sandbox, _ arguments: [String]) throws {
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.executableURL = try #require(CLI.executable, "build the praatmaat executable first")
    process.arguments = arguments
    process.environment = sandbox.environment
    process.currentDirectoryURL = sandbox.tmp
    process.standardInput = input
    process.standardOutput = outPipe
    process.standardError = errPipe
    stdout = PipeReader(outPipe)
    stderr = PipeReader(errPipe)
    try process.run()
    try? outPipe.fileHandleForWriting.close()
    try? errPipe.fileHandleForWriting.close()
    try? input.fileHandleForReading.close()
  }

  /// Types one line.
  func type(_ line: String) {
    writeAll(Data((line + "\n").utf8), to: input.fileHandleForWriting.fileDescriptor)
  }

  /// Closes stdin: the end of input.
  func closeInput() { try? input.fileHandleForWriting.close() }

  /// SIGKILL, and waits until the process is gone.
  func kill() {
    _ = Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    closeInput()
  }

  /// Waits for the process to end (killing it after `timeout`); true when it ended itself.
  @discardableResult
  func finish(timeout: TimeInterval = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(2_000) }
    let ended = !process.isRunning
    if !ended { kill() }
    process.waitUntilExit()
    _ = stdout.waitForEnd(timeout: 5)
    _ = stderr.waitForEnd(timeout: 5)
    return ended
  }

  var result: CLIResult {
    CLIResult(
      status: process.terminationStatus, reason: process.terminationReason, stdout: stdout.data,
      stderr: stderr.data, timedOut: false)
  }
}

/// Fresh folders for one run of the executable: the database folder, HOME, TMPDIR and
/// XDG_DATA_HOME, and an environment that points only there.
final class Sandbox: @unchecked Sendable {
  let root = TemporaryFolder("praatmaat-sandbox")
  let data: URL
  let home: URL
  let tmp: URL
  let xdg: URL
  /// `$PRAATMAAT_DB`: in a folder that does not exist yet.
  var database: String { data.appendingPathComponent("db/praatmaat.sqlite").path }
  var databaseFolder: URL { data.appendingPathComponent("db") }

  init() {
    data = root.folder("data")
    home = root.folder("home")
    tmp = root.folder("tmp")
    xdg = root.folder("xdg")
  }

  /// Folders searched before the usual PATH (for stand-in programs such as espeak-ng).
  var pathPrefix: [String] = []

  /// Variables set (or replaced) on top of the sandbox's own, such as `NO_COLOR`.
  var overrides: [String: String] = [:]

  var environment: [String: String] {
    [
      "PATH": (pathPrefix + [ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
        .joined(separator: ":"),
      "HOME": home.path,
      "TMPDIR": tmp.path,
      "XDG_DATA_HOME": xdg.path,
      "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
      "PRAATMAAT_DB": database,
      "PRAATMAAT_CONTENT": CLI.packageRoot.appendingPathComponent("Content").path,
      "LANG": "C.UTF-8",
    ].merging(overrides) { _, override in override }
  }

  /// Runs `praatmaat` with `input` on stdin (then the end of input) and waits for it.
  func run(_ arguments: [String], input: Data = Data(), timeout: TimeInterval = 20) throws -> CLIResult {
    let live = try LiveProcess(self, arguments)
    // A duplicate, so a large input is written on another thread while we wait here.
    let descriptor = dup(live.input.fileHandleForWriting.fileDescriptor)
    live.closeInput()
    Thread.detachNewThread {
      writeAll(input, to: descriptor)
      close(descriptor)
    }
    let ended = live.finish(timeout: timeout)
    var result = live.result
    result.timedOut = !ended
    return result
  }

  func run(_ arguments: [String], lines: [String], timeout: TimeInterval = 20) throws -> CLIResult {
    try run(arguments, input: Data(lines.map { $0 + "\n" }.joined().utf8), timeout: timeout)
  }

  /// The database as the app opens it.
  func openStore() throws -> SQLiteStore { try SQLiteStore(path: database) }

  /// Copies of every session here, under new codes and keys, finished: enough people for a
  /// publication round, so that a report shows what these conversations said.
  func copySessions(times: Int = 9) throws {
    let store = try openStore()
    let entries = try store.exportEntries()
    var copies: [SessionBundle.Entry] = []
    for _ in 0..<times {
      for var entry in entries {
        entry.code = SessionCode.random().value
        entry.recordKey = nil
        entry.status = .finished
        copies.append(entry)
      }
    }
    _ = try store.importEntries(copies)
  }
}
