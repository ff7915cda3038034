import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore
import PraatmaatSynthetic

// Benchmarks behind scripts/bench. Each prints a few lines of figures; nothing here is a test.
//   praatmaat-bench startup BINARY [RUNS]   `start wonen`: time to consent, and to the first question
//   praatmaat-bench commit [CONVERSATIONS] [DB]  one answer from typed line to committed row
//   praatmaat-bench generate DB SESSIONS [ANSWERS]  a database of made-up sessions
//   praatmaat-bench report BINARY DB [NAME…] time and peak memory of `report` per format (or the named ones)
//   praatmaat-bench anonymiser …             the anonymiser's figures (see AnonymiserBench.swift)
//   praatmaat-bench understanding …          how answers are read (see UnderstandingBench.swift)

func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))
  return sorted[index]
}

func milliseconds(_ d: Duration) -> Double {
  Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

/// The processor time this process has used so far (user and system), in seconds.
func processorSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func temporaryFolder() -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "praatmaat-bench-\(UUID().uuidString)")
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Starts `praatmaat start wonen` with a pipe for stdin and answers "ja" at once: the time to
/// the consent text, and to the first question after it (the database made, the session
/// kept). What a participant waits for after saying yes. Then answers the first question at
/// once: the word lists are read while a question is on screen, and an answer that comes
/// sooner than any person could type it waits for them.
func startup(binary: String, runs: Int) {
  // The consent question as the table says it: the moment it is on screen is measured.
  let consentQuestion = (try! ContentLibrary.locate().phraseBook())[.consentQuestion]
  var consent: [Double] = []
  var first: [Double] = []
  var answered: [Double] = []
  for _ in 0..<runs {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["start", "wonen"]
    var env = ProcessInfo.processInfo.environment
    env["PRAATMAAT_DB"] = folder.appendingPathComponent("db/bench.sqlite").path
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let clock = ContinuousClock()
    let began = clock.now
    try! process.run()
    input.fileHandleForWriting.write(Data("ja\n".utf8))
    var seen = Data()
    var consentAt: Double?
    while true {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen.append(chunk)
      let text = String(decoding: seen, as: UTF8.self)
      if consentAt == nil, text.contains(consentQuestion) { consentAt = milliseconds(clock.now - began) }
      if text.contains("Waar woon je?") { break }
    }
    first.append(milliseconds(clock.now - began))
    consent.append(consentAt ?? first.last!)
    // The first option, typed the moment the question is there: timed to the next output.
    let asked = clock.now
    input.fileHandleForWriting.write(Data("1\n".utf8))
    if !output.fileHandleForReading.availableData.isEmpty { answered.append(milliseconds(clock.now - asked)) }
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
  print(
    String(
      format: "start to consent text: median %.1f ms, p90 %.1f ms (%d runs)", percentile(consent, 0.5),
      percentile(consent, 0.9), runs))
  print(
    String(
      format:
        "start to first question after an immediate \"ja\" (database made; the word lists are read once it is on screen): median %.1f ms, p90 %.1f ms, max %.1f ms",
      percentile(first, 0.5), percentile(first, 0.9), first.max() ?? 0))
  print(
    String(
      format:
        "first question to the reply to an answer typed at once (the word lists read, the answer kept): median %.1f ms, p90 %.1f ms (%d runs)",
      percentile(answered, 0.5), percentile(answered, 0.9), answered.count))
}

/// A terminal that types the answers of whole wonen conversations and times each one from the
/// moment its line is handed over until the conversation asks for the next line: the engine,
/// the anonymiser, the recorder's committed transaction and the echo, as in a conversation.
final class TimingTerminal: Terminal {
  private var lines: [String]
  private var handedAt: ContinuousClock.Instant?
  private var handedOpen = false
  private let clock = ContinuousClock()
  var closed: [Double] = []
  var open: [Double] = []

  init(_ lines: [String]) { self.lines = lines }

  func show(_ messages: [Message]) {}
  func note(_ line: String) {}

  func readLine(prompt: String) -> TerminalInput {
    if let handedAt {
      let ms = milliseconds(clock.now - handedAt)
      if handedOpen { open.append(ms) } else { closed.append(ms) }
      self.handedAt = nil
    }
    guard !lines.isEmpty else { return .endOfInput }
    let line = lines.removeFirst()
    // The consent answer is not timed; the others are answers to questions.
    if line != "ja" || !closed.isEmpty || !open.isEmpty {
      handedAt = clock.now
      handedOpen = line.contains(" ")
    }
    return .line(line)
  }
}

/// Whole wonen conversations on a database file (or `database`, such as a server), through the
/// real runner, host, anonymiser and recorder: the time of one answer from typed line to
/// committed row (p50, p99).
func commit(conversations: Int, database: String?) {
  let folder = temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let path = database ?? folder.appendingPathComponent("bench.sqlite").path
  let library = try! ContentLibrary.locate()
  let script = try! library.loadScript("wonen")
  let anonymiser = try! Anonymisers.load(from: library)
  let open = [
    "Het is rustig en mijn begeleider Jan komt op dinsdag.", "Ze komt altijd op tijd, fijn.",
    "Meer hulp met de post van de gemeente.", "Ik wil graag een eigen huis in Utrecht.",
  ]
  let answers = ["ja", "2", "4", open[0], "3", "2", "1 3", "3", "1", "4", open[1], open[2], "2", open[3]]
  var closed: [Double] = []
  var free: [Double] = []
  let texts = try! library.phraseBook()
  for _ in 0..<conversations {
    let terminal = TimingTerminal(answers)
    let runner = SessionRunner(
      database: StoreAccess(path: path), terminal: terminal, prompt: "", anonymiser: anonymiser,
      texts: texts)
    _ = try! runner.start(script: script, seed: 1, municipality: "Utrecht", month: "2026-11")
    closed += terminal.closed
    free += terminal.open
  }
  let all = closed + free
  let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) ?? 0
  print(
    String(
      format:
        "one answer, typed line to committed row (real host, anonymiser, recorder; %@): p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d answers in %d conversations)",
      (database == nil ? "SQLite, synchronous=FULL, WAL" : "PostgreSQL") as NSString,
      percentile(all, 0.5), percentile(all, 0.99), all.max() ?? 0, all.count, conversations))
  print(
    String(
      format: "  closed answers p50 %.3f ms, p99 %.3f ms; open answers p50 %.3f ms, p99 %.3f ms",
      percentile(closed, 0.5), percentile(closed, 0.99), percentile(free, 0.5), percentile(free, 0.99)))
  if database == nil {
    print(String(format: "database size: %.2f MiB for %d answers", Double(size) / 1_048_576, all.count))
  }
}

