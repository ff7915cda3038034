/// Ten-year age bands, which policymakers need and which single nobody out.
public enum AgeBand {
  /// The lowest age in the band of `age`.
  public static func floor(of age: Int) -> Int {
    switch age {
    case ..<18: 0
    case 18..<30: 18
    case 90...: 90
    default: age / 10 * 10
    }
  }

  /// Every band, youngest first.
  public static let all: [String] = ["0-17", "18-29"] + (3...8).map { "\($0)0-\($0)9" } + ["90+"]

  public static func of(_ age: Int) -> String {
    switch age {
    case ..<18: return "0-17"
    case 18..<30: return "18-29"
    case 90...: return "90+"
    default:
      let low = age / 10 * 10
      return "\(low)-\(low + 9)"
    }
  }
}
