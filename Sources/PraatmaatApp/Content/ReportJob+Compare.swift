import Foundation
import PraatmaatCore

extension ReportJob {
  /// `--compare`: the municipalities of the store, or periods, side by side.
  public enum Comparison: Sendable, Equatable {
    case municipalities
    /// Each `YYYY-MM` to `YYYY-MM`, inclusive.
    case periods([Period])

    public struct Period: Sendable, Equatable {
      public var from: String
      public var to: String

      public init(from: String, to: String) { (self.from, self.to) = (from, to) }
    }

    /// `gemeenten`, or periods as `2026-01:2026-06,2026-07:2026-12` (a single month stands
    /// for itself).
    public static func parse(_ text: String) throws(AppError) -> Comparison {
      let word = text.trimmingCharacters(in: .whitespaces).lowercased()
      if ["gemeenten", "gemeente", "municipalities"].contains(word) { return .municipalities }
      var periods: [Period] = []
      for part in word.split(separator: ",") {
        let ends = part.split(separator: ":", omittingEmptySubsequences: false).map {
          $0.trimmingCharacters(in: .whitespaces)
        }
        guard (1...2).contains(ends.count),
          ends.allSatisfy({ $0.range(of: #"^\d{4}-(0[1-9]|1[0-2])$"#, options: .regularExpression) != nil }),
          ends.first! <= ends.last!
        else {
          throw AppError.usage(
            "--compare: geef 'gemeenten' of perioden als 2026-01:2026-06,2026-07:2026-12.")
        }
        periods.append(Period(from: ends.first!, to: ends.last!))
      }
      guard periods.count >= 2 else {
        throw AppError.usage(
          "--compare: geef minstens twee perioden, bijvoorbeeld 2026-01:2026-06,2026-07:2026-12.")
      }
      return .periods(periods)
    }
  }

  /// One report per column, each with its own rounds and cell keys, rendered side by side.
  func comparison(_ compare: Comparison, filter: ReportFilter, source: Source, library: ContentLibrary)
    throws(AppError) -> String?
  {
    guard audience == .beleid else {
      throw AppError.usage("--compare hoort bij het verslag voor beleid.")
    }
    var slices: [(String, ReportFilter)] = []
    switch compare {
    case .municipalities:
      let places = Set(source.sessions.filter { !$0.withdrawn }.compactMap(\.municipality)).sorted()
      guard places.count >= 2 else {
        throw AppError.problems(
          "Er zijn gesprekken in minder dan twee gemeenten: er is niets te vergelijken.")
      }
      slices = places.map { place in
        var f = filter
        f.municipality = place
        return (place, f)
      }
    case .periods(let periods):
      slices = periods.map { period in
        var f = filter
        f.from = period.from
        f.to = period.to
        return (period.from == period.to ? period.from : "\(period.from) t/m \(period.to)", f)
      }
    }
    var columns: [ComparisonReport.Column] = []
    for (label, f) in slices {
      guard var report = try build(f, source) else { continue }
      report.made = made
      columns.append(ComparisonReport.Column(label: label, report: report))
    }
    guard !columns.isEmpty else { return nil }
    switch format {
    case .markdown: return ComparisonReport.markdown(columns)
    case .html: return ComparisonReport.html(columns, template: try library.reportTemplate())
    case .csv: return ComparisonReport.csv(columns)
    case .json: return ComparisonReport.json(columns)
    }
  }
}
