import Foundation

/// The portable bundle of anonymised sessions: JSON Lines, a header line with the format
/// version, then one line per session with its answers, then one line per withdrawn
/// session with its code only. Holds no engine state.
///
/// Version 2 added the withdrawn codes (`{"withdrawn":"KMT4HX"}`); a version 1 bundle has
/// sessions only and is still read.
public enum SessionBundle {
  public static let format = "praatmaat-bundel"
  public static let version = 2
  /// The versions this praatmaat reads.
  public static let readable = 1...2

  public struct Header: Codable, Equatable, Sendable {
    public var format: String
    public var version: Int
    public var sessions: Int
    /// How many withdrawn codes follow the sessions (version 2; absent in version 1).
    public var withdrawn: Int?
  }

  /// A withdrawn session: its code, nothing else.
  public struct Tombstone: Codable, Equatable, Sendable {
    public var withdrawn: String
  }

  /// A session and the line of the bundle it is on, for reasons that point at the line.
  public struct Numbered: Equatable, Sendable {
    public var line: Int
    public var entry: Entry
  }

  /// Everything a bundle holds.
  public struct Contents: Equatable, Sendable {
    public var entries: [Numbered] = []
    public var withdrawn: [SessionCode] = []
    /// Lines of sessions that could not be read: the rest of the bundle is still read.
    public var problems: [Problem] = []
  }

  /// A month as kept: `2026-03`, ASCII digits, a real month, a year from 2015 to 2099.
  public static func isMonth(_ month: String) -> Bool {
    let bytes = Array(month.utf8)
    guard bytes.count == 7, bytes[4] == 0x2D,
      bytes.enumerated().allSatisfy({ $0.offset == 4 || (0x30...0x39).contains($0.element) }),
      let year = Int(month.prefix(4)), let number = Int(month.suffix(2))
    else { return false }
    return (2015...2099).contains(year) && (1...12).contains(number)
  }

  /// One session in a bundle.
  public struct Entry: Codable, Equatable, Sendable {
    public var code: String
    public var scriptID: String
    public var scriptVersion: Int
    public var method: Method
    public var municipality: String?
    public var ageBand: String?
    public var status: SessionRecord.Status
    public var month: String
    /// Missing in bundles from before record keys: the importing store gives one.
    public var recordKey: UInt32?
    public var answers: [AnswerRecord]

    public init(session s: SessionRecord, answers: [AnswerRecord]) {
      code = s.code.value
      scriptID = s.scriptID
      scriptVersion = s.scriptVersion
      method = s.method
      municipality = s.municipality
      ageBand = s.ageBand
      status = s.status
      month = s.month
      recordKey = s.recordKey
      self.answers = answers
    }

    /// The session as kept after import: no state, so it cannot be resumed elsewhere.
    public var session: SessionRecord? {
      guard let code = SessionCode(code) else { return nil }
      return SessionRecord(
        code: code, scriptID: scriptID, scriptVersion: scriptVersion, method: method,
        municipality: municipality, ageBand: ageBand, status: status == .running ? .paused : status,
        month: month, state: nil, recordKey: recordKey)
    }
  }

