/// Reads what a participant typed as an answer to one question, the way a careful interviewer
/// would: by number, pictogram, the option's words and the general word knowledge of
/// `AnswerWords` (scale words, yes and no, spelling, groups of words), with negation ("niet
/// zo goed", "geen bus"), exclusion ("niemand behalve mama") and numbers as people say them.
///
/// When the answer fits one option surely, that is the answer. When it fits on weaker grounds
/// (a close spelling, a worked-out number, "iets anders" for something no option names), the
/// matcher only guesses, and the conversation asks "Bedoel je: …?". When two options fit, or
/// none, nothing is stored: the question is asked again, with the closest options as a hint.
public struct AnswerMatcher: Sendable {
  let words: AnswerWords

  public init(words: AnswerWords = AnswerWords()) {
    self.words = words
  }

  public enum Result: Sendable, Equatable {
    /// Sure: keep this answer.
    case value(AnswerValue)
    /// Probably this answer: ask "Bedoel je: …?" before keeping it.
    case guess(AnswerValue)
    case notUnderstood
  }

  public func match(_ input: String, for question: Question) -> Result {
    // A pictogram typed on its own ("🙂") chooses the one option that shows it.
    if question.kind.isClosed, question.kind != .multiChoice,
      let id = Self.pictogram(input, options: question.options)
    {
      return .value(.option(id))
    }
    // "lopen nee de bus": the answer meant is the one after the correction, when it reads.
    // Only a correction of an answer: what is taken back reads as an answer too.
    if question.kind.isClosed, let correction = Self.correction(input) {
      let result = match(correction.meant, for: question)
      if result != .notUnderstood, match(correction.before, for: question) != .notUnderstood {
        return result
      }
    }
    var t = AnswerText(input, words: words)
    switch question.kind {
    // "beter dan eerst" on a scale compares with the past; it is not about the past.
    case .scale: t = t.present(typed: input, words: words)
    case .number, .choice, .multiChoice: t = t.present(typed: input, words: words).withoutPastParts()
    // "eerst wel, nu niet meer": the question asks how it is now.
    case .yesNo, .statement: t = t.present(typed: input, words: words)
    default: break
    }
    switch question.kind {
    case .open:
      let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? .notUnderstood : .value(.text(text))
    case .number:
      // "50+": more than the number, like "50 plus".
      if let plus = input.firstIndex(of: "+"), plus > input.startIndex,
        input[input.index(before: plus)].isNumber
      {
        return .notUnderstood
      }
      switch NumberReader(question: question, words: words).read(t) {
      case .number(let n, let worked):
        return checked(worked ? .guess(.number(n)) : .value(.number(n)), t, question: question)
      case .unclear: return .notUnderstood
      }
    case .multiChoice:
      return matchMany(t, input: input, question: question)
    case .yesNo:
      return matchYesNo(t, input: input, question: question)
    case .statement:
      return matchStatement(t, question: question)
    case .scale:
      return checked(matchScale(t, question: question), t, question: question)
    case .choice:
      return matchChoice(t, question: question)
    }
  }

  /// The options closest to what was typed, for the hint after a miss: those whose words it
  /// has, else those whose words are spelled nearly the same; empty when none is close.
  /// Text as answers are compared: lower case, without accents and punctuation.
  public static func folded(_ text: String) -> String { AnswerText.plain(text) }

  public func closest(_ input: String, for question: Question) -> [String] {
    guard question.kind.isClosed else { return [] }
    let t = AnswerText(input, words: words)
    let hits = ChoiceReading(t, options: question.options, words: words)
    // "vaak" is not close to "Minder vaak": a label that turns its word around only when the
    // answer does too.
    let turning: Set<String> = ["minder", "meer", "niet", "geen", "nooit", "weinig"]
    let near = hits.touched.filter { id in
      guard let option = question.options.first(where: { $0.id == id }) else { return false }
      return AnswerText(option.label, words: words).words.allSatisfy {
        !turning.contains($0) || t.words.contains($0)
      }
    }
    if !near.isEmpty { return question.options.map(\.id).filter { near.contains($0) } }
    return question.options.filter { option in
      t.words.contains { word in
        word.count >= 4
          && AnswerText(option.label, words: words).words.contains {
            $0.count >= 4 && EditDistance.between($0, word) <= 2
          }
      }
    }.map(\.id)
  }

  // MARK: Shared pieces

  /// The one option whose pictogram is all that was typed, ignoring spaces and emoji
  /// variation selectors; nil when none or more than one option shows it.
  static func pictogram(_ input: String, options: [Option]) -> String? {
    func bare(_ text: String) -> String {
      let kept = text.unicodeScalars.filter {
        !$0.properties.isWhitespace && $0.value != 0xFE0F && $0.value != 0xFE0E
      }
      return String(String.UnicodeScalarView(kept))
    }
    let typed = bare(input)
    let symbolsOnly = typed.unicodeScalars.allSatisfy {
      !$0.properties.isAlphabetic && !("0"..."9").contains($0)
    }
    guard !typed.isEmpty, symbolsOnly else { return nil }
    let hits = options.filter { $0.pictogram.map(bare) == typed }
    return hits.count == 1 ? hits[0].id : nil
  }

