/// The report as one self-contained HTML file: real headings, inline SVG bar charts with
/// text alternatives, no external assets. The page shell and styles come from a template
/// (Content/verslag/verslag.html) with `{{titel}}` and `{{inhoud}}`.
public enum HTMLReport {
  public static func render(_ r: Report, template: String) -> String {
    var body: [String] = ["<h1>\(ReportText.title)</h1>"]
    if let filter = ReportText.filter(r.filter) {
      body.append("<p class=\"filter\">Filter: \(filter.html).</p>")
    }
    body.append(overview(r))
    body.append(
      "<nav aria-label=\"Fases\"><ul>"
        + r.phases.map { "<li><a href=\"#\($0.phase.rawValue)\">\(ReportText.phase($0.phase).html)</a></li>" }
        .joined() + (r.personas.isEmpty ? "" : "<li><a href=\"#personas\">Persona's</a></li>") + "</ul></nav>"
    )
    for phase in r.phases {
      body.append("<section id=\"\(phase.phase.rawValue)\"><h2>\(ReportText.phase(phase.phase).html)</h2>")
      if !phase.signals.isEmpty {
        body.append(
          "<div class=\"signals\"><h3>Wat valt op</h3><ul>"
            + phase.signals.map { "<li>\($0.text.html)</li>" }.joined() + "</ul></div>")
      }
      for theme in phase.themes { body.append(self.theme(theme, phase: phase.phase, minGroup: r.minGroup)) }
      body.append("</section>")
    }
    if !r.personas.isEmpty {
      body.append("<section id=\"personas\"><h2>Persona's</h2><p>\(ReportText.personaIntro.html)</p>")
      if let more = ReportText.morePersonas(r.personas.count) { body.append("<p>\(more.html)</p>") }
      for card in r.personas.suffix(ReportText.personasShown).reversed() {
        body.append(
          "<div class=\"persona\"><h3>Persona</h3><ul>"
            + card.lines.map { "<li>\($0.html)</li>" }.joined() + "</ul></div>")
      }
      body.append("</section>")
    }
    body.append(
      "<footer><p>\(ReportText.protection(r.minGroup).html)</p></footer>")
    return fill(template, title: ReportText.title, content: body.joined(separator: "\n"))
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
    if let rest = ParticipantReport.tooFew(rest) { body.append("<p class=\"big\">\(rest.html)</p>") }
    body += ParticipantReport.closing.map { "<p class=\"big\">\($0.html)</p>" }
    return fill(template, title: ParticipantReport.title, content: body.joined(separator: "\n"))
  }

  static func fill(_ template: String, title: String, content: String) -> String {
    template.replacingOccurrences(of: "{{titel}}", with: title.html)
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

  static func theme(_ t: Report.ThemeReport, phase: PolicyPhase, minGroup: Int) -> String {
    var out = ["<article><h3>\(t.theme.capitalisedFirst.html)</h3>"]
    if t.suppressed {
      out.append("<p class=\"toofew\">\(Report.tooFew.capitalisedFirst).</p>")
    } else {
      out.append("<p>\(ReportText.who(t).html).</p>")
      // Ids carry the phase: a theme can stand in several phases of one page.
      let id = "\(phase.rawValue)-\(t.theme)"
      for (n, q) in t.closed.enumerated() { out.append(closed(q, id: "\(id)-\(n)")) }
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
    for (question, quotes) in ReportText.byQuestion(open.quotes) {
      out +=
        "<p class=\"question\">\(ReportText.answersTo(question).html)</p>" + quotes.map(blockquote).joined()
    }
    if !open.words.isEmpty {
      out +=
        "<p>Veel genoemde woorden: "
        + open.words.map { "\($0.word.html) (\($0.count))" }.joined(separator: ", ") + ".</p>"
    }
    if !open.pairs.isEmpty {
      out +=
        "<p>Veel genoemde woordparen: "
        + open.pairs.map { "\($0.word.html) (\($0.count))" }.joined(separator: ", ") + ".</p>"
    }
    return out
  }

  static func blockquote(_ q: Report.Quote) -> String {
    let mentions = q.mentions > 0 ? "<footer>\(q.mentions)× gezegd</footer>" : ""
    return "<blockquote><p>\(q.text.html)</p>\(mentions)</blockquote>"
  }

  /// A horizontal bar chart in SVG, with a title and a text alternative for screen readers.
  static func chart(_ bars: [(label: String, count: Int, percent: Double)], title: String, id: String)
    -> String
  {
    let rowHeight = 30
    let labelWidth = 230
    let barWidth = 360
    let height = bars.count * rowHeight + 10
    let alt = bars.map { "\($0.label): \($0.count) (\(format($0.percent))%)" }.joined(separator: "; ")
    let safeID = "c-" + id.filter { $0.isLetter || $0.isNumber || $0 == "-" }
    var svg =
      "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(safeID)\" viewBox=\"0 0 \(labelWidth + barWidth + 120) \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"><title id=\"\(safeID)\">\((title + ": " + alt).html)</title>"
    for (n, bar) in bars.enumerated() {
      let y = n * rowHeight + 5
      let width = Int((bar.percent / 100 * Double(barWidth)).rounded())
      svg +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 19)\" text-anchor=\"end\" class=\"label\">\(bar.label.html)</text>"
      svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"20\" class=\"track\"/>"
      svg +=
        "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(max(width, bar.count > 0 ? 2 : 0))\" height=\"20\" class=\"bar\"/>"
      svg +=
        "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 19)\" class=\"value\">\(bar.count) (\(format(bar.percent))%)</text>"
    }
    return svg + "</svg>"
  }
}

extension String {
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
