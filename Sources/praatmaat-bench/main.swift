import Foundation
import PraatmaatApp
import PraatmaatCore
import PraatmaatStore

// Benchmarks behind scripts/bench. Each prints a few lines of figures; nothing here is a test.
//   praatmaat-bench startup BINARY [RUNS]   time from `start wonen` to the first question
//   praatmaat-bench commit [ANSWERS]        time to commit one answer, and database size
//   praatmaat-bench generate DB SESSIONS [ANSWERS]  a database of made-up sessions
//   praatmaat-bench report BINARY DB         time and peak memory of `report` per format
//   praatmaat-bench anonymiser …             the anonymiser's figures (see AnonymiserBench.swift)

func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))
  return sorted[index]
}

func milliseconds(_ d: Duration) -> Double {
  Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
}

func temporaryFolder() -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "praatmaat-bench-\(UUID().uuidString)")
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Starts the program with a pipe for stdin and waits for the first question line.
func startup(binary: String, runs: Int) {
  var times: [Double] = []
  for _ in 0..<runs {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = ["start", "wonen"]
    var env = ProcessInfo.processInfo.environment
    env["PRAATMAAT_DB"] = folder.appendingPathComponent("bench.sqlite").path
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let clock = ContinuousClock()
    let began = clock.now
    try! process.run()
    var seen = Data()
    // The first question is the consent question, ending in its hint line.
    while !String(decoding: seen, as: UTF8.self).contains(Phrases.hintChoice) {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      seen.append(chunk)
    }
    times.append(milliseconds(clock.now - began))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
  print(
    String(
      format: "startup to first question: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)",
      percentile(times, 0.5), percentile(times, 0.9), times.max() ?? 0, runs))
}

/// Commits answers one transaction each, with synchronous=FULL, like a conversation does.
func commit(answers: Int) {
  let folder = temporaryFolder()
  defer { try? FileManager.default.removeItem(at: folder) }
  let path = folder.appendingPathComponent("bench.sqlite").path
  let store = try! SQLiteStore(path: path)
  let code = SessionCode.random()
  var state = ConversationState(scriptID: "wonen", scriptVersion: 1, seed: 1)
  try! store.create(
    SessionRecord(
      code: code, scriptID: "wonen", scriptVersion: 1, method: .gesprek, municipality: "Utrecht",
      status: .running, month: "2026-11", state: state))
  let anonymiser = Anonymisers.standard()
  let clock = ContinuousClock()
  var times: [Double] = []
  for i in 0..<answers {
    let open = i % 3 == 0
    let value: AnswerValue =
      open
      ? .text("Ik vind het fijn dat mijn begeleider elke week \(i % 7) keer komt.") : .option("\(i % 5 + 1)")
    let event = AnswerEvent(
      questionID: "vraag-\(i)", kind: open ? .open : .scale(5), themes: ["wonen", "hulp"],
      phases: [.uitvoering], value: value, answeredBy: .participant)
    state.history.append(event.questionID)
    let began = clock.now
    let record = AnswerRecord.keeping(
      event, script: Script(header: ScriptHeader(), sections: [], fileName: ""), month: "2026-11",
      anonymiser: anonymiser)
    try! store.record(record, session: code, state: state)
    times.append(milliseconds(clock.now - began))
    if state.history.count > 50 { state.history.removeFirst(25) }
  }
  let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) ?? 0
  let wal = ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0) ?? 0
  print(
    String(
      format: "commit one answer (synchronous=FULL, WAL): p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d answers)",
      percentile(times, 0.5), percentile(times, 0.99), times.max() ?? 0, answers))
  print(
    String(
      format: "database size: %.2f MiB for %d answers (+ WAL %.2f MiB before checkpoint)",
      Double(size) / 1_048_576, answers, Double(wal) / 1_048_576))
}

/// Fills a database with made-up sessions for report benchmarks: `answers` in all when given
/// (sessions then keep a random part of their answers), else every question answered.
func generate(path: String, sessions: Int, answers: Int?) {
  let library = try! ContentLibrary.locate()
  let store = try! SQLiteStore(path: path)
  var synthetic = SyntheticSessions(
    scripts: Array(library.catalogue().values), seed: 42, averageAnswers: answers.map { $0 / sessions })
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

/// Runs a command and returns its wall time and peak memory (maximum resident set size).
func measure(_ arguments: [String]) -> (seconds: Double, megabytes: Double, status: Int32) {
  var pid: pid_t = 0
  let argv = arguments.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  defer { posix_spawn_file_actions_destroy(&actions) }
  let clock = ContinuousClock()
  let began = clock.now
  guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return (0, 0, -1) }
  var status: Int32 = 0
  var usage = rusage()
  wait4(pid, &status, 0, &usage)
  let seconds = milliseconds(clock.now - began) / 1000
  return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xff)
}

/// Times `praatmaat report` in every format on a database.
func report(binary: String, path: String) {
  for format in ["markdown", "json", "csv", "html"] {
    let (seconds, megabytes, status) = measure([binary, "report", "--db", path, "--format", format])
    print(
      String(
        format: "report %-8@ %6.2f s  peak %6.1f MB  (exit %d)", format as NSString, seconds, megabytes,
        status))
  }
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "startup":
  guard let binary = arguments.dropFirst().first else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench startup BINARY [RUNS]\n".utf8))
    exit(2)
  }
  startup(binary: binary, runs: arguments.dropFirst(2).first.flatMap { Int($0) } ?? 20)
case "commit":
  commit(answers: arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000)
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
  guard rest.count == 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench report BINARY DB\n".utf8))
    exit(2)
  }
  report(binary: rest[0], path: rest[1])
case "anonymiser":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2 else {
    FileHandle.standardError.write(
      Data("usage: praatmaat-bench anonymiser CONTENT DEVSET [--verbose]\n".utf8))
    exit(2)
  }
  AnonymiserBench.run(content: rest[0], devSet: rest[1], verbose: rest.contains("--verbose"))
case "anonymiser-corpus":
  let rest = Array(arguments.dropFirst())
  guard rest.count >= 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench anonymiser-corpus DEVSET OUT [MB]\n".utf8))
    exit(2)
  }
  AnonymiserBench.writeCorpus(
    devSet: rest[0], out: rest[1], megabytes: rest.count > 2 ? Double(rest[2]) ?? 5 : 5)
case "anonymiser-score":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench anonymiser-score DEVSET SPANS.jsonl\n".utf8))
    exit(2)
  }
  AnonymiserBench.score(devSet: rest[0], spans: rest[1])
case "anonymiser-cli":
  let rest = Array(arguments.dropFirst())
  guard rest.count == 2 else {
    FileHandle.standardError.write(Data("usage: praatmaat-bench anonymiser-cli BINARY CORPUS\n".utf8))
    exit(2)
  }
  AnonymiserBench.cli(binary: rest[0], corpus: rest[1])
default:
  FileHandle.standardError.write(
    Data("usage: praatmaat-bench startup BINARY [RUNS] | commit [ANSWERS]\n".utf8))
  exit(2)
}