  /// The option a number or an ordinal picks: "2", "nummer 2", "optie 2", "de tweede",
  /// "de laatste"; nil when the answer is something else.
  static func numbered(_ t: AnswerText, options: [Option]) -> String? {
    // "hij wijst de middelste aan", "hij steekt vier vingers omhoog": the supporter says which one was
    // pointed at or shown on fingers.
    // Only the part of the answer with the gesture: "ze wijst de laatste aan, dat is het echt".
    let gesture = t.words.firstIndex(where: Self.gestureVerbs.contains).map { t.clauses[$0] }
    let w = t.words.indices.filter { gesture == nil || t.clauses[$0] == gesture }.map { t.words[$0] }.filter {
      !Self.pickWords.contains($0)
        && !(gesture != nil && Self.gestureWords.contains($0))
    }
    // "2 oneens": the number and the label it stands for.
    if w.count > 1, let n = Int(w[0]), n >= 1, n <= options.count,
      AnswerText.plain(options[n - 1].label) == w.dropFirst().joined(separator: " ")
    {
      return options[n - 1].id
    }
    guard w.count == 1 else { return nil }
    let n =
      Int(w[0]) ?? ordinals[w[0]] ?? (w[0] == "laatste" ? options.count : nil)
      ?? (w[0] == "middelste" && options.count % 2 == 1 ? (options.count + 1) / 2 : nil)
      ?? (w[0] == "eentje" ? 1 : w[0] != "een" ? DutchNumbers.value(w[0]) : nil)
    guard let n, n >= 1, n <= options.count else { return nil }
    return options[n - 1].id
  }

  /// Words around a number or an ordinal that only say it is picked: "de middelste smiley".
  static let pickWords: Set<String> = [
    "nummer", "optie", "de", "het", "keuze", "antwoord", "nr", "ik", "kies", "doe", "smiley", "smileys",
    "gezichtje", "gezicht", "poppetje", "plaatje",
  ]

  static let gestureVerbs: Set<String> = [
    "wijst", "wijs", "wees", "steekt", "steek", "houdt", "houd", "tikt", "tik", "drukt",
  ]
  static let gestureWords: Set<String> = gestureVerbs.union([
    "aan", "naar", "ze", "hij", "zij", "zijn", "haar", "met", "op", "omhoog", "plaatje", "rondje", "bolletje",
    "vakje", "knop", "vingers", "vinger", "duim",
  ])

  static let ordinals: [String: Int] = [
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "1e": 1, "2e": 2, "3e": 3,
    "4e": 4,
    "5e": 5,
  ]

  /// Words that say "not": before an option's words they turn it around.
  static let negationWords: Set<String> = ["niet", "geen", "nooit", "niets", "niks", "nergens", "niemand"]

  /// Little words that choose nothing on their own.
  static let littleWords: Set<String> = [
    "een", "het", "de", "van", "met", "bij", "mijn", "jouw", "je", "zijn", "haar", "ons", "onze", "die",
    "dat",
    "voor", "naar", "uit", "door", "aan", "als", "ook", "nog", "wel", "ben", "heb", "hij", "zij", "ze", "wij",
    "we", "mij", "me", "ik", "en", "of", "in", "op", "te", "om", "er", "is", "was", "hun", "hen", "iets",
    "ergens",
    "iemand", "doe", "ga", "gaat", "heel", "erg", "echt", "best", "beetje", "vind", "denk", "toch", "maar",
    "want", "dan", "nu", "soms", "vaak", "altijd", "alleen", "ja", "nee", "hoor", "gewoon", "eigenlijk",
    "meestal",
    "tot", "t/m", "per", "keer", "x", "ging", "gaan", "kom", "komt", "kwam", "doet", "deed", "hebt", "heeft",
    "had", "wil", "wilt", "kan", "kun", "kunt", "moet", "zit", "zat", "word", "wordt", "werd", "zou", "mag",
    "helpt",
    "hier", "daar", "waar", "wie", "wat", "dit", "deze", "alles", "veel", "meer", "samen", "zelfs", "graag",
    "anders", "dus", "omdat",
  ]

  /// "ja" or "nee" for a whole answer that is one of their words, also drawn out
  /// ("jaaa", "neee"); nil for anything else.
  func yesOrNo(_ t: AnswerText) -> String? {
    let text = t.text
    if YesNoWords.agreeing.contains(text) || words.says("ja", text) { return "ja" }
    if YesNoWords.refusing.contains(text) || words.says("nee", text) { return "nee" }
    let letters = Array(text)
    guard letters.count >= 2, letters.allSatisfy(\.isLetter) else { return nil }
    // Repeated letters folded: "jjaaa" → "ja", "neeej" → "nej".
    let folded = String(
      letters.enumerated().filter { $0.offset == 0 || letters[$0.offset - 1] != $0.element }.map(\.element))
    if ["ja", "jah"].contains(folded) { return "ja" }
    if ["ne", "nej", "neh"].contains(folded), text.contains("ee") { return "nee" }
    return nil
  }
}
