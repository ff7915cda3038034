/// Which options an answer names, and which it names only to rule them out.
///
/// Each option is known by its id, its label, the words of its label that no other option
/// has, the writer's own words for it (`optie x: Label | woord`) and, for a label word that
/// heads a group in `AnswerWords` ("winkel"), every word of that group ("supermarkt"). A word
/// that would point at two options points at neither. A negation in the same clause ("geen
/// bus", "familie niet") rules an option out; "niemand behalve mama" names mama's option.
struct ChoiceReading {
  /// The options named, in the options' order.
  var chosen: [String] = []
  /// The options named only to rule them out.
  var excluded: [String] = []
  /// Every option some word pointed at, also ambiguously: for the hint after a miss.
  var touched: Set<String> = []
  /// Whether every chosen option was named by its own words, not by a near spelling.
  var sure = true
  /// The chosen options named only by a label word that another word qualifies ("huis" of
  /// "Alleen in een eigen huis").
  var weakOnly: Set<String> = []
  /// "alles", "allemaal": every option.
  var everything = false
  /// Whether the answer holds a word of substance that named no option.
  var unnamed = false
  /// Those words.
  var unnamedWords: [String] = []
  /// Whether a part of a list ("mama en de begeleider", "huishouden en post") names no
  /// option while another part does: then the answer is only partly understood.
  var partial: Bool { !unnamedParts.isEmpty }
  /// The words of each such part.
  var unnamedParts: [[String]] = []
  /// Of two options named, the one said to be the usual one: "meestal de bus, soms de
  /// fiets", "fietsen, en als het regent de bus". Nil when neither is marked so.
  var usual: String?

  struct Hit {
    var start: Int
    var length: Int
    var options: Set<Int>
    var sure: Bool
    /// Found through a verb form ("haalt ons op" for "ophalen").
    var verb = false
  }

