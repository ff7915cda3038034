extension StringProtocol {
  /// The text without spaces and tabs at either end: what Foundation's
  /// `trimmingWhitespace()` gives (tab and every Unicode space separator),
  /// without building a character set for every line of a script.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.isBlank })!
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: scalars[first...last])
    return String(kept)
  }
}

extension Unicode.Scalar {
  /// A tab or a space of any width (U+0020, U+00A0, U+2000 to U+200B …): the scalars of
  /// Foundation's `whitespaces`; line breaks are not.
  var isBlank: Bool {
    switch value {
    case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }
}
