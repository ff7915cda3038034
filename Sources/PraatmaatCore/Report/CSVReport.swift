/// The report as CSV for Dutch Excel: `;` between fields, a decimal comma, UTF-8 with BOM.
public enum CSVReport {
  static let header = [
    "fase", "thema", "soort", "script", "vraag", "tekst", "antwoord", "aantal", "procent", "mensen",
  ]

  public static func render(_ r: Report) -> String {
    var rows = [header]
    for phase in r.phases {
      let p = phase.phase.rawValue
      for t in phase.themes {
        if t.suppressed {
          rows.append([p, t.theme, "thema", "", "", Report.tooFew, "", "", "", ""])
        }
        for q in t.closed {
          if q.suppressed {
            rows.append([
              p, t.theme, "verdeling", q.scriptID, q.questionID, q.text, Report.tooFew, "", "", "",
            ])
          }
          for o in q.options {
            rows.append([
              p, t.theme, "verdeling", q.scriptID, q.questionID, q.text, o.label, String(o.count),
              format(o.percent), String(q.people),
            ])
          }
        }
        for panel in t.panels {
          let base = [p, t.theme, "stelling", "", "", panel.statement]
          if panel.suppressed {
            rows.append(base + [Report.tooFew, "", "", ""])
          } else {
            rows.append(base + ["eens", String(panel.agree), "", String(panel.people)])
            rows.append(base + ["oneens", String(panel.disagree), "", String(panel.people)])
            rows.append(base + ["weet ik niet", String(panel.dontKnow), "", String(panel.people)])
          }
        }
        if let open = t.open {
          if open.suppressed {
            rows.append([p, t.theme, "citaat", "", "", Report.tooFew, "", "", "", ""])
          } else {
            for quote in open.quotes {
              rows.append([
                p, t.theme, "citaat", quote.method, "", quote.text, quote.month, String(quote.mentions), "",
                String(open.people),
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
        for card in t.personas {
          for line in card.lines {
            rows.append([p, t.theme, "persona", "", "", line, card.month, "", "", ""])
          }
        }
      }
    }
    return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
  }

  /// Quotes a field when it holds a separator, a quote or a line break; a leading = + - @
  /// is prefixed with a quote mark so Excel never runs it as a formula.
  static func field(_ value: String) -> String {
    var v = value
    if let first = v.first, "=+-@".contains(first), Double(v.replacingOccurrences(of: ",", with: ".")) == nil
    {
      v = "'" + v
    }
    guard v.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
    return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
