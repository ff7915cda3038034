/// Yes/no questions and panel statements.
extension AnswerMatcher {
  func matchYesNo(_ answer: AnswerText, input: String, question: Question) -> Result {
    guard !answer.isEmpty else { return .notUnderstood }
    if let id = Self.exact(answer, question.options) ?? Self.numbered(answer, options: question.options) {
      return .value(.option(id))
    }
    // "niet gevaarlijk" to "Is de trap veilig?": yes, modestly.
    if notTheOpposite(answer, question: question) { return .guess(.option("ja")) }
    // Read from what was typed: the spelling list makes "had" "heb".
    let typed = Normalised(input).words.map(String.init)
    // "vroeger wel, nu niet meer", "had ik er een, nu niet": a question about now is answered
    // by what is said of now.
    var t = answer.present()
    let aboutNow = t.words.count != answer.words.count
    if !aboutNow,
      let now = typed.lastIndex(where: AnswerText.nowWords.contains), now > 0, now + 1 < typed.count,
      typed[..<now].contains(where: Self.pastYesWords.contains)
    {
      t = AnswerText(typed[(now + 1)...].joined(separator: " "), words: words)
    }
    // "had ik vroeger", "vroeger wel": a yes said only of the past, to a question about now,
    // is probably a no; checked first.
    // A plain no stays a no ("nee, had ik nooit").
    if !aboutNow, Self.askedNow(question), typed.contains(where: Self.pastYesWords.contains),
      !typed.contains(where: AnswerText.nowWords.contains)
    {
      switch polarity(t) {
      case .yes, .statement(negative: false): return .guess(.option("nee"))
      case .none where typed.contains("wel"): return .guess(.option("nee"))
      case .no, .statement(negative: true): break
      default: return .notUnderstood
      }
    }
    switch polarity(t) {
    case .yes: return turned(t) || Self.believed(t) ? .guess(.option("ja")) : .value(.option("ja"))
    case .no: return turned(t) || Self.believed(t) ? .guess(.option("nee")) : .value(.option("nee"))
    case .doubt:
      // "een klein beetje" to "Heb je een bijbaan?": some is a yes, checked first.
      let some =
        t.words.contains("beetje") && !t.words.contains { Self.negationWords.contains($0) || $0 == "nee" }
      return some ? .guess(.option("ja")) : .notUnderstood
    case .both: return .notUnderstood
    case .statement(let negative): return .guess(.option(negative ? "nee" : "ja"))
    case .none: return Self.counted(t).map { .guess(.option($0 > 0 ? "ja" : "nee")) } ?? .notUnderstood
    }
  }

  /// "al 4 keer", "heb er vier", "nul keer" to a yes/no question: how many says whether; nil when the
  /// answer is not only a count.
  static func counted(_ t: AnswerText) -> Int? {
    let rest = t.words.filter { !["keer", "heb", "er", "ik", "stuks", "al", "wel"].contains($0) }
    guard rest.count == 1, t.words.count >= 2 || rest[0] == "nul",
      let n = Int(rest[0]) ?? DutchNumbers.value(rest[0]) ?? (rest[0] == "nul" ? 0 : nil), rest[0] != "een"
    else { return nil }
    return n
  }

  /// Where "niet eens" means "not even" ("ik ken mijn buren niet eens"), the place of its
  /// "eens"; nil where it disagrees ("ik ben het er niet eens mee").
  static func notEven(_ t: AnswerText) -> Int? {
    let w = t.words
    let agreeing: Set<String> = ["het", "er", "daar", "ermee", "daarmee", "mee", "ben", "bent"]
    guard let k = w.indices.dropFirst().first(where: { w[$0] == "eens" && w[$0 - 1] == "niet" }), k >= 3,
      !w[..<k].contains(where: agreeing.contains), k + 1 >= w.count || w[k + 1] != "mee"
    else { return nil }
    return k
  }

