import Foundation

/// Reports side by side: one column per municipality or period, each column a whole report
/// with its own publication rounds and cell keys, so that a comparison shows nothing its
/// reports would not show one by one.
public enum ComparisonReport {
  public struct Column: Sendable, Codable {
    public var label: String
    public var report: Report

    public init(label: String, report: Report) { (self.label, self.report) = (label, report) }
  }

  /// A row of the comparison: a name and a cell per column ("–" where there is nothing).
  struct Table {
    var title: String
    var rows: [(String, [String])]
  }

  static let nothing = "–"

  /// Who spoke, the people per theme, and every closed question shown in at least one column.
  static func tables(_ columns: [Column]) -> [Table] {
    var tables: [Table] = []
    tables.append(
      Table(
        title: "Wie sprak",
        rows: [
          (
            "Mensen",
            columns.map { $0.report.overview.suppressed ? Report.tooFew : String($0.report.overview.people) }
          ),
          (
            "Gesprekken",
            columns.map { ReportText.count($0.report.overview.sessions, minGroup: $0.report.minGroup) }
          ),
          ("Antwoorden", columns.map { String($0.report.overview.answers) }),
          ("Periode", columns.map { ReportText.period($0.report.overview) }),
          ("Wachten nog", columns.map { String($0.report.overview.waiting) }),
        ]))
    var themes: [String] = []
    for c in columns {
      for p in c.report.phases {
        for t in p.themes where !themes.contains(t.theme) { themes.append(t.theme) }
      }
    }
    tables.append(
      Table(
        title: "Mensen per thema",
        rows: themes.map { theme in
          (
            theme.capitalisedFirst,
            columns.map { c in
              let shown = c.report.phases.flatMap(\.themes).filter { $0.theme == theme && !$0.suppressed }
              return shown.map(\.people).max().map(String.init) ?? nothing
            }
          )
        }))
    // Every closed question once, in the order of the first column that shows it.
    var order: [String] = []
    var questions: [String: [Report.ClosedQuestion?]] = [:]
    for (n, c) in columns.enumerated() {
      for q in c.report.phases.flatMap(\.themes).flatMap(\.closed) where !q.suppressed && !q.options.isEmpty {
        let key = "\(q.scriptID)/\(q.questionID)"
        if questions[key] == nil {
          order.append(key)
          questions[key] = Array(repeating: nil, count: columns.count)
        }
        if questions[key]![n] == nil { questions[key]![n] = q }
      }
    }
    for key in order {
      let row = questions[key]!
      let first = row.compactMap { $0 }.first!
      var labels: [(id: String, label: String)] = []
      for q in row.compactMap({ $0 }) {
        for o in q.options where !labels.contains(where: { $0.id == o.id }) { labels.append((o.id, o.shown)) }
      }
      tables.append(
        Table(
          title: "\(first.text) (\(key))",
          rows: labels.map { option in
            (
              option.label,
              row.map { q in
                guard let q else { return nothing }
                guard let o = q.options.first(where: { $0.id == option.id }) else { return nothing }
                return "\(format(o.percent))% (\(o.count))"
              }
            )
          } + [("Mensen", row.map { $0.map { String($0.people) } ?? nothing })]))
    }
    return tables
  }

  public static func markdown(_ columns: [Column]) -> String {
    var out = ["# \(ReportText.title): vergelijking", ""]
    if let r = columns.first?.report {
      out += ["_\(ReportText.comparisonNote(r.minGroup).markdownEscaped)_", ""]
    }
    for table in tables(columns) {
      out += [
        "## \(table.title.markdownEscaped)", "",
        "| | " + columns.map { $0.label.markdownEscaped }.joined(separator: " | ") + " |",
        "|---|" + String(repeating: "---:|", count: columns.count),
      ]
      out += table.rows.map {
        "| \($0.0.markdownEscaped) | " + $0.1.map(\.markdownEscaped).joined(separator: " | ") + " |"
      }
      out.append("")
    }
    return out.joined(separator: "\n") + "\n"
  }

  public static func html(_ columns: [Column], template: String) -> String {
    var body = ["<h1>\(ReportText.title): vergelijking</h1>"]
    if let r = columns.first?.report {
      body.append("<p class=\"meta\">\(ReportText.comparisonNote(r.minGroup).html)</p>")
    }
    for table in tables(columns) {
      body.append(
        "<section class=\"wide\"><h2>\(table.title.html)</h2><table class=\"matrix\"><thead><tr><th scope=\"col\"></th>"
          + columns.map { "<th scope=\"col\">\($0.label.html)</th>" }.joined() + "</tr></thead><tbody>"
          + table.rows.map { row in
            "<tr><th scope=\"row\">\(row.0.html)</th>" + row.1.map { "<td>\($0.html)</td>" }.joined()
              + "</tr>"
          }.joined() + "</tbody></table></section>")
    }
    return HTMLReport.fill(
      template, title: ReportText.title + ": vergelijking", content: body.joined(separator: "\n"))
  }

  public static func csv(_ columns: [Column]) -> String {
    var rows = [["tabel", "rij"] + columns.map(\.label)]
    for table in tables(columns) { rows += table.rows.map { [table.title, $0.0] + $0.1 } }
    return CSVReport.document(rows)
  }

  /// Every column's whole report, with its label.
  public static func json(_ columns: [Column]) -> String {
    struct Document: Codable {
      var schema = "praatmaat-vergelijking"
      var version = Report.schemaVersion
      var columns: [Column]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! encoder.encode(Document(columns: columns)), as: UTF8.self) + "\n"
  }
}
