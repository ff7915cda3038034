/// The report as one self-contained HTML file: real headings, inline SVG bar charts with
/// text alternatives, no external assets. The page shell and styles come from a template
/// (Content/verslag/verslag.html) with `{{titel}}` and `{{inhoud}}`.
public enum HTMLReport {
  public static func render(_ r: Report, template: String) -> String {
    var body: [String] = [
      "<h1>\(ReportText.title)</h1>", "<p class=\"meta\">\(ReportText.heading(r).html)</p>",
    ]
    body.append(overview(r))
    body.append(summary(r))
    body.append(matrix(r))
    body.append(
      "<nav aria-label=\"Inhoud\"><ul>"
        + r.phases.map { "<li><a href=\"#\($0.phase.rawValue)\">\(ReportText.phase($0.phase).html)</a></li>" }
        .joined() + (r.personas.isEmpty ? "" : "<li><a href=\"#personas\">Persona's</a></li>")
        + "<li><a href=\"#methode\">Hoe we luisterden</a></li></ul></nav>"
    )
    // A question under several themes has its chart once; the other places point to it.
    var charted = ChartedQuestions()
    for phase in r.phases {
      body.append("<section id=\"\(phase.phase.rawValue)\"><h2>\(ReportText.phase(phase.phase).html)</h2>")
      if !phase.signals.isEmpty {
        body.append(
          "<div class=\"signals\"><h3>Wat valt op</h3><ul>"
            + phase.signals.map { "<li>\($0.text.html)</li>" }.joined() + "</ul></div>")
      }
      for theme in phase.themes {
        body.append(self.theme(theme, phase: phase.phase, minGroup: r.minGroup, charted: &charted))
      }
      body.append("</section>")
    }
    if !r.personas.isEmpty {
      body.append("<section id=\"personas\"><h2>Persona's</h2><p>\(ReportText.personaIntro.html)</p>")
      if let more = ReportText.morePersonas(r.personas.count) { body.append("<p>\(more.html)</p>") }
      body.append("<div class=\"personas\">")
      for card in r.personas.suffix(ReportText.personasShown).reversed() {
        body.append(
          "<div class=\"persona\"><h3>Persona</h3><ul>"
            + card.lines.map { "<li>\($0.html)</li>" }.joined() + "</ul></div>")
      }
      body.append("</div></section>")
    }
    if !r.reaction.isEmpty {
      body.append(
        "<section id=\"reactie\"><h2>\(ReportText.reactionTitle.html)</h2>"
          + r.reaction.map { part in
            (part.about.map { "<h3>\(ReportText.reactionAbout.html): \($0.html)</h3>" } ?? "") + "<ul>"
              + part.lines.map { "<li>\($0.html)</li>" }.joined() + "</ul>"
          }.joined() + "</section>")
    }
    body.append(method(r))
    body.append(
      "<footer><p>\(ReportText.protection(r.minGroup).html)</p></footer>")
    return fill(
      template, title: ReportText.title, content: body.joined(separator: "\n"), heading: ReportText.heading(r)
    )
  }