  init(_ t: AnswerText, options: [Option], words: AnswerWords, groups: Bool = true) {
    guard !t.isEmpty, !options.isEmpty else { return }
    let table = Self.keys(options, words: words, groups: groups)
    let modified = Self.modified(options, words: words)
    let longest = max(1, table.keys.map { $0.split(separator: " ").count }.max() ?? 1)
    var hits: [Hit] = []
    var i = 0
    while i < t.words.count {
      var found: Hit?
      for length in stride(from: min(longest, t.words.count - i), through: 1, by: -1) {
        guard t.clauses[i] == t.clauses[i + length - 1] else { continue }
        let phrase = t.phrase(from: i, length: length)
        // "bij mijn" names home only at the end: "bij mijn vrienden" is at the friends'.
        let end = i + length
        if length > 1, Self.possessives.contains(t.words[end - 1]), end < t.words.count,
          t.clauses[end] == t.clauses[i]
        {
          continue
        }
        if let owners = table[phrase] {
          // "huis" for "In mijn eigen huis": the label's word without what it says about it.
          let weak = owners.count == 1 && modified[owners.first!]?.contains(phrase) == true
          found = Hit(start: i, length: length, options: owners, sure: !weak)
          break
        }
        if length == 1, let owners = Self.stem(phrase, table, spelling: words.spelling) {
          found = Hit(start: i, length: 1, options: owners, sure: true)
          break
        }
        if length == 1, let owners = Self.verb(at: i, in: t, table) {
          found = Hit(start: i, length: 1, options: owners, sure: true, verb: true)
          break
        }
      }
      if found == nil,
        let owners = (words.isKnown(t.words[i]) ? nil : Self.near(t.words[i], table))
          ?? (Self.isSubstance(t.words[i], words) ? Self.compound(t.words[i], table) : nil)
      {
        found = Hit(start: i, length: 1, options: owners, sure: false)
      }
      // "niemand en 1", "nummer 3 graag": a number shown on the screen.
      // A number before a word of substance counts that thing ("2 broodjes").
      if found == nil, let n = Int(t.words[i]), n >= 1, n <= options.count,
        i + 1 == t.words.count || t.clauses[i + 1] != t.clauses[i]
          || !NumberReader.unitWords.contains(t.words[i + 1])
            && (["en", "of", "graag", "enzo"].contains(t.words[i + 1]) || Int(t.words[i + 1]) != nil
              || !Self.isSubstance(t.words[i + 1], words))
      {
        found = Hit(start: i, length: 1, options: [n - 1], sure: true)
      }
      if let hit = found {
        hits.append(hit)
        i += hit.length
      } else {
        if Self.isSubstance(t.words[i], words) {
          unnamed = true
          unnamedWords.append(t.words[i])
        }
        i += 1
      }
    }
    // "het taxibusje haalt ons op": a verb beside a word that names another option says how that
    // one goes, not a second choice ("bel en app" is two).
    let joined = t.words.indices.filter { ["en", "of"].contains(t.words[$0]) }.map { t.clauses[$0] }
    let found = hits
    hits.removeAll { hit in
      hit.verb && !joined.contains(t.clauses[hit.start])
        && found.contains { other in
          !other.verb && t.clauses[other.start] == t.clauses[hit.start]
            && other.options.isDisjoint(with: hit.options)
        }
    }
    // Only the words of substance: "het" of "Met de taxi of het busje" says nothing.
    let labelWords = Set(
      options.flatMap { AnswerText($0.label, words: words).words }.filter { Self.isSubstance($0, words) })
    unnamedParts = Self.unnamedParts(t, hits: hits, words: words, labelWords: labelWords)
    let text = " " + t.text + " "
    // "alles", "ze allemaal", "overal", "iedereen" (to "Wie …?"): every option; "doe alles zelf"
    // says something else. What
    // stands after "behalve" is left out ("alles behalve lezen"), and so do the words of one who
    // passes the answer on ("hij zegt met alles").
    let beforeBehalve = t.words.prefix { $0 != "behalve" }
    let saying: Set<String> = [
      "alles", "allemaal", "alle", "drie", "vier", "overal", "zegt", "volgens", "iedereen",
    ]
    everything =
      [" alles ", " allemaal ", " alle drie ", " alle vier ", " overal ", " iedereen "].contains {
        text.contains($0)
      }
      && !beforeBehalve.contains { Self.isSubstance($0, words) && !saying.contains($0) }
    for hit in hits { for o in hit.options { touched.insert(options[o].id) } }
    let none = Set(options.indices.filter { Self.isNone(options[$0], words: words) })
    let notDoing = Set(options.indices.filter { Self.notDoing(options[$0], words) })
    let behalve = t.words.firstIndex(of: "behalve")
    var named: [Int: Bool] = [:]
    var ruledOut: Set<Int> = []
    let covered = Set(hits.flatMap { $0.start..<($0.start + $0.length) })
    for hit in hits where hit.options.count == 1 {
      let o = hit.options.first!
      // "Niet roken": the answer names it only when it says no to the thing ("ik rook niet");
      // "ik rook" is the other way round.
      var out =
        notDoing.contains(o)
        ? !Self.negated(hit, in: t, option: options[o], covered: covered, ownCounts: true)
        : Self.negated(hit, in: t, option: options[o], covered: covered)
      if let b = behalve {
        let noneBefore =
          hits.contains { $0.start < b && $0.options.isSubset(of: none) }
          || t.words[..<b].contains { ["niemand", "niks", "niets", "nergens", "geen"].contains($0) }
        if hit.start > b {
          out = !noneBefore
        } else if none.contains(o) && noneBefore {
          continue
        }
      }
      // "alleen een vriendin, verder niemand": the "nobody" closes a list of others.
      if none.contains(o), hit.start > 0, ["verder", "anders"].contains(t.words[hit.start - 1]),
        hits.contains(where: { !$0.options.isSubset(of: none) })
      {
        continue
      }
      // The later mention wins: "bus, of nee, geen bus" rules the bus out.
      if out {
        ruledOut.insert(o)
        named[o] = nil
      } else {
        ruledOut.remove(o)
        // One sure hit makes the option sure: "eigen huis" names it, "huis" alone only maybe.
        named[o] = (named[o] ?? false) || hit.sure
      }
    }
    for o in ruledOut where named[o] == nil { excluded.append(options[o].id) }
    chosen = options.indices.filter { named[$0] != nil }.map { options[$0].id }
    weakOnly = Set(options.indices.filter { named[$0] == false }.map { options[$0].id })
    // A word that pointed at two options leaves the reading unsure: "appen, bellen en
    // afspreken" with "appen" in two options' words is checked, not kept as "afspreken".
    sure = named.values.allSatisfy { $0 } && !hits.contains { $0.options.count > 1 }
    if chosen.count == 2 {
      let marks = hits.filter { $0.options.count == 1 && named[$0.options.first!] != nil }.map {
        (option: $0.options.first!, mark: Self.frequency(before: $0, in: t, hits: hits))
      }
      let main = Set(marks.filter { $0.mark != .sometimes }.map(\.option))
      let marked = marks.contains { $0.mark != nil }
      if main.count == 1, marked, Set(marks.map(\.option)).count == 2 { usual = options[main.first!].id }
    }
  }

