import Foundation

/// How often, said as a rate: "vijf keer per week", "twee keer per maand", "om de drie weken", "elke
/// zaterdag", "wekelijks". On a scale of how often ("Nooit / Soms / Vaak") the step nearest to
/// that rate is offered as a check: people and writers draw the line between "soms" and "vaak"
/// in different places, so it is never stored without the participant's yes.
extension AnswerMatcher {
  /// Times a week for the words of a period, and for the words that are a rate on their own.
  static let periodsAWeek: [String: Double] = [
    "dag": 7, "dagen": 7, "avond": 7, "avonden": 7, "nacht": 7, "nachten": 7, "ochtend": 7, "middag": 7,
    "week": 1, "weken": 1, "weekend": 1, "weekenden": 1, "maand": 12.0 / 52, "maanden": 12.0 / 52,
    "jaar": 1.0 / 52, "jaren": 1.0 / 52,
  ]
  static let ratesAWeek: [String: Double] = [
    "dagelijks": 7, "wekelijks": 1, "tweewekelijks": 0.5, "maandelijks": 12.0 / 52, "jaarlijks": 1.0 / 52,
    // All the time: as "altijd" on a scale, every day.
    "constant": 7, "continu": 7,
  ]

  /// The times a week the answer says, or nil when it says no rate (or turns one round:
  /// "niet elke week").
  static func timesAWeek(_ w: [String]) -> Double? {
    guard !w.contains(where: { ["niet", "geen", "nooit", "behalve"].contains($0) }) else { return nil }
    if let rate = w.lazy.compactMap({ ratesAWeek[$0] }).first { return rate }
    // "de hele tijd" (the spelling list reads "hele" as "heel"), not "een hele tijd (geleden)",
    // a long while.
    if !w.contains("geleden"),
      w.indices.dropFirst().dropLast().contains(where: { k in
        w[k - 1] == "de" && ["hele", "heel"].contains(w[k]) && w[k + 1] == "tijd"
      })
    {
      return 7
    }
    func number(_ k: Int) -> Double? {
      guard w.indices.contains(k) else { return nil }
      if w[k] == "paar" || w[k] == "aantal" { return 3 }
      if w[k] == "eens" { return 1 }
      var digits = w[k]
      if digits.hasSuffix("x"), digits.count > 1 { digits.removeLast() }
      return Int(digits).map(Double.init) ?? DutchNumbers.value(w[k]).map(Double.init)
    }
    for p in w.indices {
      let days = NumberReader.dayNames[w[p]] != nil
      guard let perWeek = days ? 1 : periodsAWeek[w[p]], p > 0 else { continue }
      let before = Array(w[..<p].suffix(4))
      // "elke vrijdag", "iedere week", "elke drie weken".
      if let every = before.lastIndex(where: { ["elke", "iedere", "elk", "ieder", "alle"].contains($0) }) {
        let between = before[(every + 1)...]
        // "elke woensdag zwemmen en vrijdag dansen": each day named is once a week.
        if between.isEmpty {
          return days ? Double(Set(w.compactMap { NumberReader.dayNames[$0] }).count) : perWeek
        }
        if between.count == 1, let n = number(p - 1), n >= 1 { return perWeek / n }
      }
      // "om de drie weken", "om de paar dagen", "eens in de paar maanden".
      if before.suffix(2) == ["om", "de"] { return perWeek / 2 }
      if before.suffix(3).first == "om" || before.suffix(3).first == "in", before.suffix(2).first == "de",
        let n = number(p - 1), n >= 2
      {
        return perWeek / n
      }
      // "vijf keer per week", "3x in de maand", "eens per kwartaal", "drie dagen in de week".
      guard let per = before.last,
        ["per", "de", "a", "in"].contains(per) || before.suffix(2) == ["in", "de"]
      else { continue }
      let start = max(0, p - 5)
      let counted = w[start..<p].indices.reversed().first { k in
        ["keer", "keren", "keertje", "keertjes", "maal", "x", "dagen", "avonden"].contains(w[k])
          || w[k].hasSuffix("x") && number(k) != nil || w[k] == "eens"
      }
      guard let c = counted else { continue }
      if w[c] == "eens" { return perWeek }
      if let n = number(c), w[c].hasSuffix("x") { return n * perWeek }
      guard let n = number(c - 1) else { return ["keer", "keertje"].contains(w[c]) ? perWeek : nil }
      // "3 4 keer per week", "3 of 4 keer": between the two.
      if let m = number(c - 2) ?? (c >= 3 && w[c - 2] == "of" ? number(c - 3) : nil), m < n {
        return (m + n) / 2 * perWeek
      }
      return n * perWeek
    }
    return nil
  }

