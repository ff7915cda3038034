/// Reads a number answer the way an interviewer would: "ik denk 25", "vierendertig",
/// "30 jaar", "een kwartier", "maandag en woensdag", "4 dagen van 6 uur", "mn moeder, vader
/// en ik". What the question counts (years, hours, minutes, days, times, euros, people) and
/// per what (week, month) come from its text; an answer in another unit ("2 uur" to a
/// question about days, "100 per maand" to one about a week) or a vague one ("een paar",
/// "4 of 5", "bijna 30 uur") is not a number: the question is asked again.
struct NumberReader {
  enum Unit: Equatable { case years, hours, minutes, days, weeks, months, times, euros, people, count }
  enum Period: Equatable { case none, day, week, month }

  /// A number, and whether it was worked out (a sum, a product, days named) so that the
  /// participant is asked to confirm it.
  enum Reading: Equatable {
    case number(Int, worked: Bool)
    case unclear
  }

  let unit: Unit
  let period: Period
  let people: Set<String>
  /// "Met hoeveel mensen woon je samen? Tel jezelf niet mee.": the speaker is not counted.
  let withoutSelf: Bool

  init(question: Question, words: AnswerWords) {
    let text = " " + question.text.map(AnswerText.plain).joined(separator: " ") + " "
    func has(_ words: String...) -> Bool { words.contains { text.contains(" \($0) ") } }
    unit =
      has("oud", "leeftijd", "jaar")
      ? .years
      : has("minuten", "minuut")
        ? .minutes
        : has("uur", "uren")
          ? .hours
          : has("weken")
            ? .weeks
            : has("maanden")
              ? .months
              : has("dagen", "dag")
                ? .days
                : has("euro", "geld")
                  ? .euros
                  : has("mensen", "personen")
                    ? .people
                    : has("vaak", "keer") ? .times : .count
    period = has("week") ? .week : has("maand") ? .month : has("dag") && unit != .days ? .day : .none
    people = Self.personWords.union(words.groups["familie"] ?? []).union(words.groups["vrienden"] ?? [])
      .union(words.groups["ouders"] ?? [])
    withoutSelf = has("samen", "zonder") || (has("jezelf", "jou") && has("niet"))
  }

  /// Words for two people at once: "mijn ouders" are two.
  static let pairs: Set<String> = ["ouders", "grootouders", "opa en oma"]

  static let personWords: Set<String> = [
    "ik", "mij", "mezelf", "moeder", "vader", "mama", "papa", "zus", "broer", "zusje", "broertje",
    "broertjes",
    "zusjes", "vriend", "vriendin", "partner", "man", "vrouw", "oma", "opa", "kind", "zoon", "dochter", "oom",
    "tante", "neef", "nicht", "huisgenoot", "ma", "pa",
  ]

  /// Collective numerals: "met zn vieren".
  static let collective: [String: Int] = [
    "tweeen": 2, "drieen": 3, "vieren": 4, "vijven": 5, "vijfen": 5, "zessen": 6, "zevenen": 7, "zevens": 7,
    "achten": 8, "negenen": 9, "tienen": 10,
  ]
  static let dayNames: [String: Int] = [
    "maandag": 1, "dinsdag": 2, "woensdag": 3, "donderdag": 4, "vrijdag": 5, "zaterdag": 6, "zondag": 7,
    "maandagen": 1, "dinsdagen": 2, "woensdagen": 3, "donderdagen": 4, "vrijdagen": 5, "zaterdagen": 6,
    "zondagen": 7,
  ]
  static let dayShort: [String: Int] = ["ma": 1, "di": 2, "wo": 3, "do": 4, "vr": 5, "za": 6, "zo": 7]
  static let hedges: Set<String> = [
    "denk", "ongeveer", "ofzo", "zon", "rond", "circa", "misschien", "gok", "schat", "ruim",
  ]
  static let vague: Set<String> = [
    "paar", "veel", "heleboel", "aantal", "weinig", "meer", "minder", "zoveel", "sommige", "vaak",
    "soms", "af",
  ]
  static let otherUnits: Set<String> = ["km", "kilometer", "meter", "kilo", "procent", "cm"]

  /// One number found in the answer, with the unit word right after it.
  struct Amount {
    var value: Double
    var at: Int
    var unit: String?
  }