/// Fills a database with made-up sessions for report benchmarks: `answers` in all when given
/// (sessions then keep a random part of their answers), else every question answered.
func generate(path: String, sessions: Int, answers: Int?) {
  let library = try! ContentLibrary.locate()
  let store = try! Stores.open(path)
  var synthetic = SyntheticSessions(
    scripts: Array(library.catalogue().values), seed: 42, averageAnswers: answers.map { $0 / sessions })
  // A region: five municipalities, a whole year.
  synthetic.places = ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten"]
  synthetic.months = 1...12
  let clock = ContinuousClock()
  let began = clock.now
  var done = 0
  while done < sessions {
    let batch = min(2_000, sessions - done)
    _ = try! store.importEntries(synthetic.entries(count: batch, first: done))
    done += batch
  }
  let (s, a) = try! store.counts()
  print(
    String(
      format: "generated %d sessions, %d answers in %.1f s", s, a, milliseconds(clock.now - began) / 1000))
}

/// Runs a command and returns its wall time, peak memory (maximum resident set size), exit status
/// and processor time (user and system, all cores together); its standard input is `input` when
/// given, its output goes to /dev/null.
func measure(_ arguments: [String], input: String? = nil) -> (
  seconds: Double, megabytes: Double, status: Int32, cpu: Double
) {
  var pid: pid_t = 0
  let argv = arguments.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  if let input { posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0) }
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  defer { posix_spawn_file_actions_destroy(&actions) }
  let clock = ContinuousClock()
  let began = clock.now
  guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return (0, 0, -1, 0) }
  var status: Int32 = 0
  var usage = rusage()
  wait4(pid, &status, 0, &usage)
  let seconds = milliseconds(clock.now - began) / 1000
  let cpu = [usage.ru_utime, usage.ru_stime].reduce(0.0) { $0 + Double($1.tv_sec) + Double($1.tv_usec) / 1e6 }
  return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xff, cpu)
}

/// Times `praatmaat report` in every format on a database, or only the runs named in `only`.
func report(binary: String, path: String, only: [String]) {
  let runs: [(String, [String])] =
    ["markdown", "json", "csv", "html"].map { ($0, ["--format", $0]) } + [
      ("deelnemers markdown", ["--audience", "deelnemers"]),
      ("deelnemers html", ["--audience", "deelnemers", "--format", "html"]),
      ("compare gemeenten", ["--compare", "gemeenten"]),
    ]
  // Only when asked for: on a server, the same report with every answer read and counted here.
  let asked: [(String, [String])] = [("markdown-counted-here", ["--count-here"])]
  for (name, flags) in runs + asked.filter({ only.contains($0.0) }) where only.isEmpty || only.contains(name)
  {
    let (seconds, megabytes, status, _) = measure([binary, "report", "--db", path] + flags)
    print(
      String(
        format: "report %-20@ %6.2f s  peak %6.1f MB  (exit %d)", name as NSString, seconds, megabytes, status
      ))
  }
  guard only.isEmpty else { return }
  let out = path + ".qdpx"
  let (seconds, megabytes, status, _) = measure([
    binary, "export", "--db", path, "--format", "qdpx", "--out", out,
  ])
  try? FileManager.default.removeItem(atPath: out)
  print(
    String(
      format: "export %-20@ %6.2f s  peak %6.1f MB  (exit %d)", "qdpx" as NSString, seconds, megabytes, status
    ))
}

