/// What read-aloud says for messages: the same words as on screen, options with their
/// number as a word ("Een: bij mijn ouders."), and no pictograms read as their names.
public enum SpeechText {
  static let numbers = [
    "nul", "Een", "Twee", "Drie", "Vier", "Vijf", "Zes", "Zeven", "Acht", "Negen", "Tien",
  ]

  public static func of(_ messages: [Message]) -> String {
    messages.flatMap(lines).map(withoutPictograms).map(spellingCodes).filter { !$0.isEmpty }.map(sentence)
      .joined(separator: " ")
  }

  /// A session code is read letter by letter: "ETD-HTP" as "E. T. D. streepje H. T. P.".
  /// As a word, a voice says "et-ha-te-pe" and the D is lost. A digit is written as a word:
  /// "3." would be read as "derde".
  public static func spellingCodes(_ line: String) -> String {
    line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      let core = word.prefix { !",.:;!?".contains($0) }
      guard core.count == 7, Array(core)[3] == "-",
        core.enumerated().allSatisfy({ $0.offset == 3 || SessionCode.alphabet.contains($0.element) })
      else { return String(word) }
      let letters = core.filter { $0 != "-" }.map { c in
        c.wholeNumberValue.map { numbers[$0].lowercased() + "." } ?? "\(c)."
      }
      let spelled = (letters[0..<3] + ["streepje"] + letters[3...]).joined(separator: " ")
      // The spelled code ends with a stop of its own; a stop after it would be read twice.
      let rest = word.dropFirst(core.count).drop { $0 == "." }
      return spelled + rest
    }.joined(separator: " ")
  }

  static func lines(_ message: Message) -> [String] {
    switch message {
    case .say(let text), .echo(let text), .hint(let text): return [text]
    case .ask(let prompt):
      var out = prompt.lines
      for (n, option) in prompt.options.enumerated() {
        let number = n + 1 < numbers.count ? numbers[n + 1] : String(n + 1)
        out.append("\(number): \(option.label)")
      }
      if let hint = prompt.hint { out.append(hint) }
      return out
    }
  }

  /// Drops emoji and other symbols so a voice never says "smiling face".
  public static func withoutPictograms(_ text: String) -> String {
    let kept = text.unicodeScalars.filter { scalar in
      let p = scalar.properties
      if p.isEmojiPresentation || (p.isEmoji && scalar.value > 0xFF) { return false }
      switch p.generalCategory {
      case .otherSymbol, .control, .format, .privateUse, .unassigned: return false
      default: return scalar != "\u{FE0F}"
      }
    }
    return String(String.UnicodeScalarView(kept)).split(separator: " ").joined(separator: " ")
  }

  /// Ends each line with a stop so the voice pauses between lines.
  static func sentence(_ line: String) -> String {
    guard let last = line.last else { return line }
    return ".!?:".contains(last) ? line : line + "."
  }
}