  public static func encode(_ entries: [Entry], withdrawn: [SessionCode] = []) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let header = Header(format: format, version: version, sessions: entries.count, withdrawn: withdrawn.count)
    var lines = [String(decoding: try! encoder.encode(header), as: UTF8.self)]
    for entry in entries {
      lines.append(String(decoding: try! encoder.encode(entry), as: UTF8.self))
    }
    for code in withdrawn {
      lines.append(String(decoding: try! encoder.encode(Tombstone(withdrawn: code.value)), as: UTF8.self))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A bundle that cannot be read: where and why.
  public struct Problem: Error, Equatable, CustomStringConvertible, Sendable {
    public var line: Int
    public var message: String
    public var description: String { "regel \(line): \(message)" }
  }

  /// The sessions of a whole bundle, or which line is wrong. Nothing half.
  public static func decode(_ text: String) throws(Problem) -> [Entry] {
    let contents = try read(text)
    if let first = contents.problems.first { throw first }
    return contents.entries.map(\.entry)
  }

  /// Reads a whole bundle, sessions and withdrawn codes, or says which line is wrong.
  public static func read(_ text: String) throws(Problem) -> Contents {
    // CR LF from another system is a line break too (Swift sees "\r\n" as one character).
    let text = text.replacingOccurrences(of: "\r\n", with: "\n")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { !$0.element.trimmingWhitespace().isEmpty }
    guard let first = lines.first else { throw Problem(line: 1, message: "de bundel is leeg") }
    let decoder = JSONDecoder()
    guard let header = try? decoder.decode(Header.self, from: Data(first.element.utf8)),
      header.format == format
    else {
      throw Problem(
        line: first.offset + 1,
        message: "dit is geen praatmaat-bundel (de eerste regel mist \"format\": \"\(format)\")")
    }
    guard readable.contains(header.version) else {
      throw Problem(
        line: first.offset + 1,
        message:
          "bundelversie \(header.version) ken ik niet (ik ken versie \(readable.lowerBound) tot \(readable.upperBound))"
      )
    }
    var contents = Contents()
    for (offset, line) in lines.dropFirst() {
      if let tombstone = try? decoder.decode(Tombstone.self, from: Data(line.utf8)) {
        guard header.version >= 2 else {
          throw Problem(line: offset + 1, message: "in bundelversie 1 staan geen gewiste gesprekken")
        }
        guard let code = SessionCode(tombstone.withdrawn) else {
          throw Problem(
            line: offset + 1,
            message: "de code '\(TextSafety.clean(tombstone.withdrawn))' is geen geldige gesprekscode")
        }
        contents.withdrawn.append(code)
        continue
      }
      // A session that cannot be read is reported and left out; the others are still read.
      let entry: Entry
      do {
        entry = try decoder.decode(Entry.self, from: Data(line.utf8))
      } catch {
        contents.problems.append(
          Problem(line: offset + 1, message: "deze regel is geen geldig gesprek (\(Self.reason(error)))"))
        continue
      }
      guard SessionCode(entry.code) != nil else {
        contents.problems.append(
          Problem(
            line: offset + 1,
            message: "de code '\(TextSafety.clean(entry.code).prefix(20))' is geen geldige gesprekscode"))
        continue
      }
      guard isMonth(entry.month) else {
        contents.problems.append(
          Problem(line: offset + 1, message: "de maand moet de vorm JJJJ-MM hebben, met een jaar vanaf 2015"))
        continue
      }
      contents.entries.append(Numbered(line: offset + 1, entry: entry.cleaned))
    }
    let lastLine = (lines.last?.offset ?? 0) + 1
    guard contents.entries.count + contents.problems.count == header.sessions else {
      throw Problem(
        line: lastLine,
        message:
          "de bundel noemt \(header.sessions) gesprekken maar heeft er \(contents.entries.count + contents.problems.count); misschien is hij afgebroken"
      )
    }
    guard contents.withdrawn.count == header.withdrawn ?? 0 else {
      throw Problem(
        line: lastLine,
        message:
          "de bundel noemt \(header.withdrawn ?? 0) gewiste gesprekken maar heeft er \(contents.withdrawn.count); misschien is hij afgebroken"
      )
    }
    return contents
  }

  static func reason(_ error: any Error) -> String {
    switch error as? DecodingError {
    case .keyNotFound(let key, _)?: "\(key.stringValue) ontbreekt"
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
      context.codingPath.isEmpty
        ? "geen JSON" : "\(context.codingPath.map(\.stringValue).joined(separator: ".")) klopt niet"
    default: "geen JSON"
    }
  }
}

extension SessionBundle.Entry {
  /// The entry with all its text cleaned like typed text: a bundle comes from elsewhere, and
  /// no escape or control character may reach the database, a screen or a report from it.
  var cleaned: Self {
    var entry = self
    entry.scriptID = TextSafety.clean(scriptID)
    entry.municipality = municipality.map(TextSafety.clean)
    entry.ageBand = ageBand.map(TextSafety.clean)
    entry.answers = answers.map { answer in
      var a = answer
      a.questionID = TextSafety.clean(a.questionID)
      a.participant = TextSafety.clean(a.participant)
      a.scriptID = TextSafety.clean(a.scriptID)
      a.kind = TextSafety.clean(a.kind)
      a.themes = a.themes.map(TextSafety.clean)
      a.valueKind = TextSafety.clean(a.valueKind)
      a.value = a.value.map(TextSafety.clean)
      a.month = TextSafety.clean(a.month)
      return a
    }
    return entry
  }
}
