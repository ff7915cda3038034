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