  /// A number taken back for another ("twee, nee drie") is checked first.
  func read(_ t: AnswerText) -> Reading {
    let text = " " + t.text + " "
    // "veertig en nog wat", "30 plus": more than the number, not how much more.
    if [" en een beetje ", " en iets ", " en nog wat ", " en wat ", " plus ", " en nog iets "].contains(
      where: text.contains)
    {
      return .unclear
    }
    // "vijf en een half": half a unit is no whole number (minutes are worked out elsewhere).
    if unit != .minutes, [" en een half ", " en half ", " en een halve "].contains(where: text.contains) {
      return .unclear
    }
    // "bijna nooit", "haast niet": almost none is not none (a number beside it still counts).
    let almostNone = [
      " bijna nooit ", " bijna niet ", " bijna geen ", " bijna niks ", " bijna niets ", " haast nooit ",
      " haast niet ",
    ]
    let found = Self.amounts(t.words)
    if almostNone.contains(where: text.contains), found.isEmpty {
      return .unclear
    }
    // "geen een keer", "geen enkele": not even one is none, with no other number beside it; not
    // for a length of time or money ("nog geen een uur" is less than an hour).
    if ![.minutes, .hours, .weeks, .months, .euros].contains(unit), found.count <= 1,
      [" geen een ", " geen enkele ", " niet een keer ", " geen eens een "].contains(where: text.contains)
    {
      return .number(0, worked: false)
    }
    let reading = readNumber(t)
    guard case .number(let n, _) = reading else { return reading }
    // "4 dagen, soms ook zondag", "twee, nee drie", "3 halve dagen" (days, or a day in all?):
    // checked first.
    if Self.correction(found, t.words) != nil || t.words.contains("soms")
      || t.words.contains("halve")
    {
      return .number(n, worked: true)
    }
    return reading
  }

  func readNumber(_ t: AnswerText) -> Reading {
    let w = t.words
    guard !w.isEmpty else { return .unclear }
    if w.contains(where: { Self.otherUnits.contains($0) }) { return .unclear }
    // "om de dag", "om de week": every other; "4 of 5": two numbers to choose from.
    if let i = w.firstIndex(of: "om"), i + 2 < w.count, w[i + 1] == "de",
      ["dag", "week", "maand", "twee"].contains(w[i + 2])
    {
      // Every other week is twice a month; anything else is not a whole number.
      let everyOtherWeek =
        w[i + 2] == "week" || (i + 3 < w.count && w[i + 2] == "twee" && w[i + 3] == "weken")
      return period == .month && unit == .times && everyOtherWeek ? .number(2, worked: true) : .unclear
    }
    var amounts = Self.amounts(w)
    // "twee, nee drie": the number taken back is left out.
    if let i = Self.correction(amounts, w) { amounts.removeAll { $0.at < i } }
    // "bijna 30": for an age, one less (a whole year), checked first; otherwise too vague to note.
    var almost = false
    // "ik word 31", "volgende maand word ik 31": an age still to come is one less, checked first.
    if unit == .years, amounts.count == 1, !w.contains("geworden"),
      w[max(0, amounts[0].at - 3)..<amounts[0].at].contains(where: { ["word", "wordt"].contains($0) })
    {
      amounts[0].value -= 1
      almost = true
    }
    // "tegen de 30" says the same as "bijna 30".
    func almostBefore(_ a: Amount) -> Bool {
      a.at > 0 && w[a.at - 1] == "bijna" || a.at > 1 && w[a.at - 2] == "tegen" && w[a.at - 1] == "de"
    }
    for (k, a) in amounts.enumerated() where almostBefore(a) {
      if unit == .years && k > 0 { amounts.remove(at: k); break }
      guard unit == .years else { return .unclear }
      amounts[k].value -= 1
      almost = true
    }
    if let i = w.firstIndex(of: "of"), amounts.contains(where: { $0.at < i }),
      amounts.contains(where: { $0.at > i })
    {
      // "een keer of 4", "een stuk of 16": about that many.
      guard i > 0, ["keer", "stuk"].contains(w[i - 1]) || Self.unitWords.contains(w[i - 1]) else {
        return .unclear
      }
      amounts.removeAll { $0.at < i }
    } else if let i = w.firstIndex(of: "of"), i > 0, w[i - 1] == "stuk" {
      amounts.removeAll { $0.at < i }
    }
    if w.contains("maar"), w.contains(where: { ["minder", "meer", "soms", "wisselt"].contains($0) }) {
      return .unclear
    }
    if hasVague(w, amounts) { return .unclear }
    // The period an answer names, against the question's.
    let perMonth = Self.names(w, period: "maand")
    let perWeek = Self.names(w, period: "week")
    if period == .week && perMonth { return .unclear }
    if period == .month, amounts.isEmpty, let n = everyWeekday(w) { return .number(n, worked: true) }
    if period == .month && perWeek && !amounts.isEmpty {
      // "1 keer in de week" to a question per month: four times.
      guard amounts.count == 1 else { return .unclear }
      return .number(Int(amounts[0].value * 4), worked: true)
    }
    switch unit {
    case .people: return peopleCount(w, amounts)
    case .weeks, .months: return duration(w, amounts)
    case .minutes: return minutes(w, amounts)
    case .days: return days(w, amounts)
    case .hours, .times: return perDays(w, amounts)
    case .years:
      if amounts.contains(where: { $0.value >= 1900 }) { return .unclear }
      if let since = Self.sinceAge(w, amounts) { return since }
      // "al mijn hele leven, ik ben 40": as long as the speaker's age; checked first.
      if amounts.count == 1, zip(w, w.dropFirst()).contains(where: { $0 == ("hele", "leven") }) {
        return .number(Int(amounts[0].value), worked: true)
      }
      if let whole = Self.wholeYears(amounts) { return whole }
      let reading = single(amounts, w)
      if almost, case .number(let n, _) = reading { return .number(n, worked: true) }
      return reading
    case .euros:
      // "25 op maandag en 25 op donderdag": amounts that add up, checked first.
      return Self.added(amounts, w) ?? single(amounts, w)
    case .count:
      return thingCount(w, amounts) ?? single(amounts, w)
    }
  }