  func matchStatement(_ t: AnswerText, question: Question) -> Result {
    guard !t.isEmpty else { return .notUnderstood }
    // "ik ken mijn buren niet eens": "not even", no vote; read without that "eens".
    if let k = Self.notEven(t) {
      var shorter = t
      shorter.words.remove(at: k)
      shorter.clauses.remove(at: k)
      return matchStatement(shorter, question: question)
    }
    if let id = Self.exact(t, question.options) ?? Self.numbered(t, options: question.options) {
      return .value(.option(id))
    }
    let text = t.text
    // "eens en oneens": both at once is no vote.
    if t.words.contains("eens") && t.words.contains("oneens") { return .notUnderstood }
    if notTheOpposite(t, question: question) { return .guess(.option("eens")) }
    if Self.soSo(t) { return .guess(.option("weet-niet")) }
    // "vroeger lukte dat wel": agreeing only of the past, to a statement about now, is
    // probably disagreeing; checked first. ("toen" tells a story: "ik ben toen zelf gegaan".)
    if Self.askedNow(question), let v = t.words.firstIndex(of: "vroeger"), !t.words.contains("sinds"),
      !t.words.contains(where: AnswerText.nowWords.contains), !t.words.contains("ja"),
      v == 0 || !["dan", "als"].contains(t.words[v - 1]),
      !t.words[v...].contains(where: { ["niet", "nie", "geen", "nooit"].contains($0) })
    {
      switch polarity(t) {
      case .yes, .statement(negative: false): return .guess(.option("oneens"))
      case .none where t.words.contains("wel"): return .guess(.option("oneens"))
      default: break
      }
    }
    let vote: (String) -> Result = {
      turned(t) || Self.believed(t) ? .guess(.option($0)) : .value(.option($0))
    }
    // "ken die mensen niet", "ken die nog niet": not knowing whom or what the statement is about is no
    // vote; on a statement about knowing it is one (see `notKnowingTheThing`).
    let asked = Self.plainWords(of: question)
    let aboutKnowing = !asked.isDisjoint(with: ["weet", "ken", "snap", "begrijp"])
    if !aboutKnowing, Self.tooNewToSay(t) { return .guess(.option("weet-niet")) }
    // "ja soms", "ja af en toe wel": yes, now and then, to a statement of something that happens.
    if t.words.first == "ja", !t.words.contains("niet"),
      t.words.contains("soms") || text.contains("af en toe") || text.contains("wel eens")
    {
      return .guess(.option("eens"))
    }
    // "mijn zus bepaalt dat" to "Ik kies zelf …": someone else decides.
    if asked.contains("zelf"),
      t.words.contains(where: { ["bepaalt", "beslist", "kiest", "bepalen", "beslissen"].contains($0) }),
      !t.words.contains(where: { ["ik", "zelf", "nee", "ja", "eens", "oneens"].contains($0) })
    {
      return .guess(.option("oneens"))
    }
    if words.says("eens", text) { return vote("eens") }
    if words.says("oneens", text) { return vote("oneens") }
    // "misschien", "een beetje": doubt, or agreeing in part; "Weet ik niet" is checked first.
    if Self.doubtWords.contains(where: { text.contains($0) }), Self.notKnowingTheThing(t.words, question) {
      return .guess(.option("oneens"))
    }
    if text.contains("misschien") { return .guess(.option("weet-niet")) }
    if Self.doubtWords.contains(where: { text.contains($0) }) { return .value(.option("weet-niet")) }
    // "ken haar nog niet": too new to say.
    if Self.tooNewToSay(t) { return .guess(.option("weet-niet")) }
    // "soms wel soms niet", "niet altijd", "half om half", "thuis wel, buiten niet": agreeing in
    // part is no vote. Most people then mean they cannot say: checked as "weet ik niet" first,
    // and asked again when that is not it. With a "ja" or "nee" of its own ("nee, hij komt soms")
    // it is asked again straight away.
    if Self.partly(t) || Self.twoSided(t, words: words) {
      return t.words.contains(where: Self.voteWords.contains) ? .notUnderstood : .guess(.option("weet-niet"))
    }
    // "oneens, dan wordt het te druk", "ik kan ze nu lezen dus oneens": the option's own word
    // first or last, and not the other one.
    let own = ["eens", "oneens"].filter(t.words.contains)
    if own.count == 1, t.words.first == own[0] || t.words.last == own[0] { return vote(own[0]) }
    if let judged = judgedStatement(t, question: question) { return judged }
    switch polarity(t) {
    case .yes: return vote("eens")
    case .no: return vote("oneens")
    case .doubt: return .guess(.option("weet-niet"))
    case .both: return .notUnderstood
    case .statement(let negative): return .guess(.option(negative ? "oneens" : "eens"))
    case .none: return .notUnderstood
    }
  }

  /// "geen idee" to "Weet je waar de bieb is?": not knowing is the answer no, checked first.
  public static func notKnowingIsNo(_ reply: BuiltInReply?, _ question: Question) -> Bool {
    guard reply == .dontKnow, question.kind == .yesNo, let line = question.text.last else { return false }
    let opening = AnswerText.plain(line).split(separator: " ").prefix(2).joined(separator: " ")
    return ["weet je", "ken je", "weet u", "ken u"].contains(opening)
  }

