/// An earlier answer inside later text: `Wat is moeilijk aan {reizen}?` says the label the
/// participant chose ("Wat is moeilijk aan met de bus?"); an open answer fills in with its
/// anonymised words, as the supporter accepted them. At a table a question's text reads the
/// answers of whoever's turn it is.
public enum TextFill {
  /// The names between braces in a text, in order, with where each starts (in characters).
  public static func names(in text: String) -> [(name: String, offset: Int)] {
    var found: [(String, Int)] = []
    var open: (index: String.Index, offset: Int)?
    for (offset, i) in zip(0..., text.indices) {
      if text[i] == "{" {
        open = (text.index(after: i), offset)
      } else if text[i] == "}", let o = open {
        found.append((String(text[o.index..<i]).trimmingWhitespace(), o.offset))
        open = nil
      }
    }
    return found
  }

  /// The text with every `{id}` replaced by what was answered to question `id`; a question not
  /// answered (skipped, or not asked) leaves "…".
  public static func fill(_ text: String, answers: [String: AnswerValue], script: Script) -> String {
    guard text.contains("{") else { return text }
    var out = text
    for (name, _) in names(in: text) {
      out = out.replacingOccurrences(of: "{\(name)}", with: shown(answers[name], script.question(name)))
    }
    return out
  }

  static func shown(_ answer: AnswerValue?, _ question: Question?) -> String {
    func label(_ id: String) -> String {
      guard let option = question?.options.first(where: { $0.id == id }) else { return id }
      return option.label.lowercasedFirst
    }
    switch answer {
    case .option(let id): return label(id)
    case .options(let ids): return ids.map(label).joined(separator: " en ")
    case .number(let n): return String(n)
    case .kept(let text): return text
    case .dontKnow: return "weet ik niet"
    // Skipped, refused or not asked: nothing to say.
    default: return "…"
    }
  }
}