  /// Subjects and the most common verbs: the words of a sentence, not of a list item.
  static let clauseWords: Set<String> = [
    "ik", "jij", "hij", "zij", "ze", "we", "wij", "er", "het", "dat", "die", "is", "zijn", "heb", "heeft",
    "ga",
    "gaat", "doe", "doet", "kan", "moet", "wil", "zit", "zitten", "krijg", "krijgt", "kom", "komt",
  ]

  /// Words that own the word after them: "mijn", "zijn", "haar", "onze", "hun".
  static let possessives: Set<String> = ["mijn", "zijn", "haar", "onze", "ons", "hun", "jouw"]

  enum Frequency { case usually, sometimes }

  /// Whether the word at `i` says a short bit of the way: "met de trein en dan nog een stukje
  /// lopen" goes by train. "stuk" (as "stukje" is spelled) after "een", "klein", "laatste",
  /// "kort", "nog" or "dan", "laatste" before "stuk" or "eind"; not "het grootste stuk".
  static func shortBit(_ w: [String], _ i: Int) -> Bool {
    switch w[i] {
    case "stukkie", "eindje": return true
    case "stuk": return i > 0 && ["een", "klein", "laatste", "kort", "nog", "dan"].contains(w[i - 1])
    case "laatste": return i + 1 < w.count && ["stuk", "eind", "eindje", "stukkie"].contains(w[i + 1])
    default: return false
    }
  }

  /// "meestal", "vooral" or "soms", "als", "af en toe" in the words before a hit, back to the
  /// hit before it or the start of its clause; a short bit of the way ("een stukje lopen") is
  /// a sometimes too.
  static func frequency(before hit: Hit, in t: AnswerText, hits: [Hit]) -> Frequency? {
    // In the hit itself too: "een stukje lopen" of the group for walking.
    if (hit.start..<(hit.start + hit.length)).contains(where: { shortBit(t.words, $0) }) { return .sometimes }
    let previousEnd = hits.filter { $0.start < hit.start }.map { $0.start + $0.length }.max() ?? 0
    var i = hit.start - 1
    while i >= previousEnd, t.clauses[i] == t.clauses[hit.start] {
      if ["meestal", "vooral", "normaal", "gewoonlijk", "altijd"].contains(t.words[i]) { return .usually }
      if ["soms", "toe", "als", "wanneer", "weleens", "zelden", "behalve"].contains(t.words[i])
        || shortBit(t.words, i)
      {
        return .sometimes
      }
      i -= 1
    }
    return nil
  }

  /// A word that says something: no little word, negation, number, word too general or
  /// filler made of one sound over and over ("blabla", "hahaha").
  static func isSubstance(_ word: String, _ words: AnswerWords) -> Bool {
    word.count >= 3 && !AnswerMatcher.littleWords.contains(word) && !words.tooGeneral.contains(word)
      && !AnswerMatcher.negationWords.contains(word) && Int(word) == nil
      && !AnswerText.isEmoji(word.first ?? " ")
      && !isRepeatedSound(word)
  }

  /// "blabla", "hahaha", "lalala", "hmmm": one to three letters said again and again.
  static func isRepeatedSound(_ word: String) -> Bool {
    let letters = Array(word)
    return (1...3).contains { size in
      letters.count >= size * 2 && letters.count % size == 0
        && stride(from: size, to: letters.count, by: size).allSatisfy {
          Array(letters[$0..<$0 + size]) == Array(letters[0..<size])
        }
    } || Set(letters.dropFirst()).count == 1 && letters.count >= 3
  }

