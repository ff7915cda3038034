/// The report for policymakers as Markdown: readable in a terminal and on Git platforms.
public enum MarkdownReport {
  public static func render(_ r: Report) -> String {
    var out: [String] = ["# \(ReportText.title)", ""]
    if let filter = ReportText.filter(r.filter) { out += ["Filter: \(filter).", ""] }
    out += overview(r)
    for phase in r.phases {
      out += ["## \(ReportText.phase(phase.phase))", ""]
      if !phase.signals.isEmpty {
        out += ["**Wat valt op**", ""] + phase.signals.map { "- \($0.text)" } + [""]
      }
      for theme in phase.themes { out += self.theme(theme, minGroup: r.minGroup) }
    }
    out += [
      "---", "",
      "Figuren en citaten van minder dan \(r.minGroup) mensen staan niet in dit verslag. Citaten zijn geanonimiseerd.",
    ]
    return out.joined(separator: "\n") + "\n"
  }

  static func overview(_ r: Report) -> [String] {
    let o = r.overview
    guard !o.suppressed else { return ["_Wie sprak: \(Report.tooFew)._", ""] }
    return [
      "| Wie sprak | |", "|---|---|",
      "| Gesprekken | \(o.sessions) |", "| Mensen | \(o.people) |", "| Antwoorden | \(o.answers) |",
      "| Methodes | \(ReportText.methods(o.methods)) |", "| Periode | \(ReportText.period(o)) |",
      "| Gemeente | \(o.municipalities.isEmpty ? "-" : o.municipalities.joined(separator: ", ")) |",
      "| Met hulp gegeven | \(ReportText.percent(o.shareWithHelp)) |", "",
    ]
  }

  static func theme(_ t: Report.ThemeReport, minGroup: Int) -> [String] {
    var out = ["### \(t.theme.capitalisedFirst)", ""]
    guard !t.suppressed else {
      return out + ["_\(Report.tooFew.capitalisedFirst)._", ""] + personas(t)
    }
    out += [
      "\(t.people) mensen in \(t.sessions) gesprekken (\(ReportText.methods(t.methods))); \(ReportText.percent(t.shareWithHelp)) van de antwoorden met hulp.",
      "",
    ]
    for q in t.closed {
      out.append("**\(q.text)** (\(q.scriptID)/\(q.questionID))")
      out.append("")
      guard !q.suppressed else {
        out += ["_\(Report.tooFew.capitalisedFirst)._", ""]
        continue
      }
      out += ["| Antwoord | Aantal | % |", "|---|---:|---:|"]
      out += q.options.map { "| \($0.shown) | \($0.count) | \(format($0.percent))% |" }
      out += ["", "_\(q.people) mensen._", ""]
    }
    for p in t.panels {
      out.append("**Stelling:** \(p.statement)")
      out.append("")
      if p.suppressed {
        out += ["_\(Report.tooFew.capitalisedFirst)._", ""]
      } else {
        out.append(
          "🙂 eens \(p.agree) · 🙁 oneens \(p.disagree) · 🤔 weet ik niet \(p.dontKnow) (\(p.people) mensen)")
        if !p.advice.isEmpty { out.append("Advies van het panel: \(ReportText.adviceWord(p.advice)).") }
        out.append("")
      }
    }
    if let open = t.open {
      out += ["**Wat mensen zeiden**", ""]
      if open.suppressed {
        out += ["_\(Report.tooFew.capitalisedFirst)._", ""]
      } else {
        out += open.quotes.map {
          "> \($0.text.markdownEscaped)  \n> — \($0.method), \($0.month)\($0.mentions > 1 ? ", \($0.mentions)× gezegd" : "")\n"
        }
        if !open.words.isEmpty {
          out.append(
            "Veel genoemde woorden: " + open.words.map { "\($0.word) (\($0.count))" }.joined(separator: ", ")
              + ".")
        }
        if !open.pairs.isEmpty {
          out.append(
            "Veel genoemde woordparen: "
              + open.pairs.map { "\($0.word) (\($0.count))" }.joined(separator: ", ") + ".")
        }
        out.append("")
      }
    }
    return out + personas(t)
  }

  static func personas(_ t: Report.ThemeReport) -> [String] {
    t.personas.flatMap { card in
      ["**Persona** (\(card.month))", ""] + card.lines.map { "- \($0.markdownEscaped)" } + [""]
    }
  }
}

extension Report.OptionCount {
  var shown: String { pictogram.map { "\($0) \(label)" } ?? label }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

  /// Text from answers never becomes Markdown structure or HTML.
  var markdownEscaped: String {
    var out = ""
    for ch in self {
      if "\\`*_{}[]<>#|!".contains(ch) { out.append("\\") }
      out.append(ch)
    }
    return out
  }
}
