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
    if let from = f.from { parts.append("vanaf \(from)") }
    if let to = f.to { parts.append("tot en met \(to)") }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  static func percent(_ share: Double) -> String { format(share * 100) + "%" }

  static let personaIntro =
    "Verzonnen mensen die een groep samen maakte. Ze lijken op niemand in het bijzonder."
  static let notesTitle = "Notities van begeleiders"
  static let otherPlaces = "andere gemeenten (te weinig mensen om te noemen)"

  /// A page holds the newest cards; CSV and JSON hold them all.
  static let personasShown = 20

  static func morePersonas(_ count: Int) -> String? {
    count > personasShown
      ? "Hier staan de \(personasShown) nieuwste van de \(count) kaarten. Alle kaarten staan in het verslag als csv of json."
      : nil
  }
  static let widened =
    "De periode is ruimer dan gevraagd: maanden met weinig mensen tellen samen, zodat niemand herkenbaar is."

  /// "1 gesprek", "3 gesprekken".
  static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

  /// Who is behind a theme: people, sessions, methods and the share answered with help.
  static func who(_ t: Report.ThemeReport) -> String {
    "\(count(t.people, "persoon", "mensen")) in \(count(t.sessions, "gesprek", "gesprekken")) (\(methods(t.methods))); \(percent(t.shareWithHelp)) van de antwoorden met hulp"
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
}
