import Foundation

/// What an imported bundle may bring into the store: the same rules as for an answer kept
/// here. A bundle comes from elsewhere and could have been edited by hand, so free text
/// passes through the anonymiser, closed answers must be options of the script (when the
/// script is known here in the version they were given in), and every other field must have
/// its plain shape, so that no free text can hide in it.
public struct BundleScreen: Sendable {
  public var anonymiser: any Anonymiser
  /// The scripts known here, by id.
  public var scripts: [String: Script]

  public init(anonymiser: any Anonymiser, scripts: [String: Script]) {
    self.anonymiser = anonymiser
    self.scripts = scripts
  }

  /// What a kept answer's value can be.
  static let valueKinds: Set<String> = [
    "option", "options", "number", "text", "dontKnow", "refused", "skipped", "ageBand",
  ]

  /// The kinds of question, and the roles of rows kept beside the answers.
  static let kinds: Set<String> = Set(
    [QuestionKind.yesNo, .choice, .multiChoice, .scale(3), .scale(5), .open, .number, .statement].map(\.word)
      + AnswerRole.allCases.filter { $0 != .answer }.map(\.rawValue))

  /// The entry as it may be kept, or why not, with the line it is on.
  public func screen(_ numbered: SessionBundle.Numbered) throws(SessionBundle.Problem) -> SessionBundle.Entry
  {
    var entry = numbered.entry
    func problem(_ message: String) -> SessionBundle.Problem {
      SessionBundle.Problem(line: numbered.line, message: message)
    }
    guard Self.isIdentifier(entry.scriptID) else {
      throw problem("het script-id '\(entry.scriptID)' kan geen id zijn")
    }
    if let band = entry.ageBand, !AgeBand.all.contains(band) {
      throw problem("de leeftijdsgroep '\(band)' ken ik niet")
    }
    entry.municipality = entry.municipality.map(placeName)
    var answers: [AnswerRecord] = []
    for answer in entry.answers {
      do throws(Refusal) {
        answers.append(try screen(answer))
      } catch {
        throw problem(error.reason)
      }
    }
    entry.answers = answers
    return entry
  }

  /// Why one answer cannot be kept.
  struct Refusal: Error {
    var reason: String
  }

  func screen(_ answer: AnswerRecord) throws(Refusal) -> AnswerRecord {
    var a = answer
    let question = "de vraag '\(a.questionID)'"
    guard Self.isIdentifier(a.questionID), Self.isIdentifier(a.scriptID) else {
      throw Refusal(reason: "\(question) van script '\(a.scriptID)' heeft geen geldig id")
    }
    guard ["", "groep"].contains(a.participant) || (a.participant.count <= 3 && Int(a.participant) != nil)
    else {
      throw Refusal(reason: "bij \(question) is de deelnemer '\(a.participant)' geen nummer")
    }
    guard Self.kinds.contains(a.kind) else {
      throw Refusal(reason: "\(question) heeft een soort die ik niet ken: '\(a.kind)'")
    }
    guard Self.valueKinds.contains(a.valueKind) else {
      throw Refusal(reason: "\(question) heeft een antwoord van een soort die ik niet ken: '\(a.valueKind)'")
    }
    guard a.month.range(of: #"^\d{4}-\d{2}$"#, options: .regularExpression) != nil else {
      throw Refusal(reason: "bij \(question) moet de maand de vorm JJJJ-MM hebben")
    }
    a.themes = a.themes.map(anonymiser.anonymise)
    switch a.valueKind {
    case "text":
      if let value = a.value, !isPersonaChoiceLine(value, of: a) {
        a.value = anonymiser.anonymise(value)
      }
    case "option", "options":
      let ids = (a.value ?? "").split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard !ids.isEmpty, ids.allSatisfy(Self.isIdentifier) else {
        throw Refusal(reason: "\(question) heeft als keuze '\(a.value ?? "")', en dat is geen optie")
      }
      // Options are only checked against the script version the answer was given in: an
      // older version may have had options the current one no longer has.
      if let script = scripts[a.scriptID], script.header.version == a.scriptVersion,
        let known = script.question(a.questionID), known.kind.isClosed
      {
        let options = known.options.map(\.id)
        if let wrong = ids.first(where: { !options.contains($0) }) {
          throw Refusal(
            reason:
              "\(question) van script '\(a.scriptID)' heeft geen optie '\(wrong)' (wel: \(options.joined(separator: ", ")))"
          )
        }
      }
    case "number":
      guard let value = a.value, value.count <= 9, Int(value) != nil else {
        throw Refusal(reason: "\(question) heeft als getal '\(a.value ?? "")', en dat is geen getal")
      }
    case "ageBand":
      guard let value = a.value, AgeBand.all.contains(value) else {
        throw Refusal(reason: "\(question) heeft een leeftijdsgroep die ik niet ken: '\(a.value ?? "")'")
      }
    default:
      // Weet ik niet, wil ik niet zeggen, overgeslagen: there is nothing to keep beside it.
      guard a.value == nil else {
        throw Refusal(reason: "\(question) is '\(a.valueKind)', maar heeft toch een waarde")
      }
    }
    return a
  }

  /// Whether a Persona card line is made of nothing but the option labels of a choice
  /// question of a script known here, as `merged` writes it: `Wie helpt: Familie (2), Vrienden`
  /// or `Naam: Noor / Daan`. Such a line holds no free text, and the anonymiser would take
  /// the names and numbers in those labels for personal ones.
  func isPersonaChoiceLine(_ value: String, of answer: AnswerRecord) -> Bool {
    guard answer.method == .persona, answer.participant == "groep",
      let question = scripts[answer.scriptID]?.question(answer.questionID),
      question.kind.takesWriterOptions, !question.options.isEmpty
    else { return false }
    let prefix = "\(question.personaCardLabel): "
    guard value.hasPrefix(prefix) else { return false }
    return Self.isLabelList(value.dropFirst(prefix.count), labels: question.options.map(\.label))
  }

  /// Whether `text` is one or more of `labels`, each with an optional count such as ` (2)`,
  /// separated by `, ` or ` / `. Labels may themselves hold a comma, so every way is tried.
  static func isLabelList(_ text: Substring, labels: [String]) -> Bool {
    for label in labels where !label.isEmpty && text.hasPrefix(label) {
      var rest = text.dropFirst(label.count)
      if rest.hasPrefix(" ("), let close = rest.firstIndex(of: ")") {
        let count = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
        if (1...4).contains(count.count), count.allSatisfy(\.isASCII), Int(count) != nil {
          rest = rest[rest.index(after: close)...]
        }
      }
      if rest.isEmpty { return true }
      for separator in [", ", " / "] where rest.hasPrefix(separator) {
        if isLabelList(rest.dropFirst(separator.count), labels: labels) { return true }
      }
    }
    return false
  }

  /// A municipality is a place name: it is kept, anything personal beside it is not.
  func placeName(_ text: String) -> String {
    let personal = anonymiser.spans(in: text).filter { $0.label != .location && $0.label != .institution }
    return ReplacementPolicy().apply(personal, to: text)
  }

  /// A question, option or script id: letters, digits, `-` and `_`; the engine's own steps
  /// start with `_`.
  static func isIdentifier(_ id: String) -> Bool {
    id.count <= 100 && Identifier.isValid(id.hasPrefix("_") ? String(id.dropFirst()) : id)
  }
}
