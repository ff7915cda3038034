/// The themes reports speak of, one vocabulary for every script: each theme with the other
/// words scripts use for it (`geld` is `geld en administratie`), so that answers about one
/// theme come together whichever script asked them.
///
/// Read from `Content/verslag/themas.txt`: a theme per line, `thema: ander woord, ander woord`,
/// `#` starts a comment.
public struct ThemeVocabulary: Sendable, Equatable {
  /// The themes in the order of the file.
  public private(set) var themes: [String] = []
  private var canonical: [String: String] = [:]

  /// A line the vocabulary cannot take: its number and why.
  public struct Problem: Sendable, Equatable, Error {
    public var line: Int
    public var message: String
  }

  public private(set) var problems: [Problem] = []

  public init() {}

  public init(text: String) {
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      let theme = Self.fold(parts.first.map(String.init) ?? "")
      guard !theme.isEmpty else { continue }
      let others = parts.count > 1 ? parts[1].split(separator: ",").map { Self.fold(String($0)) } : []
      for word in [theme] + others where !word.isEmpty {
        if let known = canonical[word], known != theme {
          problems.append(
            Problem(line: n + 1, message: "'\(word)' hoort al bij het thema '\(known)'."))
          continue
        }
        canonical[word] = theme
      }
      if !themes.contains(theme) { themes.append(theme) }
    }
  }

  /// The theme a word of a script stands for; nil when the vocabulary does not know it.
  public func theme(for word: String) -> String? {
    canonical[Self.fold(word)]
  }

  /// The themes of an answer in the vocabulary's words, each once; unknown themes stay as
  /// they are, so nothing an older script asked is lost.
  public func themes(of words: [String]) -> [String] {
    var result: [String] = []
    for word in words {
      let theme = canonical[word] ?? theme(for: word) ?? word
      if !result.contains(theme) { result.append(theme) }
    }
    return result
  }

  /// Lower case, single spaces: how scripts write themes.
  static func fold(_ word: String) -> String {
    word.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
