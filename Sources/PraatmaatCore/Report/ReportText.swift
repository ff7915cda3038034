/// Dutch words shared by the report formats.
enum ReportText {
  static let title = "Wat we hoorden"
  static let phaseNames: [PolicyPhase: String] = [
    .agendavorming: "Agendavorming: wat zijn de problemen?",
    .beleidsontwikkeling: "Beleidsontwikkeling: wat zou helpen?",
    .besluitvorming: "Besluitvorming: wat adviseren de deelnemers?",
    .uitvoering: "Uitvoering: hoe gaat de hulp nu?",
    .evaluatie: "Evaluatie: heeft het geholpen?",
  ]

  static func phase(_ p: PolicyPhase) -> String { phaseNames[p] ?? p.rawValue }

  static func methods(_ m: [String: Int]) -> String {
    m.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
      .joined(separator: ", ")
  }

  static func period(_ o: Report.Overview) -> String {
    switch (o.firstMonth, o.lastMonth) {
    case (let a?, let b?) where a == b: a
    case (let a?, let b?): "\(a) tot en met \(b)"
    default: "-"
    }
  }

  static func filter(_ f: ReportFilter) -> String? {
    var parts: [String] = []
    if let s = f.script { parts.append("script \(s)") }
    if let t = f.theme { parts.append("thema \(t)") }
    if let p = f.phase { parts.append("fase \(p.rawValue)") }
    if let m = f.municipality { parts.append("gemeente \(m)") }
    if let from = f.from { parts.append("vanaf \(from)") }
    if let to = f.to { parts.append("tot en met \(to)") }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  static func percent(_ share: Double) -> String { format(share * 100) + "%" }

  static let personaIntro =
    "Verzonnen mensen die een groep samen maakte. Ze lijken op niemand in het bijzonder."
  static let otherOptions = "Andere antwoorden samen"
  /// A question enough people answered, but no answer enough people chose to show.
  static let fewPerOption = "te weinig mensen per antwoord om te tonen"
  static let otherPlaces = "andere gemeenten (te weinig mensen om te noemen)"

  /// A page holds the newest cards; CSV and JSON hold them all.
  static let personasShown = 6

  static func morePersonas(_ count: Int) -> String? {
    count > personasShown
      ? "Hier staan de \(personasShown) nieuwste van de \(count) kaarten. Alle kaarten staan in het verslag als csv of json."
      : nil
  }
  static let widened =
    "De periode is ruimer dan gevraagd: gesprekken komen in groepen in het verslag, zodat niemand herkenbaar is."

  /// The last line of every report: what protects people.
  static func protection(_ minGroup: Int) -> String {
    "Elk getal heeft een kleine afwijking (hoogstens 2), zodat niemand herkenbaar is. Getallen en citaten van minder dan \(minGroup) mensen staan niet in dit verslag. Citaten zijn geanonimiseerd."
  }

  /// What the report does not show yet or leaves out, for the whole report.
  static func leftOut(_ o: Report.Overview, minGroup: Int) -> String? {
    let parts = [
      o.waiting > 0
        ? "\(count(o.waiting, "gesprek wacht", "gesprekken wachten")) tot er genoeg nieuwe mensen zijn of tot het gesprek af is."
        : nil,
      hidden(o.hiddenAnswers, minGroup: minGroup),
    ].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }

  /// "Ongeveer 10 antwoorden staan er niet in, om mensen te beschermen."
  /// Five or fewer, or fewer than the smallest group, is said without a number.
  static func hidden(_ answers: Int, minGroup: Int) -> String? {
    if answers <= 0 { return nil }
    let amount =
      answers < minGroup || answers <= 5
      ? "Een paar antwoorden staan" : "Ongeveer \(answers) antwoorden staan"
    return amount + " er niet in, om mensen te beschermen."
  }

  /// A count of votes, or that there were too few to show.
  static func votes(_ n: Int, _ minGroup: Int) -> String { n > 0 ? String(n) : "minder dan \(minGroup)" }

  /// Supporters' notes are counted, never shown.
  static func notes(_ n: Int) -> String? {
    n > 0 ? "Begeleiders maakten \(count(n, "notitie", "notities")) bij dit thema." : nil
  }

  /// "1 gesprek", "3 gesprekken".
  static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

  /// Who is behind a theme: people, sessions, methods and the share answered with help.
  static func who(_ t: Report.ThemeReport) -> String {
    let sessions = t.sessions > 0 ? count(t.sessions, "gesprek", "gesprekken") : "een paar gesprekken"
    let methods = t.methods.isEmpty ? "" : " (\(methods(t.methods)))"
    return
      "\(count(t.people, "persoon", "mensen")) in \(sessions)\(methods); \(percent(t.shareWithHelp)) van de antwoorden met hulp"
  }

  /// Who answered a closed question; for several options each, what the percentages mean.
  static func people(_ q: Report.ClosedQuestion) -> String {
    count(q.people, "persoon", "mensen")
      + (q.multiple ? "; meer antwoorden per persoon, % van de mensen" : "")
  }

  static func adviceWord(_ advice: [String: Int]) -> String {
    advice.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value)×)" }
      .joined(separator: ", ")
  }

  /// The line under the title and on top of every printed page: when, where and what.
  static func heading(_ r: Report) -> String {
    var parts = [title]
    if let made = r.made { parts.append("gemaakt op \(made)") }
    let places = r.overview.municipalities
    if !places.isEmpty {
      parts.append(places.count == 1 ? "gemeente \(places[0])" : "\(places.count) gemeenten")
    }
    parts.append(filter(r.filter).map { "filter: \($0)" } ?? "alle gesprekken")
    return parts.joined(separator: " · ")
  }

  /// Under a comparison: each column is a report of its own.
  static func comparisonNote(_ minGroup: Int) -> String {
    "Elke kolom is een eigen verslag, met eigen groepen van minstens 5 mensen. Elk getal heeft een kleine afwijking (hoogstens 2); getallen van minder dan \(minGroup) mensen staan er niet in (–)."
  }

  static let reactionTitle = "Wat de gemeente met het advies doet"
  static let reactionAbout = "Advies of vraag"

  /// A count that can be too small to show (then 0 in the report).
  static func count(_ n: Int, minGroup: Int) -> String { n > 0 ? String(n) : "minder dan \(minGroup)" }

  /// Quotes under the line that says what they answer (and, for a panel's reasons, the vote
  /// they explain), in the order of their first quote.
  static func byQuestion(_ quotes: [Report.Quote]) -> [(line: String, quotes: [Report.Quote])] {
    var groups: [(line: String, quotes: [Report.Quote])] = []
    for q in quotes {
      let line = answersTo(q.question, vote: q.vote)
      if let i = groups.firstIndex(where: { $0.line == line }) {
        groups[i].quotes.append(q)
      } else {
        groups.append((line, [q]))
      }
    }
    return groups
  }

  /// What someone meant by "Iets anders": the question it answers.
  static func namely(_ question: String) -> String { "\(question) (iets anders)" }

  /// A panel member's reason: the question with the statement it is about.
  static func reason(about statement: String) -> String { "Waarom? Over het plan: \(statement)" }

  /// The line above the quotes of one question; for a panel's reasons, with the vote.
  static func answersTo(_ question: String, vote: String? = nil) -> String {
    switch vote {
    case "eens": "Op de vraag “\(question)”, van wie eens stemde:"
    case "oneens": "Op de vraag “\(question)”, van wie oneens stemde:"
    case .some: "Op de vraag “\(question)”, van wie het niet wist:"
    case nil: "Op de vraag “\(question)”:"
    }
  }
}