  /// "sinds mijn 16e, nu ben ik 21": the years from an age to the age now (5), checked first.
  static func sinceAge(_ w: [String], _ amounts: [Amount]) -> Reading? {
    guard let s = w.firstIndex(of: "sinds"), s + 2 < w.count, ["mijn", "mn", "me"].contains(w[s + 1]) else {
      return nil
    }
    let word = w[s + 2]
    let digits = word.prefix(while: \.isNumber)
    guard let then = Int(digits), ["", "e", "de", "ste"].contains(String(word.dropFirst(digits.count))),
      let now = amounts.last(where: { a in a.at > s + 2 && w[max(0, a.at - 3)..<a.at].contains("ben") }),
      Int(now.value) >= then
    else { return nil }
    return .number(Int(now.value) - then, worked: true)
  }

  /// Two or more amounts joined by "en" ("25 op maandag en 25 op donderdag") added up, to be
  /// checked; nil when they are not joined so, or one is a choice ("2 of 3").
  static func added(_ amounts: [Amount], _ w: [String]) -> Reading? {
    let joined =
      amounts.count >= 2
      && zip(amounts, amounts.dropFirst()).allSatisfy { a, b in w[(a.at + 1)..<b.at].contains("en") }
    guard joined, !w.contains("of") else { return nil }
    return sum(amounts)
  }

  /// The amounts added up, to be checked; unclear when that is no whole number.
  static func sum(_ amounts: [Amount]) -> Reading {
    let total = amounts.map(\.value).reduce(0, +)
    return total == total.rounded() ? .number(Int(total), worked: true) : .unclear
  }

  /// Whether the answer is vague where a number should be: "een paar", "heel veel", "een
  /// paar tientjes". A vague word beside a number of something else ("4 goede en veel
  /// kennissen") leaves the number.
  func hasVague(_ w: [String], _ amounts: [Amount]) -> Bool {
    guard let i = w.firstIndex(where: { Self.vague.contains($0) }) else { return false }
    if w[i] == "af", !(i + 2 < w.count && w[i + 1] == "en" && w[i + 2] == "toe") { return false }
    if w[i] == "meer", i > 0, ["niet", "nooit", "geen"].contains(w[i - 1]) { return false }
    return amounts.isEmpty || amounts.contains { abs($0.at - i) <= 1 }
  }

  /// Whether the answer speaks of a "week" or "maand" as its period.
  static func names(_ w: [String], period: String) -> Bool {
    for (i, word) in w.enumerated() where word == period || word == period + "elijks" || word == period + "en"
    {
      if i > 0, ["per", "de", "elke", "iedere", "een"].contains(w[i - 1]) { return true }
      if word.hasSuffix("elijks") { return true }
    }
    return false
  }

}
