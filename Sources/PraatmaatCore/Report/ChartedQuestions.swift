/// A question that stands under several themes (or phases) is charted once, where it comes
/// first; the other places name it in one line per place it was charted.
struct ChartedQuestions {
  private var places: [String: String] = [:]

  /// The questions of a theme to chart here, and the lines that point to the others.
  mutating func split(_ t: Report.ThemeReport, phase: PolicyPhase) -> (
    new: [Report.ClosedQuestion], elsewhere: [String]
  ) {
    var new: [Report.ClosedQuestion] = []
    var elsewhere: [(place: String, texts: [String])] = []
    for q in t.closed {
      let key = "\(q.scriptID)/\(q.questionID)"
      guard let place = places[key] else {
        places[key] = "\(t.theme) bij \(phase.rawValue)"
        new.append(q)
        continue
      }
      if let i = elsewhere.firstIndex(where: { $0.place == place }) {
        elsewhere[i].texts.append(q.text)
      } else {
        elsewhere.append((place, [q.text]))
      }
    }
    return (
      new,
      elsewhere.map {
        "Ook gevraagd, zie \($0.place): " + $0.texts.map { "“\($0)”" }.joined(separator: ", ") + "."
      }
    )
  }
}