  /// Whether an option means "nobody" or "nothing": its label has a negation word.
  static func isNone(_ option: Option, words: AnswerWords) -> Bool {
    !notDoing(option, words)
      && !Set(AnswerText.plain(option.label).split(separator: " ").map(String.init))
        .isDisjoint(with: AnswerMatcher.negationWords)
  }

  /// Words for having stopped doing something: "gestopt met roken".
  static let stopWords: Set<String> = ["gestopt"]

  /// An option that is not doing something: "Niet roken", "Niet gokken": "niet" and a verb
  /// that heads a word group. It names a thing, so it is no "none" option. "Niet tevreden" is
  /// a judgement, no thing done.
  static func notDoing(_ option: Option, _ words: AnswerWords) -> Bool {
    let label = AnswerText.plain(option.label).split(separator: " ").map(String.init)
    return label.count == 2 && label[0] == "niet" && label[1].hasSuffix("en") && words.groups[label[1]] != nil
  }

  /// Whether an option is the catch-all "iets anders", "ergens anders", "iemand anders".
  static func isOther(_ option: Option) -> Bool {
    option.id == "anders" || AnswerText.plain(option.label).split(separator: " ").contains("anders")
  }

  /// Whether a negation in the hit's clause turns it around: up to three words before it
  /// ("geen bus", "niet bij mijn ouders"), right after it ("familie niet", "eet geen snoep"), or
  /// in the hit itself. A negation the option's own label has ("Niemand") does not count,
  /// unless `ownCounts` (an option for not doing something, where "gestopt met" counts too).
  static func negated(
    _ hit: Hit, in t: AnswerText, option: Option, covered: Set<Int>, ownCounts: Bool = false
  )
    -> Bool
  {
    let own =
      ownCounts ? [] : Set(AnswerText.plain(option.label).split(separator: " ").map(String.init))
    // "niet roken", "rook niet" named whole: the negation is in the hit itself.
    if ownCounts,
      t.words[hit.start..<(hit.start + hit.length)].contains(where: AnswerMatcher.negationWords.contains)
    {
      return true
    }
    let clause = t.clauses[hit.start]
    // A negation that names an option itself ("niemand en 1") turns nothing around.
    for k in 1...3
    where hit.start - k >= 0 && t.clauses[hit.start - k] == clause && !covered.contains(hit.start - k) {
      let word = t.words[hit.start - k]
      // "ik rook niet en ik wandel": a negation before "en" belongs to the part before.
      if ["en", "of", "maar"].contains(word) { break }
      if AnswerMatcher.negationWords.contains(word) && !own.contains(word) { return true }
      // "gestopt met roken" to "Niet roken".
      if ownCounts, Self.stopWords.contains(word) { return true }
      if !AnswerMatcher.littleWords.contains(word) && k > 1 { break }
    }
    let after = hit.start + hit.length
    // "ik eet geen snoep": a word with "geen" right after it is not done.
    if hit.length == 1, after < t.words.count, t.words[after] == "geen", t.clauses[after] == clause {
      return true
    }
    // "familie niet", "de gemeente helpt niet", "koken doe ik niet meer", "de trein nooit": a
    // "niet" or "nooit" that ends the clause soon after, with one word or only a verb and its
    // subject between.
    for k in 0..<4 where after + k < t.words.count && t.clauses[after + k] == clause {
      guard ["niet", "nooit"].contains(t.words[after + k]), !own.contains(t.words[after + k]) else {
        continue
      }
      let between = t.words[after..<(after + k)]
      guard between.count <= 1 || between.allSatisfy(clauseWords.contains) else { return false }
      var end = after + k + 1
      if end < t.words.count, t.words[end] == "meer", t.clauses[end] == clause { end += 1 }
      // "ik rook niet en ik wandel": "en" or "maar" starts the next part.
      return end == t.words.count || t.clauses[end] != clause || ["en", "of", "maar"].contains(t.words[end])
    }
    return false
  }
}
