/// The report for policymakers as Markdown: readable in a terminal and on Git platforms.
public enum MarkdownReport {
  public static func render(_ r: Report) -> String {
    var out: [String] = ["# \(ReportText.title)", "", "_\(ReportText.heading(r).markdownEscaped)_", ""]
    out += overview(r)
    out += summary(r)
    out += matrix(r)
    // A question under several themes has its table once; the other places point to it.
    var charted = ChartedQuestions()
    for phase in r.phases {
      out += ["## \(ReportText.phase(phase.phase))", ""]
      if !phase.signals.isEmpty {
        out += ["**Wat valt op**", ""] + phase.signals.map { "- \($0.text.markdownEscaped)" } + [""]
      }
      for theme in phase.themes {
        out += self.theme(theme, phase: phase.phase, minGroup: r.minGroup, charted: &charted)
      }
    }
    if !r.personas.isEmpty {
      out += ["## Persona's", "", ReportText.personaIntro, ""]
      if let more = ReportText.morePersonas(r.personas.count) { out += [more, ""] }
      for card in r.personas.suffix(ReportText.personasShown).reversed() {
        out += ["**Persona**", ""] + card.lines.map { "- \($0.markdownEscaped)" } + [""]
      }
    }
    out += reaction(r)
    out += method(r)
    out += [
      "---", "",
      ReportText.protection(r.minGroup),
    ]
    return out.joined(separator: "\n") + "\n"
  }

  /// "In het kort": per phase its strongest signal and a quote.
  static func summary(_ r: Report) -> [String] {
    let messages = ReportSummary.messages(r)
    guard !messages.isEmpty else { return [] }
    var out = ["## In het kort", ""]
    for m in messages {
      out += ["**\(ReportText.phase(m.phase).markdownEscaped)** (\(m.people) mensen)", ""]
      if let signal = m.signal { out += [signal.markdownEscaped, ""] }
      if let quote = m.quote {
        out += [
          "_\(ReportText.answersTo(quote.question, vote: quote.vote).markdownEscaped)_", "",
          self.quote(quote),
        ]
      }
    }
    return out
  }

  /// Themes × phases: people per theme and phase.
  static func matrix(_ r: Report) -> [String] {
    let m = ReportSummary.matrix(r)
    guard !m.themes.isEmpty else { return [] }
    var out = [
      "## Thema's per fase", "",
      "| Thema | " + m.phases.map { $0.rawValue.capitalisedFirst }.joined(separator: " | ") + " |",
      "|---|" + String(repeating: "---:|", count: m.phases.count),
    ]
    for (theme, row) in zip(m.themes, m.people) {
      out.append(
        "| \(theme.capitalisedFirst.markdownEscaped) | "
          + row.map { $0.map { $0 > 0 ? String($0) : "te weinig" } ?? "–" }.joined(separator: " | ") + " |")
    }
    return out + ["", "_Aantal mensen per thema en fase; – : niet gevraagd in die fase._", ""]
  }

  /// What the municipality did with each advice, from `--reactie`.
  static func reaction(_ r: Report) -> [String] {
    guard !r.reaction.isEmpty else { return [] }
    var out = ["## \(ReportText.reactionTitle)", ""]
    for part in r.reaction {
      if let about = part.about { out += ["**\(ReportText.reactionAbout):** \(about.markdownEscaped)", ""] }
      out += part.lines.map { "- \($0.markdownEscaped)" } + [""]
    }
    return out
  }

  /// "Hoe we luisterden": methods, scripts and what the figures can say.
  static func method(_ r: Report) -> [String] {
    var out = ["## Hoe we luisterden", ""] + ReportSummary.method(r).flatMap { [$0.markdownEscaped, ""] }
    if !r.sources.isEmpty {
      out += ["| Script | Methode | Vragen | Gesprekken |", "|---|---|---:|---:|"]
      out += r.sources.map {
        "| \($0.title.markdownEscaped) (\($0.scriptID.markdownEscaped)) | \($0.method) | \($0.questions) | \(ReportText.count($0.sessions, minGroup: r.minGroup)) |"
      }
      out.append("")
    }
    return out
  }

  static func overview(_ r: Report) -> [String] {
    let o = r.overview
    let notes = ReportText.leftOut(o, minGroup: r.minGroup).map { [$0, ""] } ?? []
    guard !o.suppressed else { return ["_Wie sprak: \(Report.tooFew)._", ""] + notes }
    let widened = o.periodWidened ? [ReportText.widened, ""] : []
    return widened + notes + [
      "| Wie sprak | |", "|---|---|",
      "| Gesprekken | \(ReportText.count(o.sessions, minGroup: r.minGroup)) |", "| Mensen | \(o.people) |",
      "| Antwoorden | \(o.answers) |",
      "| Methodes | \(ReportText.methods(o.methods)) |", "| Periode | \(ReportText.period(o)) |",
      "| Gemeente | \(o.municipalities.isEmpty ? "-" : o.municipalities.joined(separator: ", ").markdownEscaped) |",
      "| Met hulp gegeven | \(ReportText.percent(o.shareWithHelp)) |", "",
    ]
  }

