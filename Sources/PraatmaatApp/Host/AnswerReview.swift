import Foundation
import PraatmaatCore

/// The supporter's look at an open answer before it is kept: "Zo bewaren we het: …".
/// The supporter accepts it, or types words that must go too; only the accepted version
/// is stored. A supporter's note can also be taken back, or the conversation paused.
public protocol AnswerReview {
  /// The answers as they may be kept: free text replaced by its accepted, anonymised form.
  func review(_ answers: [AnswerEvent]) -> ReviewedAnswers
}

/// What the review leaves to keep, and what the supporter asked for on the way.
public struct ReviewedAnswers: Sendable, Equatable {
  /// The answers to keep, in their accepted form.
  public var kept: [AnswerEvent]
  /// A supporter's note was taken back: it is not kept.
  public var droppedNote: Bool
  /// The supporter paused at the review.
  public var paused: Bool

  public init(kept: [AnswerEvent], droppedNote: Bool = false, paused: Bool = false) {
    self.kept = kept
    self.droppedNote = droppedNote
    self.paused = paused
  }
}

/// The review on a terminal, in simple Dutch.
public struct TerminalReview: AnswerReview {
  let terminal: any Terminal
  let prompt: String
  let anonymiser: any Anonymiser

  public init(terminal: any Terminal, prompt: String, anonymiser: any Anonymiser) {
    self.terminal = terminal
    self.prompt = prompt
    self.anonymiser = anonymiser
  }

  /// What the supporter decided about one text.
  enum Decision: Equatable {
    case keep(String)
    /// Only for a note: it is not kept.
    case drop
    /// Ctrl-C, the end of input, `pauze`: an answer keeps its anonymised version, a note
    /// is not kept.
    case pause(String)
  }

  public func review(_ answers: [AnswerEvent]) -> ReviewedAnswers {
    var result = ReviewedAnswers(kept: [])
    for event in answers {
      // A statement added on the spot was written for the panel by the supporter and
      // language-checked before the start; the anonymiser alone passes over it. After a
      // pause nobody is asked any more: the anonymiser's version is kept.
      guard case .text(let raw) = event.value, event.role != .statementText else {
        result.kept.append(event)
        continue
      }
      let isNote = event.role == .note
      let decision = result.paused ? .pause(anonymiser.anonymise(raw)) : reviewText(raw, isNote: isNote)
      var kept = event
      switch decision {
      case .keep(let text):
        kept.value = .kept(text)
        result.kept.append(kept)
      case .drop:
        result.droppedNote = true
      case .pause(let text):
        result.paused = true
        if isNote {
          result.droppedNote = true
        } else {
          kept.value = .kept(text)
          result.kept.append(kept)
        }
      }
    }
    return result
  }

  func reviewText(_ raw: String, isNote: Bool) -> Decision {
    var marked: [String] = []
    var version = anonymiser.anonymise(raw)
    while true {
      let ask: [Message] = [.hint(Phrases.reviewAsk)] + (isNote ? [.hint(Phrases.reviewNoteBack)] : [])
      terminal.show([.say("\(Phrases.reviewShown) \(version)")] + ask)
      switch terminal.readLine(prompt: prompt) {
      case .interrupt, .endOfInput:
        // Nobody to ask: the anonymiser's own version is kept, never the raw text.
        return .pause(version)
      case .line(let typed):
        let words = TextSafety.clean(typed).trimmingCharacters(in: .whitespaces)
        // "?" asks for help everywhere: here that is the question once more.
        if words == "?" { continue }
        if words.isEmpty || Consent.read(words) == .agreed {
          terminal.show([.echo(Phrases.reviewAccepted)])
          return .keep(version)
        }
        if Self.pauses(words) { return .pause(version) }
        if isNote, Self.takesBack(words, from: raw) { return .drop }
        marked += words.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
          .filter { !$0.isEmpty }
        version = anonymiser.anonymise(raw, hiding: marked)
      }
    }
  }

  /// `pauze` and `/pauze` pause here too, as at every question.
  static func pauses(_ words: String) -> Bool {
    BuiltInReply.recognise(words.hasPrefix("/") ? String(words.dropFirst()) : words) == .pause
  }

  /// `terug` takes a note back. `nee` does too, unless the note itself says "nee": then it
  /// is the word to hide.
  static func takesBack(_ words: String, from raw: String) -> Bool {
    if BuiltInReply.recognise(words) == .back { return true }
    guard AnswerMatcher().match(words, for: Consent.yesNo) == .value(.option("nee")) else { return false }
    return !Set(Self.words(raw)).isSuperset(of: Self.words(words))
  }

  /// Lower case words without accents or punctuation: "Nee, hoor!" → ["nee", "hoor"].
  static func words(_ text: String) -> [String] {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
      .split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}
