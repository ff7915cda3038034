import Foundation

/// The municipalities a session can be kept under: the official list in
/// `Content/gemeenten/gemeenten.txt`, with the other names people use for them. A name that
/// is not on it is refused, with the closest names as suggestions: the field is typed by a
/// supporter and arrives in bundles, and it must never hold anything but a place.
public struct Municipalities: Sendable {
  /// What a typed name turned out to be.
  public enum Lookup: Equatable, Sendable {
    /// A municipality, by its official name.
    case known(String)
    /// No municipality; the closest official names, best first (maybe none).
    case unknown(suggestions: [String])
  }

  /// Official names, in the order of the list.
  public let names: [String]
  private let byKey: [String: String]

  /// `text`: one municipality a line, `Official name | other name, other name`; `#` comments.
  public init(text: String) {
    var names: [String] = []
    var byKey: [String: String] = [:]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingWhitespace() }
      guard let official = parts.first, !official.isEmpty else { continue }
      names.append(official)
      byKey[Self.key(official)] = official
      for other in parts.dropFirst().first?.split(separator: ",") ?? [] {
        let alias = other.trimmingWhitespace()
        if !alias.isEmpty, byKey[Self.key(alias)] == nil { byKey[Self.key(alias)] = official }
      }
    }
    self.names = names
    self.byKey = byKey
  }

  /// Lower case, no accents, hyphens and apostrophes as spaces, single spaces.
  static func key(_ name: String) -> String {
    let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    let spaced = String(
      folded.map { (c: Character) -> Character in c.isLetter || c.isNumber || c == "(" || c == ")" ? c : " " }
    )
    return spaced.split(separator: " ").joined(separator: " ")
  }

  public func lookup(_ typed: String) -> Lookup {
    let key = Self.key(typed)
    if let official = byKey[key] { return .known(official) }
    guard !key.isEmpty, key.count <= 60 else { return .unknown(suggestions: []) }
    // "bergen": both Bergens; a typo: the names a few letters away.
    let starting = names.filter { Self.key($0).hasPrefix(key + " ") }
    if !starting.isEmpty { return .unknown(suggestions: Array(starting.prefix(3))) }
    let limit = max(2, key.count / 4)
    var scored: [(official: String, distance: Int)] = []
    for (alias, official) in byKey {
      let distance = EditDistance.between(alias, key)
      if distance <= limit { scored.append((official, distance)) }
    }
    scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.official < $1.official }
    var suggestions: [String] = []
    for (official, _) in scored where !suggestions.contains(official) {
      suggestions.append(official)
      if suggestions.count == 3 { break }
    }
    return .unknown(suggestions: suggestions)
  }

  /// Why `typed` cannot be kept as a municipality, in one Dutch sentence part, or nil.
  public func problem(in typed: String) -> String? {
    switch lookup(typed) {
    case .known: return nil
    case .unknown(let suggestions) where suggestions.isEmpty:
      return "'\(TextSafety.clean(typed).prefix(60))' is geen Nederlandse gemeente"
    case .unknown(let suggestions):
      return
        "'\(TextSafety.clean(typed).prefix(60))' is geen Nederlandse gemeente. Bedoel je: \(suggestions.joined(separator: " of "))?"
    }
  }
}