  /// "ik denk het", "volgens mij wel", "meestal wel": a yes or no that is only believed or
  /// holds most of the time, checked first.
  static func believed(_ t: AnswerText) -> Bool {
    t.words.contains {
      ["denk", "geloof", "volgens", "waarschijnlijk", "wss", "meestal", "vermoed", "misschien"].contains($0)
    }
  }

  /// "ken haar nog niet", "ken die niet": the person the statement is about is not known yet.
  static func tooNewToSay(_ t: AnswerText) -> Bool {
    guard let i = t.words.firstIndex(of: "ken"), i + 1 < t.words.count else { return false }
    let rest = t.words[(i + 1)...].prefix(3)
    return rest.contains("niet")
      && rest.contains { ["hem", "haar", "ze", "zij", "die", "het", "ik", "dat"].contains($0) }
  }

  /// Words that put a yes in the past: "vroeger wel", "had ik", "toen nog wel".
  static let pastYesWords: Set<String> = ["vroeger", "had", "hadden", "toen"]

  /// Whether a yes/no question asks about now: no word of the past or of ever in it.
  static func askedNow(_ question: Question) -> Bool {
    let asked = plainWords(of: question)
    let past: Set<String> = [
      "ooit", "vroeger", "vorig", "vorige", "had", "hadden", "was", "waren", "geweest", "gehad", "laatst",
      "toen",
    ]
    // "Heb je hulp gevraagd?": a past participle asks about the past too. A word that only
    // looks like one ("gezond") turns the rule off for that question, the safe side.
    let participle = asked.contains {
      $0.count >= 6 && $0.hasPrefix("ge") && ($0.hasSuffix("d") || $0.hasSuffix("t"))
    }
    return !participle && !asked.contains(where: past.contains)
  }

  /// A judgement to a statement that judges itself ("Formulieren invullen vind ik moeilijk."):
  /// the statement's side agrees, the other side disagrees ("is goed te doen", "makkelijk"),
  /// checked first. Nil when the statement or the answer holds no judgement, or the answer
  /// says yes or no itself.
  func judgedStatement(_ t: AnswerText, question: Question) -> Result? {
    switch polarity(t) {
    case .yes, .no: return nil
    default: break
    }
    let stated = Self.judgingWords(of: question, words: words)
    let sides = Set(
      stated.compactMap { word -> Bool? in
        if let step = words.scaleSteps[word], step != 6 { return step > 6 }
        return words.opposites[word] != nil ? words.highSide.contains(word) : nil
      })
    guard sides.count == 1, let statedGood = sides.first,
      let step = scaleStep(t, heads: heads(for: question)), step != 6
    else { return nil }
    return .guess(.option((step > 6) == statedGood ? "eens" : "oneens"))
  }

  /// "ja maar niet met die begeleider", "wss wel, maar weet het niet zeker": a yes or no that
  /// "maar" turns with words of its own is only probably the answer, checked first.
  func turned(_ t: AnswerText) -> Bool {
    guard let i = t.words.firstIndex(of: "maar"), i > 0 else { return false }
    return t.words[(i + 1)...].contains { !Self.littleWords.contains($0) && $0.count >= 3 }
  }

  /// "soms", "deels", "niet altijd", "af en toe", "wel en niet": true in part.
  static func partly(_ t: AnswerText) -> Bool {
    let text = " " + t.text + " "
    // "half" as in "half half", not "elk half jaar".
    let half = t.words.indices.contains { i in
      t.words[i] == "half" && (i == t.words.count - 1 || ["half", "om"].contains(t.words[i + 1]))
    }
    return half || t.words.contains { ["soms", "deels", "gedeeltelijk"].contains($0) }
      || [" niet altijd ", " af en toe ", " wel en niet ", " ja en nee "].contains { text.contains($0) }
  }

  /// Words that vote on their own: with one of them an answer in parts is no "weet ik niet".
  static let voteWords: Set<String> = ["ja", "nee", "neen", "jawel", "klopt", "eens", "oneens"]

  /// "sommige agenten wel, sommige niet", "thuis wel, buiten niet": yes in one part and no in
  /// the other (`partlyYes`), where neither part is the speaker's last word on it: not after
  /// "maar", not what someone else says ("mijn zus zegt van wel"), not then against now
  /// ("vroeger niet, de nieuwe wel").
  static func twoSided(_ t: AnswerText, words: AnswerWords) -> Bool {
    !t.words.contains(where: settledWords.contains) && partlyYes(t, scaleWords: words.scaleSteps)
  }

