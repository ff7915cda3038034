import Foundation

/// The supporter's look at one free-text answer before it is kept, as a step machine without
/// I/O: "Zo bewaren we het: …". The supporter accepts it, hides more words, says it again in
/// other words, or (for a note) takes it back. The raw text lives only in this value, in
/// memory; what leaves it is always anonymised.
public struct AnswerReviewState: Sendable {
  /// What the review asks the host to do after a line was typed.
  public enum Step: Sendable, Equatable {
    /// Show these messages and wait for the next line.
    case ask([Message])
    /// Keep this version; the review of this text is over.
    case keep(String)
    /// Only for a note: nothing is kept.
    case drop
    /// Ctrl-C, the end of input, `pauze`: an answer keeps its anonymised version, a note
    /// is not kept.
    case pause(String)
  }

  private var raw: String
  /// The version that would be kept now.
  public private(set) var version: String
  private var marked: [String] = []
  private var retyping = false
  let isNote: Bool
  let anonymiser: any Anonymiser
  let texts: PhraseBook

  public init(_ raw: String, isNote: Bool, anonymiser: any Anonymiser, texts: PhraseBook) {
    self.raw = raw
    self.texts = texts
    self.isNote = isNote
    self.anonymiser = anonymiser
    version = anonymiser.anonymise(raw)
  }

  /// The review screen: the version that would be kept, and what the supporter can type.
  public var screen: [Message] {
    [.say(texts.reviewShown(version)), .hint(texts[.reviewAsk]), .hint(texts[.reviewOther])]
      + (isNote ? [.hint(texts[.reviewNoteBack])] : [])
  }

  /// Nobody is there to ask any more (Ctrl-C, the end of input).
  public func interrupted() -> Step { .pause(version) }

  /// The supporter typed `typed`.
  public mutating func respond(to typed: String) -> Step {
    let words = TextSafety.clean(typed).trimmingWhitespace()
    if Self.pauses(words) { return .pause(version) }
    if retyping {
      guard !words.isEmpty, words != "?" else { return .ask([.hint(texts[.reviewRetype])]) }
      replace(with: words)
      return .ask(screen)
    }
    // "?" asks for help everywhere: here that is the screen once more.
    if words == "?" { return .ask(screen) }
    if words.isEmpty || Consent.read(words, texts: texts) == .agreed || sameAnswer(words) {
      return .keep(version)
    }
    let folded = Self.words(words)
    if isNote {
      if Self.takesBack(words, from: raw) { return .drop }
    } else if YesNoWords.noWord.contains(folded.first ?? "") || BuiltInReply.recognise(words) == .back {
      // "nee": say it again. "nee, ik bedoel …": the rest is the new answer.
      let rest = Self.correction(after: folded, in: words)
      guard let rest else {
        retyping = true
        return .ask([.hint(texts[.reviewRetype])])
      }
      replace(with: rest)
      return .ask(screen)
    }
    let pieces = words.split(separator: ",").map { $0.trimmingWhitespace() }.filter {
      !$0.isEmpty
    }
    let answer = Set(Self.words(raw) + Self.words(version))
    if pieces.allSatisfy({ Set(Self.words($0)).isSubset(of: answer) }) {
      marked += pieces
      version = anonymiser.anonymise(raw, hiding: marked)
      return .ask(screen)
    }
    // Words that are not in the answer: the answer in other words.
    replace(with: words)
    return .ask(screen)
  }

  private mutating func replace(with text: String) {
    raw = text
    marked = []
    retyping = false
    version = anonymiser.anonymise(text)
  }

  /// The answer typed again, as it was or as it would be kept: the same answer.
  private func sameAnswer(_ words: String) -> Bool {
    let typed = Self.words(words)
    return !typed.isEmpty && (typed == Self.words(raw) || typed == Self.words(version))
  }

  /// After "nee": the new answer, without "ik bedoel"; nil when "nee" stood alone.
  static func correction(after folded: [String], in typed: String) -> String? {
    guard folded.count > 1 else { return nil }
    var rest = Substring(typed)
    // Drop the "nee" (or "terug") and what follows it up to the first letter of the rest.
    rest = rest.drop { !$0.isLetter }.drop { $0.isLetter }.drop { !$0.isLetter && !$0.isNumber }
    for opener in ["ik bedoel", "ik bedoelde", "ik zei", "ik wilde zeggen"] {
      if rest.lowercased().hasPrefix(opener + " ") {
        rest = rest.dropFirst(opener.count).drop { !$0.isLetter && !$0.isNumber }
      }
    }
    let text = rest.trimmingWhitespace()
    return text.isEmpty ? nil : text
  }

  /// `pauze` and `/pauze` pause here too, as at every question.
  static func pauses(_ words: String) -> Bool {
    BuiltInReply.recognise(words.hasPrefix("/") ? String(words.dropFirst()) : words) == .pause
  }

  /// `terug` takes a note back. `nee` does too, unless the note itself says "nee": then it
  /// is the word to hide.
  static func takesBack(_ words: String, from raw: String) -> Bool {
    if BuiltInReply.recognise(words) == .back { return true }
    guard Self.words(words) == ["nee"] else { return false }
    return !Self.words(raw).contains("nee")
  }

  /// Lower case words without accents or punctuation: "Nee, hoor!" → ["nee", "hoor"].
  static func words(_ text: String) -> [String] {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
