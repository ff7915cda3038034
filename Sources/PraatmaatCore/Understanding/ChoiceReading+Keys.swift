/// The phrases that name each option: its label, id and own words, and the members of the
/// word groups its label words head.
extension ChoiceReading {
  /// Per option, the label words that another word of the label qualifies right before them
  /// ("huis" in "In mijn eigen huis", "week" in "Elke week"): on their own they only
  /// probably name the option.
  static func modified(_ options: [Option], words: AnswerWords) -> [Int: Set<String>] {
    var found: [Int: Set<String>] = [:]
    for (o, option) in options.enumerated() {
      let w = AnswerText(option.label, words: words).words
      for k in w.indices.dropFirst() where isSubstance(w[k - 1], words) && isSubstance(w[k], words) {
        found[o, default: []].insert(w[k])
      }
    }
    return found
  }

  /// The group a label word heads in another form: the verb of a noun ("Sporten" for the group
  /// "sport"), the noun with a verb after it ("Langsgaan" for "langs"), or one where the group
  /// is named in the plural ("Buur" for "buren", "Vriend" for "vrienden").
  static func headOfForm(_ word: String, words: AnswerWords) -> String? {
    let forms =
      ["en", "n", "gaan", "komen"].filter { word.hasSuffix($0) && word.count - $0.count >= 4 }
      .map { String(word.dropLast($0.count)) }
      + (word.count >= 3 ? [word + "s"] + infinitives(of: word) : [])
      // "Lopend", "Fietsend": the participle of a verb that heads a group.
      + (word.count >= 6 && word.hasSuffix("end") ? [String(word.dropLast())] : [])
    return forms.lazy.map { words.spelling[$0] ?? $0 }.first { words.groups[$0] != nil }
  }

  /// Every phrase that names an option, to the options it names. A phrase that names more
  /// than one option stays in, to be seen as ambiguous.
  static func keys(_ options: [Option], words: AnswerWords, groups: Bool) -> [String: Set<Int>] {
    func plain(_ text: String) -> String { AnswerText(text, words: words).text }
    var own: [Set<String>] = options.map { option in
      var keys: Set<String> = [
        plain(option.label), plain(option.id.replacingOccurrences(of: "-", with: " ")),
      ]
      keys.formUnion(option.words.map(plain))
      return keys.filter { !$0.isEmpty }
    }
    // The label's words that say something, and the id's words.
    let labelWords: [Set<String>] = options.map { option in
      // "Niet roken" is named by "roken" with a negation, never by "niet" alone.
      let saysNo = notDoing(option, words)
      return Set(
        (AnswerText(option.label, words: words).words
          + option.id.split(separator: "-").map { plain(String($0)) })
          .filter {
            // A short word counts when it heads a group of its own ("tv", "ov").
            ($0.count >= 3 || words.groups[$0] != nil) && !AnswerMatcher.littleWords.contains($0)
              && !words.tooGeneral.contains($0) && Int($0) == nil
              && !(saysNo && AnswerMatcher.negationWords.contains($0))
          })
    }
    // Per option, each group member with the size of the smallest group it came from.
    var grouped: [[String: Int]] = options.map { _ in [:] }
    for (o, set) in labelWords.enumerated() {
      own[o].formUnion(set)
      // "Geen sport", "Geen huisdier": the group of what the option says someone has not is no
      // way to name it ("voetbal" is a sport, not "Geen sport"). "Niemand" keeps its group.
      let hasNot =
        isNone(options[o], words: words)
        && AnswerText(options[o].label, words: words).words.contains {
          !AnswerMatcher.negationWords.contains($0) && !AnswerMatcher.noneWords.contains($0)
            && isSubstance($0, words)
        }
      guard groups, !hasNot else { continue }
      // The whole label heads a group too: "Alleen" is a little word, but "op mezelf" says it.
      // Not for the catch-all ("Ergens anders"): that one is only checked (see `other`).
      let whole: Set<String> = isOther(options[o]) ? [] : [plain(options[o].label)]
      for word in set.union(whole) {
        guard
          let members = words.groups[word]
            ?? Self.headOfForm(word, words: words).flatMap({ words.groups[$0] })
        else { continue }
        for member in members { grouped[o][member] = min(grouped[o][member] ?? .max, members.count) }
      }
      // "Alleen in een eigen huis": a little word that starts the label and heads a group names
      // the option through that group's other words ("op mezelf"), not on its own ("alleen
      // bij mijn ouders" is the parents).
      let first = AnswerText(options[o].label, words: words).words.first
      if let first, AnswerMatcher.littleWords.contains(first), let members = words.groups[first] {
        for member in members where member != first && !AnswerMatcher.littleWords.contains(member) {
          grouped[o][member] = min(grouped[o][member] ?? .max, members.count)
        }
      }
    }
    var table: [String: Set<Int>] = [:]
    // A label that is one little word ("Alleen") is still that option's name.
    let whole = Set(options.map { plain($0.label) })
    func fits(_ key: String) -> Bool {
      whole.contains(key) || (!words.tooGeneral.contains(key) && !AnswerMatcher.littleWords.contains(key))
    }
    for (o, keys) in own.enumerated() {
      for key in keys where fits(key) { table[key, default: []].insert(o) }
    }
    // A whole label beats the same word inside another label: with "Nooit" and "Bijna nooit",
    // "nooit" is the first.
    for (o, option) in options.enumerated() {
      let label = plain(option.label)
      if options.indices.filter({ plain(options[$0].label) == label }).count == 1, table[label] != nil {
        table[label] = [o]
      }
    }
    // A word of an option's own label beats the same word in another option's group: with
    // "Appen" and "Samen online", "appen" is the first.
    let ownKeys = Set(table.keys)
    var viaGroups: [String: [(option: Int, size: Int)]] = [:]
    for (o, keys) in grouped.enumerated() {
      for (key, size) in keys where fits(key) && !ownKeys.contains(key) {
        viaGroups[key, default: []].append((o, size))
      }
    }
    // A word in the groups of two options belongs to the one whose group is much smaller, the
    // more precise one: "videobellen" is "Bellen" rather than "Samen online".
    // An option whose own word is a member of another option's group is the more precise one
    // for the words both groups share: with "Taxi" and "Iemand brengt me met de auto", whose
    // group holds "taxi", "taxibusje" is the taxi.
    func narrower(_ o: Int, than other: Int) -> Bool {
      labelWords[o].contains { grouped[other][$0] != nil }
        && !labelWords[other].contains { grouped[o][$0] != nil }
    }
    for (key, hits) in viaGroups {
      let sorted = hits.sorted { $0.size < $1.size }
      let precise = hits.filter { hit in
        hits.allSatisfy { $0.option == hit.option || narrower(hit.option, than: $0.option) }
      }
      if hits.count >= 2, precise.count == 1 {
        table[key, default: []].insert(precise[0].option)
      } else if sorted.count >= 2, sorted[0].size * 2 <= sorted[1].size {
        table[key, default: []].insert(sorted[0].option)
      } else {
        for hit in hits { table[key, default: []].insert(hit.option) }
      }
    }
    return table
  }
}
