@testable import PraatmaatCore

/// Every number and quote a report publishes, by a name that is the same in every report of
/// the same store: what an attacker lines up when two reports are put side by side. A cell
/// that is not in the map is not published (hidden, or nobody there).
struct PublishedCells {
  /// `structure`: who and how many; `answer`: what people said, one record per person (an
  /// option, a vote); `mentions`: what people said, as often as they said it (a word, a quote,
  /// a table's advice); `presence`: a name shown, not a count.
  enum Kind { case structure, answer, mentions, presence }
  struct Cell: Equatable {
    var value: Int
    var kind: Kind
  }

  private(set) var cells: [String: Cell] = [:]

  init(_ r: Report) {
    let o = r.overview
    if !o.suppressed {
      add("wie/gesprekken", o.sessions, .structure)
      add("wie/mensen", o.people, .structure)
      add("wie/antwoorden", o.answers, .structure)
      for (method, n) in o.methods { add("wie/methode/\(method)", n, .structure) }
      for place in o.municipalities { add("wie/gemeente/\(place)", 1, .presence) }
    }
    for phase in r.phases {
      add("\(phase.phase.rawValue)/mensen", phase.people, .structure)
      for t in phase.themes where !t.suppressed {
        let at = "\(phase.phase.rawValue)/\(t.theme)"
        add("\(at)/mensen", t.people, .structure)
        add("\(at)/gesprekken", t.sessions, .structure)
        add("\(at)/notities", t.notes, .structure)
        for (method, n) in t.methods { add("\(at)/methode/\(method)", n, .structure) }
        for q in t.closed where !q.suppressed {
          let question = "\(at)/\(q.scriptID)/\(q.questionID)"
          add("\(question)/mensen", q.people, .structure)
          for option in q.options { add("\(question)=\(option.id)", option.count, .answer) }
        }
        for p in t.panels where !p.suppressed {
          let statement = "\(at)/stelling/\(p.statement)"
          add("\(statement)/mensen", p.people, .structure)
          add("\(statement)=eens", p.agree, .answer)
          add("\(statement)=oneens", p.disagree, .answer)
          add("\(statement)=weet-niet", p.dontKnow, .answer)
          for (advice, n) in p.advice { add("\(statement)/advies=\(advice)", n, .mentions) }
        }
        if let open = t.open, !open.suppressed {
          add("\(at)/open/mensen", open.people, .structure)
          // A quote shown is a published cell of its own: its presence tells something.
          for q in open.quotes { add("\(at)/citaat=\(q.text)", q.mentions, .mentions) }
          for w in open.words { add("\(at)/woord=\(w.word)", w.count, .mentions) }
          for w in open.pairs { add("\(at)/woordpaar=\(w.word)", w.count, .mentions) }
        }
      }
    }
    for (n, card) in r.personas.enumerated() { add("persona/\(n)", card.lines.count, .presence) }
  }

  /// A count of 0 is not published; a quote is, with 0 when its mentions are too few to show.
  private mutating func add(_ name: String, _ value: Int, _ kind: Kind) {
    guard value > 0 || name.contains("/citaat=") else { return }
    cells[name] = Cell(value: value, kind: kind)
  }

  /// Every published count (not a name or a quote shown), for "nothing under the threshold".
  var counts: [String: Int] {
    cells.filter { $0.value.kind != .presence && $0.value.value > 0 }.mapValues(\.value)
  }

  subscript(name: String) -> Cell? { cells[name] }
}
