/// The parts of a policy report a reader sees first: the main messages per phase, the theme ×
/// phase matrix and how was listened. Made from the report alone, so they show nothing its
/// sections do not.
enum ReportSummary {
  /// One phase in a sentence or two: its strongest signal and a quote.
  struct Message: Equatable {
    var phase: PolicyPhase
    var people: Int
    var signal: String?
    var quote: Report.Quote?
  }

  static func messages(_ r: Report) -> [Message] {
    r.phases.map { phase in
      // The quote said most in the phase, from the theme with the most people first.
      let quote = phase.themes.compactMap { t in t.open.flatMap { $0.suppressed ? nil : $0.quotes.first } }
        .max { $0.mentions < $1.mentions }
      return Message(
        phase: phase.phase, people: phase.people, signal: phase.signals.first?.text, quote: quote)
    }
  }

  /// People per theme (rows, most people first) and phase (columns); nil where the theme was
  /// not asked in that phase, 0 where too few people spoke to show.
  static func matrix(_ r: Report) -> (themes: [String], phases: [PolicyPhase], people: [[Int?]]) {
    let phases = r.phases.map(\.phase)
    var most: [String: Int] = [:]
    for phase in r.phases { for t in phase.themes { most[t.theme] = max(most[t.theme] ?? 0, t.people) } }
    let themes = most.keys.sorted { (most[$0]!, $1) > (most[$1]!, $0) }
    let people = themes.map { theme in
      r.phases.map { phase in phase.themes.first { $0.theme == theme }.map { $0.suppressed ? 0 : $0.people } }
    }
    return (themes, phases, people)
  }

  /// How was listened, and what the figures can and cannot say.
  static func method(_ r: Report) -> [String] {
    var lines: [String] = []
    let methods = ReportText.methods(r.overview.methods)
    lines.append(
      "Mensen met een licht verstandelijke beperking praatten met een begeleider naast zich, met vragen in eenvoudige taal. Methodes (gesprekken): \(methods.isEmpty ? "-" : methods)."
    )
    lines.append(
      "De cijfers tellen mensen die meededen, geen steekproef: ze laten zien wat deze mensen zeiden, niet hoe vaak iets in de hele gemeente voorkomt."
    )
    lines.append(
      "Antwoorden zijn geanonimiseerd voordat ze werden bewaard. Elk getal heeft een kleine afwijking (hoogstens 2); groepen van minder dan \(r.minGroup) mensen staan er niet in. Gesprekken komen in groepen van minstens 5 mensen in het verslag."
    )
    if r.overview.shareWithHelp > 0 {
      lines.append(
        "\(ReportText.percent(r.overview.shareWithHelp)) van de antwoorden werd met hulp gegeven of door de begeleider ingevuld."
      )
    }
    return lines
  }
}
