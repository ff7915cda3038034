import Foundation
import PraatmaatApp
import PraatmaatCore

// The anonymiser figures behind `scripts/bench anonymiser`.
//   praatmaat-bench anonymiser CONTENT NAME=SET... [--verbose]  load time, scores per set, throughput
//   praatmaat-bench anonymiser-corpus DEVSET OUT [MB]           the dev set's texts repeated to MB
//   praatmaat-bench anonymiser-score NAME=SET=SPANS.jsonl...     scores of spans found by another tool
//   praatmaat-bench anonymiser-cli BINARY CORPUS                `praatmaat anonymise`: start-up, time, memory

enum AnonymiserBench {
  static func samples(_ path: String) -> [AnonymiserEvaluation.Sample] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
      exit(2)
    }
    return AnonymiserEvaluation.parse(text)
  }

  /// The dev set's texts, in a fixed shuffled order, repeated until `megabytes` of UTF-8.
  static func corpus(_ samples: [AnonymiserEvaluation.Sample], megabytes: Double) -> [String] {
    var generator = SeededGenerator(seed: 42)
    var lines: [String] = []
    var bytes = 0
    let target = Int(megabytes * 1_000_000)
    while bytes < target {
      for sample in samples.shuffled(using: &generator) where bytes < target {
        lines.append(sample.text)
        bytes += sample.text.utf8.count + 1
      }
    }
    return lines
  }

  /// Load time, scores per labelled set (development and held-out side by side) and
  /// throughput, in process. `sets` are (name, path); the corpus is made from `corpusPath`,
  /// else from the first set.
  static func run(
    content: String, sets: [(name: String, path: String)], corpus corpusPath: String?, verbose: Bool
  ) {
    let folder = URL(fileURLWithPath: content).appendingPathComponent(Anonymisers.listsFolder)
    let clock = ContinuousClock()
    var built: [Double] = []
    var loads: [Double] = []
    var lexicon = AnonymiserLexicon.builtIn
    do {
      for _ in 0..<3 {
        let began = clock.now
        _ = AnonymiserLexicon(listBytes: try Anonymisers.listTexts(in: folder))
        built.append(milliseconds(clock.now - began))
      }
      // The first makes the index when there is none; the texts are scored with the lexicon
      // read from it, as every start after the first uses it.
      for _ in 0..<4 {
        let began = clock.now
        lexicon = try Anonymisers.lexicon(in: folder)
        loads.append(milliseconds(clock.now - began))
      }
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      exit(2)
    }
    print(
      String(
        format:
          "start-up in process: word lists read and built in %.1f ms; read from their index in %.1f ms (medians of 3)",
        percentile(built, 0.5), percentile(Array(loads.dropFirst()), 0.5)))
    let labeller: TokenLabeller
    do { labeller = try Anonymisers.labeller(in: folder) } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      exit(2)
    }
    let anonymiser = DutchAnonymiser(lexicon: lexicon, labeller: labeller)
    let kept = { (word: String) in ["de", "het", "'t", "t"].contains(word) || lexicon.keptInNames(word) }
    var rows: [(String, AnonymiserEvaluation, Int)] = []
    var keptVisible: [String: Int] = [:]
    for set in sets {
      let samples = samples(set.path)
      let evaluation = AnonymiserEvaluation.run(samples, with: anonymiser)
      rows.append((set.name, evaluation, samples.count))
      keptVisible[set.name] = samples.reduce(0) {
        $0 + visibleKeptCharacters($1, anonymiser.spans(in: $1.text), kept)
      }
      if verbose {
        for miss in evaluation.misses {
          print("MISS \(set.name) \(miss.span.label.rawValue) \(excerpt(miss.text, miss.span))")
        }
        for partial in evaluation.partials {
          print(
            "PART \(set.name) \(partial.span.label.rawValue) \(excerpt(partial.text, partial.span))"
              + " → \(anonymiser.anonymise(partial.text))"
              + " visible «\(visible(partial.text, partial.span, anonymiser.spans(in: partial.text)))»")
        }
        for alarm in evaluation.falseAlarms {
          print("FALSE \(set.name) \(alarm.span.label.rawValue) \(excerpt(alarm.text, alarm.span))")
        }
      }
    }
    table(rows).forEach { print($0) }
    print(
      "of the characters left visible, social-domain words, kinds of place and articles (kept on purpose until the ninth session):"
    )
    for (name, e, _) in rows {
      let part = keptVisible[name] ?? 0
      print(
        "  \(name): \(part) of \(e.leakedCharacters); the rest is "
          + String(
            format: "%.1f%% of personal characters",
            e.personalCharacters == 0
              ? 0 : Double(e.leakedCharacters - part) * 100 / Double(e.personalCharacters)))
    }
    for (name, evaluation, _) in rows {
      print("per label, \(name):")
      evaluation.report.dropLast(2).forEach { print("  " + $0) }
    }
    let lines = corpus(samples(corpusPath ?? sets[0].path), megabytes: 5)
    let characters = lines.reduce(0) { $0 + $1.unicodeScalars.count + 1 }
    var times: [Double] = []
    var processor: [Double] = []
    var sink = 0
    for _ in 0..<3 {
      let began = clock.now
      let beganProcessor = processorSeconds()
      for line in lines { sink &+= anonymiser.anonymise(line).utf8.count }
      times.append(milliseconds(clock.now - began) / 1000)
      processor.append(processorSeconds() - beganProcessor)
    }
    let median = percentile(times, 0.5)
    let medianProcessor = percentile(processor, 0.5)
    // Processor time as well as the clock: other work on the machine slows the clock figure
    // of one run by up to half, the processor figure much less. deduce is measured the same way.
    print(
      String(
        format:
          "throughput in process: %.2f M characters/s (%.1f M characters, %d lines, median of 3: %.2f s); by processor time %.2f M characters/s (median %.2f s)",
        Double(characters) / median / 1e6, Double(characters) / 1e6, lines.count, median,
        Double(characters) / medianProcessor / 1e6, medianProcessor)
        + (sink == 0 ? " " : "")
    )
  }

  /// One row per set: texts, spans, recall, precision, characters left visible, clean texts touched.
  static func table(_ rows: [(String, AnonymiserEvaluation, Int)]) -> [String] {
    func percent(_ part: Int, _ whole: Int) -> String {
      whole == 0 ? "-" : String(format: "%.1f%%", Double(part) * 100 / Double(whole))
    }
    func pad(_ s: String, _ n: Int) -> String {
      s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
    }
    var lines = [
      "set                          texts  spans  recall  precision  chars visible  clean texts touched"
    ]
    for (name, e, texts) in rows {
      lines.append(
        name.padding(toLength: 27, withPad: " ", startingAt: 0) + pad("\(texts)", 7)
          + pad("\(e.total.expected)", 7)
          + pad(percent(e.total.recalled, e.total.expected), 8)
          + pad(percent(e.total.correct, e.total.found), 11)
          + pad(percent(e.leakedCharacters, e.personalCharacters), 15)
          + pad("\(e.cleanTextsMasked)/\(e.cleanTexts) (\(percent(e.cleanTextsMasked, e.cleanTexts)))", 21))
    }
    return lines
  }

  static func excerpt(_ text: String, _ span: PIISpan) -> String {
    let scalars = Array(text.unicodeScalars)
    let inner = String(String.UnicodeScalarView(scalars[span.start..<min(span.end, scalars.count)]))
    return "«\(inner)» in: \(text)"
  }

  /// The characters of a labelled span that no found span covers; a gap is shown as `…`.
  static func visible(_ text: String, _ span: PIISpan, _ found: [PIISpan]) -> String {
    let scalars = Array(text.unicodeScalars)
    var shown = String.UnicodeScalarView()
    var gap = false
    for k in span.start..<min(span.end, scalars.count) {
      if found.contains(where: { $0.start <= k && k < $0.end }) {
        gap = true
      } else {
        if gap && !shown.isEmpty { shown.append(contentsOf: "…".unicodeScalars) }
        gap = false
        shown.append(scalars[k])
      }
    }
    return String(shown)
  }

  /// The visible characters of labelled spans that belong to a kept word, with the space after it.
  static func visibleKeptCharacters(
    _ sample: AnonymiserEvaluation.Sample, _ found: [PIISpan], _ kept: (String) -> Bool
  )
    -> Int
  {
    let scalars = Array(sample.text.unicodeScalars)
    var count = 0
    for span in sample.spans {
      var k = span.start
      while k < min(span.end, scalars.count) {
        guard scalars[k].properties.isAlphabetic || scalars[k] == "'" else {
          k += 1
          continue
        }
        var end = k
        while end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end] == "'" { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[k..<end])).lowercased()
        let wordEnd = min(end, span.end)
        let shown = (k..<wordEnd).allSatisfy { i in !found.contains { $0.start <= i && i < $0.end } }
        if shown, kept(word) {
          count += wordEnd - k
          if wordEnd < span.end, scalars[wordEnd] == " ",
            !found.contains(where: { $0.start <= wordEnd && wordEnd < $0.end })
          {
            count += 1
          }
        }
        k = end
      }
    }
    return count
  }

  static func writeCorpus(devSet: String, out: String, megabytes: Double) {
    let text = corpus(samples(devSet), megabytes: megabytes).joined(separator: "\n") + "\n"
    FileManager.default.createFile(atPath: out, contents: Data(text.utf8))
  }

  /// Scores JSON Lines files with one `{"spans": [{"start", "end", "label"}]}` per text of a
  /// labelled set, for another tool (deduce): the same table as praatmaat's own.
  static func score(_ pairs: [(name: String, set: String, spans: String)]) {
    struct Line: Decodable {
      struct Span: Decodable {
        var start: Int
        var end: Int
        var label: String
      }
      var spans: [Span]
    }
    var rows: [(String, AnonymiserEvaluation, Int)] = []
    for pair in pairs {
      let samples = samples(pair.set)
      guard let text = try? String(contentsOfFile: pair.spans, encoding: .utf8) else { exit(2) }
      let lines = text.split(separator: "\n")
      guard lines.count == samples.count else {
        FileHandle.standardError.write(Data("expected \(samples.count) lines, got \(lines.count)\n".utf8))
        exit(2)
      }
      var evaluation = AnonymiserEvaluation()
      for (sample, line) in zip(samples, lines) {
        let decoded = (try? JSONDecoder().decode(Line.self, from: Data(line.utf8)))?.spans ?? []
        evaluation.add(
          sample,
          found: decoded.map {
            PIISpan(start: $0.start, end: $0.end, label: PIISpan.Label(rawValue: $0.label) ?? .person)
          })
      }
      rows.append((pair.name, evaluation, samples.count))
    }
    table(rows).forEach { print($0) }
  }

  /// Start-up (empty input, median of 11: one start is a tenth of a second, and a busy
  /// machine scatters three of them widely) and a whole corpus through `praatmaat anonymise`
  /// (median of 3).
  static func cli(binary: String, corpus: String) {
    var startups: [Double] = []
    var startupMemory = 0.0
    for _ in 0..<11 {
      let (seconds, megabytes, _, _) = measure([binary, "anonymise"], input: "/dev/null")
      startups.append(seconds * 1000)
      startupMemory = max(startupMemory, megabytes)
    }
    print(
      String(
        format:
          "start-up, whole process (praatmaat anonymise < /dev/null): median %.1f ms, peak %.1f MB (11 runs)",
        percentile(startups, 0.5), startupMemory))
    let characters = ((try? String(contentsOfFile: corpus, encoding: .utf8)) ?? "").unicodeScalars.count
    // On one core (the figure to hold against a tool that uses one), then on every core.
    for (name, threads) in [("one thread", ["--threads", "1"]), ("every core", [])] {
      var runs: [(seconds: Double, megabytes: Double, status: Int32, cpu: Double)] = []
      for _ in 0..<3 { runs.append(measure([binary, "anonymise"] + threads, input: corpus)) }
      let (seconds, megabytes, status, cpu) = runs.sorted { $0.seconds < $1.seconds }[1]
      print(
        String(
          format:
            "praatmaat %@ < corpus (%@, median of 3): %.2f s (processor %.2f s) for %.1f M characters = %.2f M characters/s, peak %.1f MB (exit %d)",
          (["anonymise"] + threads).joined(separator: " ") as NSString, name as NSString, seconds, cpu,
          Double(characters) / 1e6,
          Double(characters) / seconds / 1e6, megabytes, status))
    }
  }
}