  static func theme(
    _ t: Report.ThemeReport, phase: PolicyPhase, minGroup: Int, charted: inout ChartedQuestions
  )
    -> [String]
  {
    var out = ["### \(t.theme.capitalisedFirst.markdownEscaped)", ""]
    let hidden = ReportText.hidden(t.hiddenAnswers, minGroup: minGroup).map { ["_\($0)_", ""] } ?? []
    guard !t.suppressed else { return out + ["_\(Report.tooFew.capitalisedFirst)._", ""] + hidden }
    out += ["\(ReportText.who(t)).", ""]
    let (new, elsewhere) = charted.split(t, phase: phase)
    for line in elsewhere { out += ["_\(line.markdownEscaped)_", ""] }
    for q in new {
      out.append(
        "**\(q.text.markdownEscaped)** (\(q.scriptID.markdownEscaped)/\(q.questionID.markdownEscaped))")
      out.append("")
      guard !q.suppressed else {
        out += ["_\(Report.tooFew.capitalisedFirst)._", ""]
        continue
      }
      guard !q.options.isEmpty else {
        out += ["_\(ReportText.fewPerOption.capitalisedFirst) (\(q.people) mensen)._", ""]
        continue
      }
      out += ["| Antwoord | Aantal | % |", "|---|---:|---:|"]
      out += q.options.map { "| \($0.shown.markdownEscaped) | \($0.count) | \(format($0.percent))% |" }
      out += ["", "_\(ReportText.people(q))._", ""]
    }
    for p in t.panels {
      out.append("**Stelling:** \(p.statement.markdownEscaped)")
      out.append("")
      if p.suppressed {
        out += ["_\(Report.tooFew.capitalisedFirst)._", ""]
      } else {
        out.append(
          "🙂 eens \(ReportText.votes(p.agree, minGroup)) · 🙁 oneens \(ReportText.votes(p.disagree, minGroup)) · 🤔 weet ik niet \(ReportText.votes(p.dontKnow, minGroup)) (\(p.people) mensen)"
        )
        if !p.advice.isEmpty {
          out.append("Advies van het panel: \(ReportText.adviceWord(p.advice).markdownEscaped).")
        }
        out.append("")
      }
    }
    if let open = t.open {
      out += ["**Wat mensen zeiden**", ""]
      if open.suppressed {
        out += ["_\(Report.tooFew.capitalisedFirst)._", ""]
      } else {
        for (line, quotes) in ReportText.byQuestion(open.quotes) {
          out += ["_\(line.markdownEscaped)_", ""] + quotes.map(quote)
        }
        if !open.words.isEmpty {
          out.append(
            "Veel genoemde woorden: "
              + open.words.map { "\($0.word.markdownEscaped) (\($0.count))" }.joined(separator: ", ")
              + ".")
        }
        if !open.pairs.isEmpty {
          out.append(
            "Veel genoemde woordparen: "
              + open.pairs.map { "\($0.word.markdownEscaped) (\($0.count))" }.joined(separator: ", ") + ".")
        }
        out.append("")
      }
    }
    if let notes = ReportText.notes(t.notes) { out += ["_\(notes)_", ""] }
    return out + hidden
  }

  static func quote(_ q: Report.Quote) -> String {
    "> \(q.text.markdownEscaped)\(q.mentions > 0 ? "  \n> — \(q.mentions)× gezegd" : "")\n"
  }
}

extension Report.OptionCount {
  var shown: String { pictogram.map { "\($0) \(label)" } ?? label }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

  /// ASCII bytes that can start Markdown structure, HTML, or (after "]") a link.
  static let markdownSpecial: [Bool] = (0..<128).map { "\\`*_{}<>#|!](:[".utf8.contains(UInt8($0)) }

  /// Text from answers never becomes Markdown structure or HTML. The anonymiser's tags
  /// ("[naam 1]") stay readable: a bracket is only a link when "(" or "[" follows it.
  var markdownEscaped: String {
    // Control characters and line separators never reach a report, whatever the field.
    let text = TextSafety.clean(self)
    // Most text has nothing to escape: one pass over the bytes settles it.
    guard text.utf8.contains(where: { $0 < 128 && String.markdownSpecial[Int($0)] }) else { return text }
    var out = ""
    var previous: Character = " "
    for ch in text {
      if previous == "]", ch == "(" || ch == "[" || ch == ":" { out.append("\\") }
      if "\\`*_{}<>#|!".contains(ch) { out.append("\\") }
      out.append(ch)
      previous = ch
    }
    return out
  }
}