let arguments = CommandLine.arguments.dropFirst()
/// `NAME=PATH` arguments, for the benchmarks that score sets side by side.
func namedSets(_ arguments: ArraySlice<String>) -> [(name: String, path: String)] {
  arguments.filter { $0.contains("=") && !$0.hasPrefix("--") }.map { pair in
    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
    return (parts[0], parts[1])
  }
}

switch arguments.first {
case "startup":
  guard let binary = arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench startup BINARY [RUNS]\n".utf8))
    exit(2)
  }
  startup(binary: binary, runs: arguments.dropFirst(2).first.flatMap { Int($0) } ?? 20)
case "commit":
  commit(
    conversations: arguments.dropFirst().first.flatMap { Int($0) } ?? 500,
    database: arguments.dropFirst(2).first)
case "generate":
  let rest = Array(arguments.dropFirst())
  guard (2...3).contains(rest.count), let sessions = Int(rest[1]), sessions > 0,
    rest.count == 2 || Int(rest[2]) != nil
  else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench generate DB SESSIONS [ANSWERS]\n".utf8))
    exit(2)
  }
  generate(path: rest[0], sessions: sessions, answers: rest.count == 3 ? Int(rest[2]) : nil)
case "report":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench report BINARY DB [NAME...]\n".utf8))
    exit(2)
  }
  report(binary: rest[0], path: rest[1], only: Array(rest.dropFirst(2)))
case "anonymiser":
  let rest = Array(arguments.dropFirst())
  let corpus = rest.first { $0.hasPrefix("--corpus=") }.map { String($0.dropFirst("--corpus=".count)) }
  let sets = namedSets(rest.dropFirst())
  guard rest.count >= 2, !sets.isEmpty else {
    FileHandle.standardError.write(
      Data("usage: praatmaat-bench anonymiser CONTENT NAME=SET... [--corpus=FILE] [--verbose]\n".utf8))
    exit(2)
  }
  AnonymiserBench.run(content: rest[0], sets: sets, corpus: corpus, verbose: rest.contains("--verbose"))
case "understanding":
  let rest = Array(arguments.dropFirst())
  let sets = namedSets(rest.dropFirst())
  guard rest.count >= 2, !sets.isEmpty else {
    FileHandle.standardError.write(
      Data("usage: praatmaat-bench understanding CONTENT NAME=SET... [--verbose]\n".utf8))
    exit(2)
  }
  UnderstandingBench.run(content: rest[0], sets: sets, verbose: rest.contains("--verbose"))
case "labeller-rows":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 3 else {
    FileHandle.standardError.write(
      Data("usage: praatmaat-bench labeller-rows CONTENT OUT LABELLED...\n".utf8))
    exit(2)
  }
  LabellerRows.write(content: rest[0], out: rest[1], files: Array(rest.dropFirst(2)))
case "anonymiser-corpus":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench anonymiser-corpus DEVSET OUT [MB]\n".utf8))
    exit(2)
  }
  AnonymiserBench.writeCorpus(
    devSet: rest[0], out: rest[1], megabytes: rest.count > 2 ? Double(rest[2]) ?? 5 : 5)
case "anonymiser-score":
  let triples = arguments.dropFirst().map { $0.split(separator: "=", maxSplits: 2).map(String.init) }
  guard !triples.isEmpty, triples.allSatisfy({ $0.count == 3 }) else {
    FileHandle.standardError.write(
      Data("usage: praatmaat-bench anonymiser-score NAME=SET=SPANS.jsonl...\n".utf8))
    exit(2)
  }
  AnonymiserBench.score(triples.map { ($0[0], $0[1], $0[2]) })
case "anonymiser-cli":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench anonymiser-cli BINARY CORPUS\n".utf8))
    exit(2)
  }
  AnonymiserBench.cli(binary: rest[0], corpus: rest[1])
default:
  FileHandle.standardError.write(
    Data("usage: praatmaat-bench startup BINARY [RUNS] | commit [CONVERSATIONS]\n".utf8))
  exit(2)
}