  /// "In het kort": a page a wethouder reads in two minutes.
  static func summary(_ r: Report) -> String {
    var out = ["<section id=\"kort\"><h2>In het kort</h2>"]
    for m in ReportSummary.messages(r) {
      var parts = ["<div class=\"message\"><h3>\(ReportText.phase(m.phase).html)</h3>"]
      parts.append("<p class=\"people\">\(m.people) mensen.</p>")
      if let signal = m.signal { parts.append("<p>\(signal.html)</p>") }
      if let quote = m.quote {
        parts.append(
          "<p class=\"question\">\(ReportText.answersTo(quote.question, vote: quote.vote).html)</p>"
            + blockquote(quote))
      }
      out.append(parts.joined() + "</div>")
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  /// Themes × phases: how many people spoke about each, at a glance.
  static func matrix(_ r: Report) -> String {
    let m = ReportSummary.matrix(r)
    guard !m.themes.isEmpty else { return "" }
    var out =
      "<section id=\"matrix\"><h2>Thema's per fase</h2><table class=\"matrix\"><caption>Aantal mensen per thema en fase</caption><thead><tr><th scope=\"col\">Thema</th>"
      + m.phases.map { "<th scope=\"col\">\($0.rawValue.capitalisedFirst.html)</th>" }.joined()
      + "</tr></thead><tbody>"
    for (theme, row) in zip(m.themes, m.people) {
      out +=
        "<tr><th scope=\"row\">\(theme.capitalisedFirst.html)</th>"
        + row.map { "<td>\($0.map { $0 > 0 ? String($0) : "te weinig" } ?? "–")</td>" }.joined() + "</tr>"
    }
    return out + "</tbody></table></section>"
  }

  /// "Hoe we luisterden": the methods and scripts, and what the figures can and cannot say.
  static func method(_ r: Report) -> String {
    var out = ["<section id=\"methode\"><h2>Hoe we luisterden</h2>"]
    out += ReportSummary.method(r).map { "<p>\($0.html)</p>" }
    if !r.sources.isEmpty {
      out.append(
        "<table class=\"overview\"><caption>Scripts</caption><thead><tr><th scope=\"col\">Script</th><th scope=\"col\">Methode</th><th scope=\"col\">Vragen</th><th scope=\"col\">Gesprekken</th></tr></thead><tbody>"
          + r.sources.map {
            "<tr><td>\($0.title.html) <span class=\"source\">(\($0.scriptID.html))</span></td><td>\($0.method.html)</td><td>\($0.questions)</td><td>\(ReportText.count($0.sessions, minGroup: r.minGroup))</td></tr>"
          }.joined() + "</tbody></table>")
    }
    out.append("</section>")
    return out.joined(separator: "\n")
  }

  /// The participants' report-back in the same page shell.
  public static func participants(_ r: Report, reaction: [String], template: String) -> String {
    var body =
      ["<h1>\(ParticipantReport.title)</h1>"]
      + ParticipantReport.intro.map { "<p class=\"big\">\($0.html)</p>" }
    body.append(
      "<section><h2>\(ParticipantReport.nextTitle)</h2>"
        + ParticipantReport.next(ParticipantReaction(lines: reaction)).map {
          "<p class=\"big\">\($0.html)</p>"
        }
        .joined() + "</section>")
    let (sections, rest) = ParticipantReport.sections(r)
    for s in sections {
      body.append(
        "<section><h2>\(s.theme.capitalisedFirst.html)</h2>"
          + s.lines.map { "<p class=\"big\">\($0.html)</p>" }.joined() + "</section>")
    }
    body += ParticipantReport.tooFew(rest).map { "<p class=\"big\">\($0.html)</p>" }
    body += ParticipantReport.closing.map { "<p class=\"big\">\($0.html)</p>" }
    return fill(template, title: ParticipantReport.title, content: body.joined(separator: "\n"))
  }

  /// The template with its title, content and the line on top of every printed page.
  static func fill(_ template: String, title: String, content: String, heading: String? = nil) -> String {
    template.replacingOccurrences(of: "{{titel}}", with: title.html)
      .replacingOccurrences(of: "{{kop}}", with: (heading ?? title).cssString)
      .replacingOccurrences(of: "{{inhoud}}", with: content)
  }

  static func overview(_ r: Report) -> String {
    let o = r.overview
    let notes = ReportText.leftOut(o, minGroup: r.minGroup).map { "<p class=\"filter\">\($0.html)</p>" } ?? ""
    guard !o.suppressed else { return "<p class=\"toofew\">Wie sprak: \(Report.tooFew).</p>" + notes }
    let widened = o.periodWidened ? "<p class=\"filter\">\(ReportText.widened.html)</p>" : ""
    let rows: [(String, String)] = [
      ("Gesprekken", ReportText.count(o.sessions, minGroup: r.minGroup)), ("Mensen", String(o.people)),
      ("Antwoorden", String(o.answers)),
      ("Methodes", ReportText.methods(o.methods)), ("Periode", ReportText.period(o)),
      ("Gemeente", o.municipalities.isEmpty ? "-" : o.municipalities.joined(separator: ", ")),
      ("Met hulp gegeven", ReportText.percent(o.shareWithHelp)),
    ]
    return "<table class=\"overview\"><caption>Wie sprak</caption>"
      + rows.map { "<tr><th scope=\"row\">\($0.0)</th><td>\($0.1.html)</td></tr>" }.joined() + "</table>"
      + widened + notes
  }

  static func theme(
    _ t: Report.ThemeReport, phase: PolicyPhase, minGroup: Int, charted: inout ChartedQuestions
  )
    -> String
  {
    var out = ["<article><h3>\(t.theme.capitalisedFirst.html)</h3>"]
    if t.suppressed {
      out.append("<p class=\"toofew\">\(Report.tooFew.capitalisedFirst).</p>")
    } else {
      out.append("<p>\(ReportText.who(t).html).</p>")
      // Ids carry the phase: a theme can stand in several phases of one page.
      let id = "\(phase.rawValue)-\(t.theme)"
      let (new, elsewhere) = charted.split(t, phase: phase)
      for (n, q) in new.enumerated() { out.append(closed(q, id: "\(id)-\(n)")) }
      out += elsewhere.map { "<p class=\"seealso\">\($0.html)</p>" }
      for (n, p) in t.panels.enumerated() { out.append(panel(p, id: "\(id)-panel-\(n)", minGroup: minGroup)) }
      if let open = t.open { out.append(quotes(open)) }
      if let notes = ReportText.notes(t.notes) { out.append("<p>\(notes.html)</p>") }
    }
    if let hidden = ReportText.hidden(t.hiddenAnswers, minGroup: minGroup) {
      out.append("<p class=\"toofew\">\(hidden.html)</p>")
    }
    out.append("</article>")
    return out.joined(separator: "\n")
  }

  static func closed(_ q: Report.ClosedQuestion, id: String) -> String {
    let heading =
      "<h4>\(q.text.html) <span class=\"source\">(\(q.scriptID.html)/\(q.questionID.html))</span></h4>"
    guard !q.suppressed else { return heading + "<p class=\"toofew\">\(Report.tooFew.capitalisedFirst).</p>" }
    guard !q.options.isEmpty else {
      return heading
        + "<p class=\"toofew\">\(ReportText.fewPerOption.capitalisedFirst) (\(q.people) mensen).</p>"
    }
    let bars = q.options.map { ($0.shown, $0.count, $0.percent) }
    return heading + chart(bars, title: q.text, id: id)
      + "<p class=\"people\">\(ReportText.people(q).html).</p>"
  }

  static func panel(_ p: Report.PanelAdvice, id: String, minGroup: Int) -> String {
    let heading = "<h4>Stelling: \(p.statement.html)</h4>"
    guard !p.suppressed else { return heading + "<p class=\"toofew\">\(Report.tooFew.capitalisedFirst).</p>" }
    // A vote too few people gave is no bar: it is said below the chart.
    let votes = [("🙂 Eens", p.agree), ("🙁 Oneens", p.disagree), ("🤔 Weet ik niet", p.dontKnow)]
    let bars = votes.filter { $0.1 > 0 }.map { ($0.0, $0.1, percentage($0.1, of: max(1, p.people))) }
    let few = votes.filter { $0.1 == 0 }.map(\.0)
    var out =
      heading
      + chart(
        bars, title: "Stemmen over: " + p.statement, id: id)
    if !few.isEmpty {
      out += "<p class=\"people\">\(few.joined(separator: ", ").html): minder dan \(minGroup) stemmen.</p>"
    }
    if !p.advice.isEmpty { out += "<p>Advies van het panel: \(ReportText.adviceWord(p.advice).html).</p>" }
    return out
  }

  static func quotes(_ open: Report.OpenAnswers) -> String {
    var out = "<h4>Wat mensen zeiden</h4>"
    guard !open.suppressed else { return out + "<p class=\"toofew\">\(Report.tooFew.capitalisedFirst).</p>" }
    out += "<div class=\"quotes\">"
    for (line, quotes) in ReportText.byQuestion(open.quotes) {
      out +=
        "<p class=\"question\">\(line.html)</p>" + quotes.map(blockquote).joined()
    }
    out += "</div>"
    if !open.words.isEmpty {
      out +=
        "<p>Veel genoemde woorden: "
        + open.words.map { "\($0.word.html) (\($0.count))" }.joined(separator: ", ") + ".</p>"
    }
    if !open.pairs.isEmpty {
      out +=
        "<p class=\"pairs\">Veel genoemde woordparen: "
        + open.pairs.map { "\($0.word.html) (\($0.count))" }.joined(separator: ", ") + ".</p>"
    }
    return out
  }

  static func blockquote(_ q: Report.Quote) -> String {
    let mentions = q.mentions > 0 ? "<footer>\(q.mentions)× gezegd</footer>" : ""
    return "<blockquote><p>\(q.text.html)</p>\(mentions)</blockquote>"
  }

  /// A horizontal bar chart as a table: labels wrap instead of being cut off, and the text
  /// stays the page's size on a phone and on paper.
  static func chart(_ bars: [(label: String, count: Int, percent: Double)], title: String, id: String)
    -> String
  {
    let safeID = "c-" + id.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    var out =
      "<table class=\"bars\" id=\"\(safeID)\"><caption class=\"hidden\">\(title.html)</caption><tbody>"
    for bar in bars {
      let width = format(min(100, max(bar.percent, bar.count > 0 ? 0.5 : 0))).replacingOccurrences(
        of: ",", with: ".")
      out +=
        "<tr><th scope=\"row\">\(bar.label.html)</th><td class=\"bar\"><span style=\"width: \(width)%\"></span></td><td class=\"value\">\(bar.count) (\(format(bar.percent))%)</td></tr>"
    }
    return out + "</tbody></table>"
  }
}

extension String {
  /// A CSS string literal, for the line on top of printed pages.
  var cssString: String {
    "\""
      + TextSafety.clean(self).unicodeScalars.map { c in
        c == "\"" || c == "\\" || c.value < 0x20 ? "\\\(String(c.value, radix: 16)) " : String(c)
      }.joined() + "\""
  }

  /// Escaped for HTML text and attributes.
  var html: String {
    var out = ""
    out.reserveCapacity(count)
    // Control characters (ESC, BEL) and line separators never reach a page.
    for ch in TextSafety.clean(self) {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }
}
