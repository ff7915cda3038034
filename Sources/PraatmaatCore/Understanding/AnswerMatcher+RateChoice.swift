import Foundation

/// A choice whose options are all rates ("Elke week", "Elke maand", "Minder dan eens per
/// maand", "Nooit"): the rate the answer says ("een keer in de maand", "twee keer per jaar")
/// chooses the option it is, or falls in; otherwise the most often one it reaches ("iedere
/// twee weken" reaches every month, not every week) is checked first. The "1" of "1 keer in
/// een maand" counts times: it does not choose the first option.
extension AnswerMatcher {
  /// What an option's label says as a rate: one rate, or below or above one (not a number:
  /// below or above the other options).
  enum RateSpan: Equatable {
    case at(Double)
    case below(Double)
    case above(Double)
  }

  /// The rate of a label, in times a week, or nil when the label names none.
  static func rateSpan(_ label: String) -> RateSpan? {
    var words = AnswerText.plain(label).split(separator: " ").map(String.init)
    // "Minder vaak", "Vaker": than the other options, worked out by the caller.
    if words == ["minder", "vaak"] || words == ["minder"] { return .below(.nan) }
    if words == ["vaker"] || words == ["nog", "vaker"] || words == ["meer"] { return .above(.nan) }
    var bound: String?
    if words.count > 2, ["minder", "meer", "vaker"].contains(words[0]), words[1] == "dan" {
      bound = words[0]
      words.removeFirst(2)
    }
    // "één keer in de maand": "een" is the number one before "keer".
    if let k = words.firstIndex(of: "keer"), k > 0, words[k - 1] == "een" { words[k - 1] = "1" }
    // Only a label that names a period is a rate here: "Soms" or "Vaak" is a judgement, which
    // the participant confirms on a scale of how often (`rateStep`), never a stored rate.
    guard let rate = words == ["nooit"] ? 0 : timesAWeek(words) else { return nil }
    switch bound {
    case nil: return .at(rate)
    case "minder": return .below(rate)
    default: return .above(rate)
    }
  }

  /// What every option's label says, when all but "weet ik niet" or "anders" say it and at
  /// least two do; nil otherwise.
  static func everyOption<Span>(_ options: [Option], reads read: (String) -> Span?) -> [(
    id: String, span: Span
  )]? {
    var spans: [(id: String, span: Span)] = []
    for option in options {
      if let span = read(option.label) {
        spans.append((option.id, span))
      } else if !(ChoiceReading.isOther(option) || AnswerText.plain(option.label).contains("weet")) {
        return nil
      }
    }
    return spans.count >= 2 ? spans : nil
  }

  /// The option of the rate the answer says, when every option but "weet ik niet" or
  /// "anders" names a period and the answer names one; nil otherwise.
  func rateChoice(_ t: AnswerText, options: [Option]) -> Result? {
    // One rate only: "elke week of elke maand" names two options, which is asked again.
    let periods = t.words.filter {
      Self.periodsAWeek[$0] != nil || Self.ratesAWeek[$0] != nil || NumberReader.dayNames[$0] != nil
    }
    guard periods.count == 1, let rate = Self.timesAWeek(t.words), rate > 0 else { return nil }
    guard var rated = Self.everyOption(options, reads: Self.rateSpan) else { return nil }
    let points = rated.compactMap { option -> (id: String, rate: Double)? in
      if case .at(let r) = option.span, r > 0 { return (option.id, r) }
      return nil
    }
    if let same = points.first(where: { abs(log($0.rate / rate)) < 0.01 }) { return .value(.option(same.id)) }
    // "Minder vaak" is below the least often of the others, "Vaker" above the most often.
    if let low = points.map(\.rate).min(), let high = points.map(\.rate).max() {
      rated = rated.map { option in
        switch option.span {
        case .below(let r) where r.isNaN: (option.id, .below(low))
        case .above(let r) where r.isNaN: (option.id, .above(high))
        default: option
        }
      }
    }
    for option in rated {
      switch option.span {
      case .below(let r) where rate < r * 0.99, .above(let r) where rate > r * 1.01:
        return .value(.option(option.id))
      default: continue
      }
    }
    // Between two options, the one it reaches: twice a month is every month, not every week.
    let reached = points.filter { $0.rate <= rate }.max { $0.rate < $1.rate }
    let nearest = points.min { abs(log($0.rate / rate)) < abs(log($1.rate / rate)) }
    return (reached ?? nearest).map { .guess(.option($0.id)) }
  }
}
