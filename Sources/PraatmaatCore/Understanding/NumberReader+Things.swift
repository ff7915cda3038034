/// Counting things of more than one kind: "twee honden en een kat", "een kat".
extension NumberReader {
  /// Words after "een" that do not name one thing: "een paar", "een beetje", "een keer".
  static let notOneThing: Set<String> = [
    "paar", "beetje", "hoop", "heleboel", "boel", "aantal", "stuk", "stuks", "keer", "keertje", "berg",
    "hele", "heel", "half", "halve", "kwart", "tijd", "tijdje", "tijdlang", "poos", "poosje", "tiental",
    "stel",
    // "een daarvan", "een van", "een is oud": one of those named, not one more.
    "daarvan", "ervan", "van", "is", "was", "die",
  ]

  /// A count made of things named one kind at a time, for a question that counts things (not
  /// people, days or money): "een" before a word is one of it, and the amounts joined by "en"
  /// are added up ("twee honden en een kat" 3, "n hond en 2 cavia's" 3). One thing alone ("een
  /// kat", "ik heb een hond") is one. Both are checked first. Without such an "een", amounts
  /// joined by "en" add up ("1 begeleider en 1 van het wijkteam"); not a range ("tussen de 10
  /// en 20"). Nil when none of these.
  func thingCount(_ w: [String], _ amounts: [Amount]) -> Reading? {
    guard unit == .count, !Self.saysNone(w), !w.contains("tussen") else { return nil }
    let taken = Set(amounts.map(\.at))
    let ones = w.indices.filter { i in
      ["een", "n"].contains(w[i]) && !taken.contains(i) && i + 1 < w.count
        && !Self.notOneThing.contains(w[i + 1])
    }
    // "1 begeleider en 1 van het wijkteam": amounts of things joined by "en" add up.
    guard !ones.isEmpty else { return Self.added(amounts, w) }
    if amounts.isEmpty, ones.count == 1, w.count <= 5 { return .number(1, worked: true) }
    let all = (amounts + ones.map { Amount(value: 1, at: $0) }).sorted { $0.at < $1.at }
    // "een hond, een kat en een vogel": a comma between two things, "en" before the last.
    let listed =
      all.count >= 2 && !w.contains("of") && w[all[all.count - 2].at..<all[all.count - 1].at].contains("en")
      && zip(all, all.dropFirst()).allSatisfy { a, b in b.at - a.at == 2 || w[a.at..<b.at].contains("en") }
    return listed ? Self.sum(all) : nil
  }
}
