import Foundation
import PraatmaatCore

extension ReportJob {
  /// The filter in the words a report counts in: a theme by the vocabulary's name. A theme or
  /// script nobody knows is refused with what can be chosen, so that a typing error never
  /// looks like a store without answers. What was typed is not repeated: it can hold anything.
  static func checked(
    _ filter: ReportFilter, themes vocabulary: ThemeVocabulary, catalogue: [String: Script],
    sessions: [ReportSession]
  ) throws(AppError) -> ReportFilter {
    var checked = filter
    if let theme = filter.theme {
      let scriptThemes = catalogue.values.flatMap(\.allThemes)
      let known = vocabulary.themes(of: vocabulary.themes + scriptThemes.sorted())
      guard let found = vocabulary.theme(for: theme) ?? known.first(where: { $0 == theme.lowercased() })
      else {
        throw AppError.usage(
          "--theme: dit thema ken ik niet. Kies uit: \(known.joined(separator: ", ")).")
      }
      checked.theme = found
    }
    if let script = filter.script, catalogue[script] == nil,
      !sessions.contains(where: { $0.script == script })
    {
      let known = Set(catalogue.keys).union(sessions.map(\.script)).sorted()
      throw AppError.usage(
        "--script: dit script ken ik niet. Kies uit: \(known.joined(separator: ", ")).")
    }
    return checked
  }
}

extension ContentLibrary {
  /// The one theme vocabulary of every script and report (`verslag/themas.txt`); without it
  /// themes stay as the scripts wrote them.
  public func themeVocabulary() -> ThemeVocabulary {
    let url = root.appendingPathComponent("verslag/themas.txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return ThemeVocabulary() }
    return ThemeVocabulary(text: text)
  }
}
