/// The municipality a session is kept under: a place name and nothing more. It is typed by
/// the supporter (`--municipality`, or `gemeente` in the settings) and kept as it is, so
/// anything that does not look like a plain name is refused before a session starts.
public enum MunicipalityName {
  /// The most words a municipality's name has ("Bergen op Zoom" has 3).
  public static let maximumWords = 4

  /// Why `name` cannot be kept as a municipality, or nil when it can.
  public static func problem(in name: String) -> String? {
    if name.contains(where: \.isNumber) { return "er staat een cijfer in" }
    if name.contains("@") { return "er staat een @ in" }
    if name.split(whereSeparator: \.isWhitespace).count > maximumWords {
      return "het zijn meer dan \(maximumWords) woorden"
    }
    // Phone numbers, e-mail and web addresses, ID numbers and numbers written in words.
    if !PatternRecogniser().spans(Tokens(name, lexicon: .builtIn)).isEmpty {
      return "er staat iets in dat geen plaatsnaam is"
    }
    return nil
  }
}