  /// Words that make one part of an answer the speaker's last word on it (see `twoSided`).
  static let settledWords: Set<String> = [
    "maar", "zegt", "zeggen", "vindt", "vroeger", "oud", "oude", "eerst", "vorige", "nu", "ex",
  ]

  /// The words of a question's text, plain: lower case, without accents and punctuation.
  static func plainWords(of question: Question) -> Set<String> {
    Set(question.text.flatMap { AnswerText.plain($0).split(separator: " ").map(String.init) })
  }

  /// "nee, geen idee waar het loket zit", "geen idee waar het loket is" to "Ik weet waar het loket
  /// is.": not knowing the thing itself disagrees with a statement about knowing it.
  static func notKnowingTheThing(_ words: [String], _ question: Question) -> Bool {
    let asked = ["wat", "waar", "wie", "hoe", "wanneer", "welke", "waarvoor"]
    return (words.first == "nee" || words.contains(where: asked.contains))
      && plainWords(of: question).contains("weet")
  }

  /// On a panel statement: doubt is "weet ik niet".
  static let doubtWords = [
    "twijfel", "ik twijfel", "misschien", "weet niet", "geen idee", "geen mening", "neutraal",
    // "weet ik niet of dat klopt": not knowing whether the statement is true.
    "weet ik niet", "weet het niet", "weet ik het niet",
    "maakt me niet uit",
    "maakt mij niet uit", "maakt niet uit",
  ]

  enum Polarity: Equatable {
    case yes, no, both, doubt
    /// No yes or no word, but a sentence that says something: with or without a negation.
    case statement(negative: Bool)
    case none
  }

  /// What an answer says to a yes/no question: a whole yes or no ("ja hoor", "nee joh"),
  /// one at the start ("ja, ik krijg begeleiding", "nee mijn ouders betalen alles"), both at
  /// once ("ja en nee"), doubt ("misschien"), or a sentence to be checked.
  func polarity(_ t: AnswerText) -> Polarity {
    if let word = yesOrNo(t) { return word == "ja" ? .yes : .no }
    let text = t.text
    if words.says("twijfel", text) { return .doubt }
    // A yes and a no word, or a yes and a no pictogram ("🙂🙁"), at once.
    let yes = t.words.contains {
      YesNoWords.yesWord.contains($0) || (AnswerText.isEmoji($0.first ?? " ") && words.says("ja", $0))
    }
    let no = t.words.contains {
      YesNoWords.noWord.contains($0) || (AnswerText.isEmoji($0.first ?? " ") && words.says("nee", $0))
    }
    if yes && no { return .both }
    // The longest yes or no phrase the answer starts with.
    for length in stride(from: min(4, t.words.count - 1), through: 1, by: -1) {
      let start = t.phrase(from: 0, length: length)
      if YesNoWords.agreeing.contains(start) || words.says("ja", start) { return .yes }
      if YesNoWords.refusing.contains(start) || words.says("nee", start) { return .no }
    }
    if yes { return .yes }
    if no { return .no }
    // A sentence with something in it: "mijn begeleider komt van de gemeente".
    let content = t.words.filter { $0.count >= 3 && !Self.littleWords.contains($0) }
    guard t.words.count >= 3, !content.isEmpty else { return .none }
    let negative = t.words.contains { Self.negationWords.contains($0) || words.negations.contains($0) }
    return .statement(negative: negative)
  }

  /// The option whose id or label is exactly the text, or, for a label of at least five
  /// letters, the text with one typo ("Aleen", "zwemen"), when no other label is as close.
  static func exact(_ t: AnswerText, _ options: [Option]) -> String? {
    let text = t.text
    if let id = options.first(where: {
      AnswerText.plain($0.id.replacingOccurrences(of: "-", with: " ")) == text
        || AnswerText.plain($0.label) == text
    })?.id {
      return id
    }
    guard text.count >= 5 else { return nil }
    let close = options.filter {
      let label = AnswerText.plain($0.label)
      return label.count >= 5 && EditDistance.between(label, text) <= 1
    }
    return close.count == 1 ? close[0].id : nil
  }
}

extension AnswerText {
  /// `length` words from `start`, joined.
  func phrase(from start: Int, length: Int) -> String {
    words[start..<min(words.count, start + length)].joined(separator: " ")
  }
}
