/// The report as CSV for Dutch Excel: `;` between fields, a decimal comma, UTF-8 with BOM.
public enum CSVReport {
  static let header = [
    "fase", "thema", "soort", "script", "vraag", "tekst", "antwoord", "aantal", "procent", "mensen",
  ]

  public static func render(_ r: Report) -> String {
    var rows = [header] + overview(r)
    for phase in r.phases {
      for signal in phase.signals {
        rows.append([phase.phase.rawValue, "", "wat valt op", "", "", signal.text, "", "", "", ""])
      }
      let p = phase.phase.rawValue
      for t in phase.themes {
        if t.suppressed {
          rows.append([p, t.theme, "thema", "", "", Report.tooFew, "", "", "", ""])
        } else {
          rows.append([
            p, t.theme, "thema", "", "", ReportText.who(t), "", String(t.sessions), "", String(t.people),
          ])
        }
        for q in t.closed {
          if q.suppressed {
            rows.append([
              p, t.theme, "verdeling", q.scriptID, q.questionID, q.text, Report.tooFew, "", "", "",
            ])
          }
          // Several answers per person: "meerkeuze", and the percentage is of the people.
          let kind = q.multiple ? "meerkeuze" : "verdeling"
          for o in q.options {
            rows.append([
              p, t.theme, kind, q.scriptID, q.questionID, q.text, o.label, String(o.count),
              format(o.percent), String(q.people),
            ])
          }
        }
        for panel in t.panels {
          let base = [p, t.theme, "stelling", "", "", panel.statement]
          if panel.suppressed {
            rows.append(base + [Report.tooFew, "", "", ""])
          } else {
            // An empty count: too few to show.
            for (vote, n) in [
              ("eens", panel.agree), ("oneens", panel.disagree), ("weet ik niet", panel.dontKnow),
            ] {
              rows.append(base + [vote, n > 0 ? String(n) : "", "", String(panel.people)])
            }
            // The advice each table agreed on: sessions per advice.
            for (advice, count) in panel.advice.sorted(by: { $0.key < $1.key }) {
              rows.append([p, t.theme, "advies", "", "", panel.statement, advice, String(count), "", ""])
            }
          }
        }
        if let open = t.open {
          if open.suppressed {
            rows.append([p, t.theme, "citaat", "", "", Report.tooFew, "", "", "", ""])
          } else {
            for quote in open.quotes {
              rows.append(
                [
                  p, t.theme, "citaat", "", "", quote.text, "",
                  quote.mentions > 0 ? String(quote.mentions) : "",
                  "", String(open.people),
                ])
            }
            for w in open.words {
              rows.append([p, t.theme, "woord", "", "", w.word, "", String(w.count), "", ""])
            }
            for w in open.pairs {
              rows.append([p, t.theme, "woordpaar", "", "", w.word, "", String(w.count), "", ""])
            }
          }
        }
        if t.notes > 0 { rows.append([p, t.theme, "notities", "", "", "", "", String(t.notes), "", ""]) }
        if t.hiddenAnswers > 0 {
          rows.append([p, t.theme, "niet getoond", "", "", "antwoorden", "", String(t.hiddenAnswers), "", ""])
        }
      }
    }
    for (n, card) in r.personas.enumerated() {
      for line in card.lines {
        rows.append(
          ["", "", "persona", "", "", line, "persona \(n + 1)", "", "", ""])
      }
    }
    let width = header.count
    return "\u{FEFF}"
      + rows.map {
        ($0 + Array(repeating: "", count: max(0, width - $0.count))).map(field).joined(separator: ";")
      }
      .joined(separator: "\r\n") + "\r\n"
  }

  /// "Wie sprak": the figures behind the whole report, one row each.
  static func overview(_ r: Report) -> [[String]] {
    let o = r.overview
    let leftOut: [[String]] = [
      ["", "", "wie sprak", "", "", "wachten", "", String(o.waiting)],
      ["", "", "wie sprak", "", "", "niet getoond", "", String(o.hiddenAnswers)],
    ]
    guard !o.suppressed else { return [["", "", "wie sprak", "", "", Report.tooFew]] + leftOut }
    var rows: [[String]] =
      leftOut + [
        ["", "", "wie sprak", "", "", "gesprekken", "", String(o.sessions)],
        ["", "", "wie sprak", "", "", "mensen", "", String(o.people)],
        ["", "", "wie sprak", "", "", "antwoorden", "", String(o.answers)],
        ["", "", "wie sprak", "", "", "met hulp gegeven", "", "", format(o.shareWithHelp * 100)],
        ["", "", "wie sprak", "", "", "periode", ReportText.period(o)],
        ["", "", "wie sprak", "", "", "gemeente", o.municipalities.joined(separator: ", ")],
      ]
    rows += o.methods.sorted { $0.key < $1.key }.map {
      ["", "", "wie sprak", "", "", "methode", $0.key, String($0.value)]
    }
    if o.periodWidened { rows.append(["", "", "wie sprak", "", "", ReportText.widened]) }
    return rows
  }

  /// Quotes a field when it holds a separator, a quote or a line break; a leading = + - @
  /// is prefixed with a quote mark so Excel never runs it as a formula.
  /// Characters that start a formula in a spreadsheet, also in their full-width forms.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "＝", "＋", "－", "＠", "\t", "\r"]

  static func field(_ value: String) -> String {
    var v = TextSafety.clean(value)
    // A formula start, also after spaces (" =cmd"), is made plain text with a quote before it.
    let start = v.first { $0 != " " }
    if let start, formulaStarts.contains(start),
      Double(v.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")) == nil
    {
      v = "'" + v
    }
    guard v.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
    return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
