import ArgumentParser
import Foundation
import PraatmaatApp
import PraatmaatCore

struct Anonymise: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "anonymise",
    abstract: "Anonymise text: one text per line on stdin, one result per line on stdout.",
    discussion: """
      With --spans, each result is a JSON object: {"text": ..., "spans": [{"start", "end", "label"}]}, \
      with start and end as Unicode code-point offsets into the input line (end exclusive). \
      Invalid UTF-8 is read as U+FFFD; a line break at the end of a line (\\n or \\r\\n) is not part of it.
      """)

  @Flag(help: "Write JSON with the spans found instead of the anonymised text only.")
  var spans = false

  @ArgumentParser.Option(
    help: "How many lines are anonymised at the same time (1-64; default: one per processor core).")
  var threads: Int?

  func validate() throws {
    if let threads, !(1...64).contains(threads) {
      throw ValidationError("--threads must be a number from 1 to 64, not \(threads).")
    }
  }

  func run() throws {
    let anonymiser = try Anonymisers.load(from: ContentLibrary.locate())
    let output = LineWriter()
    let batches = LineBatches(
      workers: threads ?? min(ProcessInfo.processInfo.activeProcessorCount, 64),
      anonymiser: anonymiser)
    // Read once: an option's value is not free to read, and this loop runs for every line.
    let json = spans
    let write = { (results: [LineBatches.Result]) in
      for result in results {
        if json {
          Self.writeJSON(text: result.text, spans: result.spans, to: output)
        } else {
          output.write(Self.oneLine(result.text).utf8)
        }
      }
    }
    LineReader.forEachLine { line in
      if let full = batches.add(line) { write(full) }
    }
    write(batches.finish())
    output.flush()
  }

  /// `{"text": "…", "spans": [{"start": S, "end": E, "label": "PERSON"}]}`, keys in this order,
  /// written out in pieces: a 10 MB line never becomes one 30 MB string.
  static func writeJSON(text: String, spans: [PIISpan], to output: LineWriter) {
    json(text: text, spans: spans) { output.append($0.utf8) }
    output.endLine()
  }

  static func json(text: String, spans: [PIISpan], _ emit: (String) -> Void) {
    emit(#"{"text":""#)
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    while start < scalars.endIndex {
      let end = scalars.index(start, offsetBy: 16_384, limitedBy: scalars.endIndex) ?? scalars.endIndex
      var piece = ""
      appendEscaped(String.UnicodeScalarView(scalars[start..<end]), to: &piece)
      emit(piece)
      start = end
    }
    emit(#"","spans":["#)
    var piece = ""
    for (k, span) in spans.enumerated() {
      if k > 0 { piece += "," }
      piece += #"{"start":\#(span.start),"end":\#(span.end),"label":"\#(span.label.rawValue)"}"#
      if piece.utf8.count >= 16_384 {
        emit(piece)
        piece = ""
      }
    }
    emit(piece + "]}")
  }

  /// The inside of a JSON string: quotes, backslashes and every control character escaped.
  static func appendEscaped(_ scalars: String.UnicodeScalarView, to out: inout String) {
    var plain = String.UnicodeScalarView()
    for c in scalars {
      switch c {
      case "\"": plain.append(contentsOf: #"\""#.unicodeScalars)
      case "\\": plain.append(contentsOf: #"\\"#.unicodeScalars)
      case "\n": plain.append(contentsOf: #"\n"#.unicodeScalars)
      case "\r": plain.append(contentsOf: #"\r"#.unicodeScalars)
      case "\t": plain.append(contentsOf: #"\t"#.unicodeScalars)
      default:
        if c.value < 0x20 || c.value == 0x7F || c.value == 0x2028 || c.value == 0x2029 {
          let hex = String(c.value, radix: 16)
          plain.append(
            contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        } else {
          plain.append(c)
        }
      }
    }
    out += String(plain)
  }

  /// Characters that would split the result over more lines become a space.
  static func oneLine(_ text: String) -> String {
    // Every break is a control byte, or starts with 0xC2 (U+0085) or 0xE2 (U+2028, U+2029):
    // a text with none of those bytes is returned as it is, without decoding it.
    let mayBreak = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.contains(where: mayStartBreak)
    }
    guard mayBreak ?? true, text.unicodeScalars.contains(where: isBreak) else { return text }
    return String(String.UnicodeScalarView(text.unicodeScalars.map { isBreak($0) ? " " : $0 }))
  }

  static func mayStartBreak(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0xC2 || byte == 0xE2 }

  static func isBreak(_ c: Unicode.Scalar) -> Bool {
    switch c.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}

/// Reads standard input in blocks and hands over each line, decoded leniently.
enum LineReader {
  static func forEachLine(_ body: (String) -> Void) {
    var pending: [UInt8] = []
    var searched = 0
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = block.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      pending.append(contentsOf: block[0..<count])
      var start = 0
      // A long line arrives in many blocks: look for its end only in the new bytes.
      var from = searched
      while let newline = pending[from...].firstIndex(of: 0x0A) {
        body(decode(pending[start..<newline]))
        start = newline + 1
        from = start
      }
      if start > 0 { pending.removeFirst(start) }
      searched = pending.count
    }
    if !pending.isEmpty { body(decode(pending[...])) }
  }

  static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    let line = bytes.last == 0x0D ? bytes.dropLast() : bytes
    return line.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
  }
}

/// Buffered standard output, one line per result.
final class LineWriter {
  private var buffer: [UInt8] = []

  func write<Bytes: Sequence>(_ line: Bytes) where Bytes.Element == UInt8 {
    append(line)
    endLine()
  }

  /// A part of a line; long lines are written out while they are being made.
  func append<Bytes: Sequence>(_ part: Bytes) where Bytes.Element == UInt8 {
    buffer.append(contentsOf: part)
    if buffer.count >= 1 << 16 { flush() }
  }

  func endLine() {
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 { flush() }
  }

  func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { break }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
