/// Makes typed or stored text safe to show and keep: no control characters, no escape
/// sequences, no bidirectional overrides, no zero-width tricks.
public enum TextSafety {
  /// Answers longer than this are not taken; nobody types that much in one go.
  public static let maximumAnswerLength = 2_000

  public static func clean(_ text: String) -> String {
    // Printable ASCII has nothing to take out: most text is, and reports clean every field.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    var out = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let s = scalars.next() {
      if s == "\u{1B}" {
        skipEscape(&scalars)
        continue
      }
      // A tab, and the Unicode line and paragraph separators, become a space: they would break
      // a line in a report, a CSV cell or a JSON viewer.
      if s == "\t" || s == "\u{2028}" || s == "\u{2029}" {
        out.append(" ")
        continue
      }
      let category = s.properties.generalCategory
      if category == .control { continue }
      // Format characters hide or reorder text; keep only the joiners that build emoji.
      if category == .format, s != "\u{200D}" { continue }
      if category == .privateUse || category == .unassigned || category == .surrogate { continue }
      out.append(s)
    }
    return String(out)
  }

  /// Drops the rest of an ANSI escape: CSI up to its final byte, OSC up to BEL or ST.
  private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let kind = scalars.next() else { return }
    switch kind {
    case "[":
      while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
    case "]", "P", "_", "^":
      var previous: Unicode.Scalar?
      while let s = scalars.next() {
        if s == "\u{07}" || (previous == "\u{1B}" && s == "\\") { break }
        previous = s
      }
    default:
      break
    }
  }
}