  /// Times a week a step of a scale of `steps` steps stands for, by its words; nil when it is no rate.
  /// On five steps a step of just "Bijna nooit" sits between never and "Soms": about once a
  /// month; on three it is the lowest, below once a month.
  static func stepRate(_ label: String, of steps: Int) -> Double? {
    let plain = AnswerText.plain(label)
    if steps == 5, plain == "bijna nooit" { return 0.2 }
    let text = " " + plain + " "
    let table: [(String, Double)] = [
      ("bijna nooit", 0.12), ("bijna altijd", 5), ("heel vaak", 4.5), ("erg vaak", 4.5), ("zeer vaak", 4.5),
      ("heel weinig", 0.12), ("nooit", 0), ("zelden", 0.12), ("af en toe", 0.3), ("soms", 0.3),
      ("wel eens", 0.3), ("weleens", 0.3), ("elke dag", 7), ("iedere dag", 7), ("dagelijks", 7),
      ("altijd", 7), ("elke week", 1), ("iedere week", 1), ("wekelijks", 1), ("elke maand", 12.0 / 52),
      ("maandelijks", 12.0 / 52), ("regelmatig", 2), ("vaak", 2), ("weinig", 0.12),
    ]
    if let rate = table.first(where: { text.contains(" \($0.0) ") })?.1 { return rate }
    // "Eén keer per week", "Een paar keer per maand": a step that names a period is its rate.
    if case .at(let rate)? = rateSpan(label) { return rate }
    return nil
  }

  /// A scale answer as its words say it; where they leave it open or only guess, the step of
  /// the rate it names, checked first.
  func matchScale(_ t: AnswerText, question: Question) -> Result {
    let said = matchScaleWords(t, question: question)
    switch said {
    // "1 keer per jaar": a rate that names another step than the words seem to is that step,
    // checked first ("1" there counts times, it does not choose the first step).
    case .value(let value):
      guard let rated = rateStep(t, question: question), value != .option(rated) else { return said }
      return .guess(.option(rated))
    case .guess, .notUnderstood: return rateStep(t, question: question).map { .guess(.option($0)) } ?? said
    }
  }

  /// The step nearest to the rate the answer says, on a scale whose steps are all rates.
  /// A step that names one rate exactly ("Elke dag", "Altijd") is only that rate, or one much
  /// nearer to it than to any other step: "3 keer per week" is not every day, and "bijna elke
  /// dag" is a little less.
  func rateStep(_ t: AnswerText, question: Question) -> String? {
    guard question.ownSteps, var rate = Self.timesAWeek(t.words), rate > 0 else { return nil }
    if let b = t.words.firstIndex(of: "bijna"), b + 1 < t.words.count,
      ["elke", "iedere", "elk", "ieder", "altijd", "dagelijks"].contains(t.words[b + 1])
    {
      rate *= 0.8
    }
    let rates = question.options.map { Self.stepRate($0.label, of: question.options.count) }
    guard rates.allSatisfy({ $0 != nil }) else { return nil }
    let steps = zip(question.options, rates.compactMap { $0 }).filter { $0.1 > 0 }
    func distance(_ stepRate: Double) -> Double { abs(log(stepRate / rate)) }
    // An exact step is taken when it is the rate, or much nearer than every other step
    // ("bijna elke dag" is "Elke dag" next to "Af en toe", but "Vaak" next to "Vaak").
    let loose = steps.filter { !Self.exactRate($0.0.label) }.map { distance($0.1) }.min() ?? .infinity
    let fitting = steps.filter { option, stepRate in
      !Self.exactRate(option.label) || distance(stepRate) < 0.1 || distance(stepRate) * 5 < loose
    }
    return fitting.min { distance($0.1) < distance($1.1) }?.0.id
  }

  /// Whether a step's label names one rate exactly: every day, week or month, or always.
  static func exactRate(_ label: String) -> Bool {
    let w = AnswerText.plain(label).split(separator: " ").map(String.init)
    return w.contains {
      ["elke", "iedere", "elk", "ieder", "altijd", "dagelijks", "wekelijks", "maandelijks"].contains($0)
    }
      && !w.contains { ["bijna", "meestal", "vaak"].contains($0) }
  }
}
