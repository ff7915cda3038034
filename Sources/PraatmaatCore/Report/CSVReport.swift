/// The report as CSV for Dutch Excel: `;` between fields, a decimal comma, UTF-8 with BOM.
///
/// The file starts with what it covers (the day it was made, the filter, the smallest group),
/// so a filtered file never looks like the whole store. Every row says its script and question
/// where it has one; counts are of people. Months and days are written inside words
/// ("vanaf 2026-03"), because Excel turns a bare `2026-03` into a date.
public enum CSVReport {
  static let header = [
    "fase", "thema", "soort", "script", "vraag", "vraagtekst", "antwoord", "aantal", "procent", "mensen",
  ]

  public static func render(_ r: Report) -> String {
    var rows = [header] + about(r) + overview(r)
    for phase in r.phases {
      for signal in phase.signals {
        rows.append([phase.phase.rawValue, "", "wat valt op", "", "", "", signal.text])
      }
      let p = phase.phase.rawValue
      for t in phase.themes {
        rows += theme(t, phase: p)
      }
    }
    for part in r.reaction {
      rows += part.lines.map { ["", "", "reactie gemeente", "", "", part.about ?? "", $0] }
    }
    for (n, card) in r.personas.enumerated() {
      for line in card.lines {
        rows.append(["", "", "persona", "", "", "persona \(n + 1)", line])
      }
    }
    return document(rows, width: header.count)
  }

  /// Rows as a file for Dutch Excel: a byte-order mark, `;` between fields, CRLF after each
  /// row, every row padded to `width` fields.
  static func document(_ rows: [[String]], width: Int = 0) -> String {
    "\u{FEFF}"
      + rows.map {
        ($0 + Array(repeating: "", count: max(0, width - $0.count))).map(field).joined(separator: ";")
      }
      .joined(separator: "\r\n") + "\r\n"
  }

  /// One theme in one phase: its people, questions, statements, quotes and words.
  static func theme(_ t: Report.ThemeReport, phase p: String) -> [[String]] {
    guard !t.suppressed else {
      return [[p, t.theme, "thema", "", "", "", Report.tooFew]] + hidden(t, phase: p)
    }
    var rows: [[String]] = [
      [p, t.theme, "thema", "", "", "", ReportText.who(t), String(t.people), "", String(t.people)]
    ]
    for q in t.closed {
      let base = [p, t.theme, q.multiple ? "meerkeuze" : "verdeling", q.scriptID, q.questionID, q.text]
      if q.suppressed { rows.append(base + [Report.tooFew]) }
      // Several answers per person: "meerkeuze", and the percentage is of the people.
      for o in q.options {
        rows.append(base + [o.label, String(o.count), format(o.percent), String(q.people)])
      }
    }
    for panel in t.panels {
      let base = [p, t.theme, "stelling", panel.scriptID, panel.questionID, panel.statement]
      guard !panel.suppressed else {
        rows.append(base + [Report.tooFew])
        continue
      }
      // An empty count: too few to show.
      for (vote, n) in [("eens", panel.agree), ("oneens", panel.disagree), ("weet ik niet", panel.dontKnow)] {
        rows.append(base + [vote, n > 0 ? String(n) : "", "", String(panel.people)])
      }
      // The advice each table agreed on: tables (not people) per advice.
      for (advice, count) in panel.advice.sorted(by: { $0.key < $1.key }) {
        rows.append([
          p, t.theme, "advies (tafels)", panel.scriptID, panel.questionID, panel.statement, advice,
          String(count),
        ])
      }
    }
    if let open = t.open {
      if open.suppressed {
        rows.append([p, t.theme, "citaat", "", "", "", Report.tooFew])
      } else {
        for quote in open.quotes {
          rows.append([
            p, t.theme, "citaat", quote.scriptID, quote.questionID, quote.question, quote.text,
            quote.mentions > 0 ? String(quote.mentions) : "", "", String(open.people),
          ])
        }
        for w in open.words {
          rows.append([p, t.theme, "woord", "", "", "", w.word, String(w.count)])
        }
        for w in open.pairs {
          rows.append([p, t.theme, "woordpaar", "", "", "", w.word, String(w.count)])
        }
      }
    }
    if t.notes > 0 { rows.append([p, t.theme, "notities", "", "", "", "", String(t.notes)]) }
    return rows + hidden(t, phase: p)
  }

  static func hidden(_ t: Report.ThemeReport, phase p: String) -> [[String]] {
    t.hiddenAnswers > 0
      ? [[p, t.theme, "niet getoond", "", "", "", "antwoorden", String(t.hiddenAnswers)]] : []
  }

  /// "Over dit verslag": when it was made, what it covers and how it protects people.
  static func about(_ r: Report) -> [[String]] {
    func row(_ what: String, _ value: String) -> [String] {
      ["", "", "over dit verslag", "", "", what, value]
    }
    var rows: [[String]] = []
    if let made = r.made { rows.append(row("gemaakt op", "gemaakt op \(made)")) }
    rows.append(row("filter", ReportText.filter(r.filter) ?? "geen filter: alle gesprekken"))
    rows.append(row("kleinste groep", "minstens \(r.minGroup) mensen"))
    rows.append(row("bescherming", ReportText.protection(r.minGroup)))
    rows.append(row("versie", "\(Report.schemaName) \(r.version)"))
    return rows
  }

  /// "Wie sprak": the figures behind the whole report, one row each.
  static func overview(_ r: Report) -> [[String]] {
    let o = r.overview
    func row(_ what: String, _ value: String, _ count: Int? = nil, percent: String = "") -> [String] {
      ["", "", "wie sprak", "", "", what, value, count.map(String.init) ?? "", percent]
    }
    let leftOut = [
      row("wachten", "gesprekken", o.waiting), row("niet getoond", "antwoorden", o.hiddenAnswers),
    ]
    guard !o.suppressed else { return [row("wie sprak", Report.tooFew)] + leftOut }
    var rows: [[String]] =
      leftOut + [
        row("gesprekken", "gesprekken", o.sessions), row("mensen", "mensen", o.people),
        row("antwoorden", "antwoorden", o.answers),
        row("met hulp gegeven", "antwoorden met hulp", percent: format(o.shareWithHelp * 100)),
        row("periode", "periode " + ReportText.period(o)),
        row("gemeente", o.municipalities.joined(separator: ", ")),
      ]
    rows += o.methods.sorted { $0.key < $1.key }.map { row("methode", $0.key, $0.value) }
    if o.periodWidened { rows.append(row("periode", ReportText.widened)) }
    return rows
  }

  /// Characters that start a formula in a spreadsheet, also in their full-width forms.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r"]

  /// Quotes a field when it holds a separator, a quote or a line break; a leading = + - @
  /// is prefixed with a quote mark so Excel never runs it as a formula.
  static func field(_ value: String) -> String {
    var v = TextSafety.clean(value)
    // A formula start, also after spaces (" =cmd"), is made plain text with a quote before it.
    let start = v.unicodeScalars.first { $0 != " " }
    if let start, formulaStarts.contains(Character(start)),
      Double(v.trimmingWhitespace().replacingOccurrences(of: ",", with: ".")) == nil
    {
      v = "'" + v
    }
    // Bytes, not characters: a report has hundreds of thousands of fields.
    guard
      v.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
    else { return v }
    return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
