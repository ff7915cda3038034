import Foundation

/// The sentences praatmaat says, one table per language, read from `Content/teksten`.
///
/// A line of the table is `key = text`; a key that holds a list (`PhraseKey.isList`) takes
/// one line per item. `{naam}` marks a place the program fills in. `#` starts a comment.
public struct PhraseBook: Sendable, Equatable {
  private var texts: [PhraseKey: [String]]
  /// Where each text of a key starts in the table, for the language check.
  private var origins: [PhraseKey: [SourceLocation]] = [:]
  /// The table's file name and text, as read.
  public private(set) var file = ""
  public private(set) var source = ""

  /// The text of a key. A table that was read has every key (see `parse`).
  public subscript(_ key: PhraseKey) -> String { texts[key]?.first ?? "{\(key.rawValue)}" }

  /// The text of a key with its places filled: `book[.turn, ["naam": "Tijger"]]`.
  public subscript(_ key: PhraseKey, _ fills: [String: String]) -> String {
    var text = self[key]
    for (place, value) in fills { text = text.replacingOccurrences(of: "{\(place)}", with: value) }
    return text
  }

  /// The lines of a list key, such as the consent text.
  public func list(_ key: PhraseKey) -> [String] { texts[key] ?? [] }

  /// Reads a table. Every key must be there, once (a list: at least once), with exactly the
  /// places its key has; anything else is a problem with the line it is on.
  public static func parse(_ source: String, file: String) throws(PhraseBookError) -> PhraseBook {
    var book = PhraseBook(texts: [:])
    book.file = file
    book.source = source
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    func problem(_ line: Int, _ column: Int, _ message: String) -> PhraseBookError {
      PhraseBookError(
        file: file, line: line, column: column, message: message,
        source: line >= 1 && line <= lines.count ? String(lines[line - 1]) : nil)
    }
    for (index, raw) in lines.enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let equals = line.firstIndex(of: "=") else {
        throw problem(index + 1, 1, "Een regel is 'sleutel = tekst'; hier staat geen '='.")
      }
      let name = line[..<equals].trimmingWhitespace()
      let text = line[line.index(after: equals)...].trimmingWhitespace()
      guard let key = PhraseKey(rawValue: name) else {
        throw problem(index + 1, 1, "Onbekende sleutel '\(name)'.")
      }
      let column = line.distance(from: line.startIndex, to: equals) + 3
      guard !text.isEmpty else { throw problem(index + 1, column, "Bij '\(name)' staat geen tekst.") }
      guard key.isList || book.texts[key] == nil else {
        throw problem(index + 1, 1, "De sleutel '\(name)' staat er twee keer.")
      }
      let found = places(in: text)
      guard found == key.places else {
        let want =
          key.places.isEmpty
          ? "geen plaatsen" : key.places.sorted().map { "{\($0)}" }.joined(separator: " en ")
        throw problem(index + 1, column, "'\(name)' hoort \(want) te hebben.")
      }
      let start = line[line.index(after: equals)...].prefix { $0 == " " || $0 == "\t" }.count
      book.texts[key, default: []].append(text)
      book.origins[key, default: []].append(SourceLocation(line: index + 1, column: column - 1 + start))
    }
    if let missing = PhraseKey.allCases.first(where: { book.texts[$0] == nil }) {
      throw problem(lines.count, 1, "De sleutel '\(missing.rawValue)' ontbreekt.")
    }
    return book
  }

  /// The `{place}` names in a text.
  static func places(in text: String) -> Set<String> {
    var found = Set<String>()
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      found.insert(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  /// Every sentence of the table as a participant sees it, places filled with examples: for
  /// the language check.
  public var sentences: [String] { locatedSentences.map(\.text) }

  /// The sentences, each with where it starts in the table.
  public var locatedSentences: [(text: String, location: SourceLocation)] {
    PhraseKey.allCases.filter { $0 != .orWord && $0 != .andWord && $0 != .nicknames }.flatMap { key in
      zip(list(key), origins[key] ?? []).map { text, location in
        let filled = key.places.reduce(text) {
          $0.replacingOccurrences(of: "{\($1)}", with: PhraseKey.examples[$1] ?? $1)
        }
        return (filled, location)
      }
    }
  }
}

/// A table of sentences that cannot be used, with where and why.
public struct PhraseBookError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String
  public var source: String?

  /// `file:line:col: error: message`, then the line itself.
  public var description: String {
    "\(file):\(line):\(column): error: \(message)" + (source.map { "\n    \($0)" } ?? "")
  }
}
