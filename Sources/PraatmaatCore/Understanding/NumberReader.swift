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
    let reading = readNumber(t)
    guard case .number(let n, _) = reading, Self.correction(Self.amounts(t.words), t.words) != nil else {
      return reading
    }
    return .number(n, worked: true)
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
      return single(amounts, w)
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
    let total = amounts.map(\.value).reduce(0, +)
    return total == total.rounded() ? .number(Int(total), worked: true) : .unclear
  }

  /// Where a number is taken back for a later one: "twee nee drie", "19 sorry 20".
  static func correction(_ amounts: [Amount], _ w: [String]) -> Int? {
    w.indices.last { i in
      ["nee", "sorry", "bedoel"].contains(w[i]) && amounts.contains(where: { $0.at < i })
        && amounts.contains(where: { $0.at > i })
    }
  }

  /// The numbers in the words: digits ("2", "2x", "€30" folded to "30"), number words, "een"
  /// before a unit, "tientje", "kwartier", "half uur", "anderhalf".
  static func amounts(_ w: [String]) -> [Amount] {
    var found: [Amount] = []
    var i = 0
    while i < w.count {
      let word = w[i]
      var value: Double?
      var digits = word
      if digits.hasSuffix("x"), digits.count > 1 { digits.removeLast() }
      if let n = Int(digits), digits.count <= 6 {
        value = Double(n)
      } else if let n = DutchNumbers.value(word), n < 10, i + 2 < w.count, w[i + 1] == "en",
        let tens = DutchNumbers.value(w[i + 2]), tens >= 20, tens < 100, tens % 10 == 0
      {
        // "twee en twintig", written apart: 22.
        found.append(Amount(value: Double(n + tens), at: i + 2, unit: nil))
        i += 3
        continue
      } else if let n = DutchNumbers.value(word) ?? extraNumbers[word] ?? misspeltNumber(w, at: i) {
        // "een" is a number only before a unit or "keer": "een uur", not "een vriend".
        if word == "een" {
          let next = i + 1 < w.count ? w[i + 1] : ""
          if unitWords.contains(next) || next == "keer" { value = 1 }
        } else {
          value = Double(n)
        }
      } else if word == "anderhalf" {
        value = 1.5
      } else if word == "half", i + 1 < w.count, w[i + 1] == "uur" {
        value = 0.5
      } else if word == "tientje" || word == "tientjes" {
        value = 10
      } else if word == "kwartier" {
        // "drie kwartier": three quarters of an hour.
        if let last = found.last, last.at == i - 1 {
          found.removeLast()
          found.append(Amount(value: 15 * last.value, at: i, unit: "minuten"))
          i += 1
          continue
        }
        found.append(Amount(value: 15, at: i, unit: "minuten"))
        i += 1
        continue
      }
      if let value {
        let next = i + 1 < w.count ? w[i + 1] : nil
        found.append(Amount(value: value, at: i, unit: next.flatMap { unitWords.contains($0) ? $0 : nil }))
      }
      i += 1
    }
    // "uurtje", "een uur": an hour without a number.
    for (i, word) in w.enumerated()
    where word == "uurtje" || (word == "uur" && !found.contains { $0.at == i - 1 }) {
      if word == "uurtje" || i == 0 || ["een", "het"].contains(w[i - 1]) {
        found.append(Amount(value: 1, at: i, unit: "uur"))
      }
    }
    return found.sorted { $0.at < $1.at }
  }

  static let extraNumbers: [String: Int] = [
    "nul": 0, "honderd": 100, "duizend": 1000, "elf": 11, "twaalf": 12,
  ]
  /// A number word with a slip ("zevn", "vierentwintug"), only alone or before a unit: a word
  /// one letter from a number word is often a word of its own ("leven", "tegen", "geven").
  static func misspeltNumber(_ w: [String], at i: Int) -> Int? {
    guard w.count == 1 || i + 1 < w.count && unitWords.contains(w[i + 1]) else { return nil }
    return misspelt(w[i])
  }

  static let unitWords: Set<String> = [
    "jaar", "jaren", "uur", "uren", "minuten", "minuut", "min", "dagen", "dag", "keer", "euro", "man",
    "mensen",
    "personen", "weken", "week", "maanden", "maand", "ochtenden", "middagen", "avonden", "vrienden",
    "vriendinnen", "broertjes", "zusjes", "broers", "zussen", "kinderen",
  ]

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

  /// The one number of the answer; zero for "niet", "geen", "nooit" without one.
  func single(_ amounts: [Amount], _ w: [String]) -> Reading {
    let exact = amounts.filter { !($0.at > 0 && w[$0.at - 1] == "bijna") || unit == .years }
    if exact.isEmpty { return Self.saysNone(w) ? .number(0, worked: false) : .unclear }
    let values = Set(exact.map(\.value))
    if values.count == 1, let v = values.first, v == v.rounded() { return .number(Int(v), worked: false) }
    // "25 bijna 26": the first number, with the second only a remark on it.
    if exact.count == 2, exact[1].at > 0, w[exact[1].at - 1] == "bijna",
      exact[0].value == exact[0].value.rounded()
    {
      return .number(Int(exact[0].value), worked: false)
    }
    return .unclear
  }

  static func saysNone(_ w: [String]) -> Bool {
    w.contains { ["niet", "geen", "nooit", "niks", "niets", "nul", "nergens"].contains($0) }
  }

  /// Minutes: "10 minuten", "een kwartier", "half uur", "anderhalf uur", "uurtje".
  func minutes(_ w: [String], _ amounts: [Amount]) -> Reading {
    guard !amounts.isEmpty else { return Self.saysNone(w) ? .number(0, worked: false) : .unclear }
    guard amounts.count == 1 || Set(amounts.map(\.value)).count == 1, let a = amounts.first else {
      return .unclear
    }
    let hours = a.unit == "uur" || a.unit == "uren" || (a.at + 1 < w.count && w[a.at + 1] == "uur")
    let total = hours ? a.value * 60 : a.value
    guard total == total.rounded() else { return .unclear }
    return .number(Int(total), worked: hours)
  }

  /// Days a week: "3 dagen", "maandag en woensdag", "ma t/m do", "elke werkdag", "alleen in
  /// het weekend", "hele week behalve zondag". Another unit ("2 uur") is no answer.
  func days(_ w: [String], _ amounts: [Amount]) -> Reading {
    if amounts.contains(where: {
      ["uur", "uren", "minuten", "minuut", "maand", "maanden"].contains($0.unit ?? "")
    }) {
      return .unclear
    }
    // "alle dagen behalve zondag": every day, less the days named after "behalve".
    if w.contains("behalve"), let every = everyDay(w), amounts.isEmpty { return .number(every, worked: true) }
    if let named = dayCount(w) {
      if amounts.isEmpty { return .number(named, worked: true) }
    }
    if let every = everyDay(w), amounts.isEmpty { return .number(every, worked: false) }
    return single(amounts, w)
  }

  /// Hours or times a period: a per-day amount times a number of days ("4 dagen van 6 uur",
  /// "elke dag 2 keer", "elke dag 4 uur, maandag tot vrijdag"), else the one number.
  func perDays(_ w: [String], _ amounts: [Amount]) -> Reading {
    let perUnit: Set<String> = unit == .hours ? ["uur", "uren"] : ["keer"]
    if unit == .hours, let span = clockSpan(w) { return span }
    // "2 uur" to "Hoe vaak per maand?": a length of time, not a number of times.
    if unit == .times,
      amounts.contains(where: { ["uur", "uren", "minuten", "minuut"].contains($0.unit ?? "") })
    {
      return .unclear
    }
    if unit == .hours,
      amounts.contains(where: { ["dagen", "dag", "ochtenden", "middagen"].contains($0.unit ?? "") }),
      !amounts.contains(where: { perUnit.contains($0.unit ?? "") })
    {
      return .unclear
    }
    if unit == .times || unit == .hours {
      let each = amounts.filter { perUnit.contains($0.unit ?? "") }
      let dayAmounts = amounts.filter {
        ["dagen", "dag", "ochtenden", "middagen", "avonden"].contains($0.unit ?? "")
      }
      // "twee keer per week 4 uur": the times are the days.
      let times = unit == .hours ? amounts.first { $0.unit == "keer" }.map { Int($0.value) } : nil
      let days = dayCount(w) ?? dayAmounts.first.map { Int($0.value) } ?? times ?? everyDay(w)
      if each.count == 1, let days, days > 1 || !dayAmounts.isEmpty {
        let total = each[0].value * Double(days)
        return total == total.rounded() ? .number(Int(total), worked: true) : .unclear
      }
      // "maandag 1 uur en donderdag 2 uur": the parts add up, checked first.
      if each.count >= 2, each.count == amounts.count, let sum = Self.added(each, w) { return sum }
      if unit == .times, amounts.isEmpty {
        if let named = dayCount(w) { return .number(named, worked: true) }
        if let every = everyDay(w) { return .number(every, worked: false) }
        // "zaterdag voetbal en dinsdag training": days named one by one.
      }
    }
    // "een uur of drie per dag" to a question per week: how many days is not said.
    if period == .week || period == .month, Self.names(w, period: "dag") { return .unclear }
    return single(amounts, w)
  }
}
