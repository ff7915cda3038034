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

  static func adviceWord(_ advice: [String: Int]) -> String {
    advice.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value)×)" }
      .joined(separator: ", ")
  }
}
