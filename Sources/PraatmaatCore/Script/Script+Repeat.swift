/// `herhaal-voor:`: a section asked once for each option chosen in a multiple choice, like
/// ODK's repeat. Its questions are kept per option, as `helper_fijn.familie`: an id no script
/// can have itself, because a dot is never part of an id.
extension Script {
  /// Between a question's id and the option it is asked for.
  public static let repeatSeparator: Character = "."

  /// `helper_fijn.familie` → `helper_fijn`; an id without a dot stays as it is.
  public static func repeatedBase(of id: String) -> String {
    id.firstIndex(of: repeatSeparator).map { String(id[..<$0]) } ?? id
  }

  /// `helper_fijn.familie` → `familie`; nil for an id without a dot.
  public static func repeatedItem(of id: String) -> String? {
    id.firstIndex(of: repeatSeparator).map { String(id[id.index(after: $0)...]) }
  }

  /// The id a question of a repeated section is kept under for one option.
  public static func repeatedID(_ id: String, item: String) -> String { "\(id)\(repeatSeparator)\(item)" }

  /// The question as asked for one option: `Hoe is de hulp van {helpers}?` becomes
  /// `Hoe is de hulp van mijn familie?`.
  func repeated(_ id: String) -> Question? {
    guard let item = Self.repeatedItem(of: id), let place = position(ofQuestion: Self.repeatedBase(of: id)),
      let source = sections[place.section].repeatFor,
      var question = sections[place.section].items[place.item].question,
      let option = self.question(source)?.options.first(where: { $0.id == item })
    else { return nil }
    question.id = id
    question.text = question.text.map {
      $0.replacingOccurrences(of: "{\(source)}", with: option.label.lowercasedFirst)
    }
    return question
  }

  /// The options a repeated section is walked for: those chosen, in the order of the question,
  /// without the ones chosen alone (`alleen: niemand`).
  public func repeatItems(of source: String, answer: AnswerValue?) -> [String] {
    guard let question = question(source) else { return [] }
    let chosen: [String]
    switch answer {
    case .options(let ids)?: chosen = ids
    case .option(let id)?: chosen = [id]
    default: chosen = []
    }
    return question.options.map(\.id).filter { chosen.contains($0) && !question.alone.contains($0) }
  }
}
