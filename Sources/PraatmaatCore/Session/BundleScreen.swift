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
  /// The municipalities a session may name; nil: none is checked (tests of other rules).
  public var municipalities: Municipalities?

  public init(anonymiser: any Anonymiser, scripts: [String: Script], municipalities: Municipalities? = nil) {
    self.anonymiser = anonymiser
    self.scripts = scripts
    self.municipalities = municipalities
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
    if let place = entry.municipality {
      if let municipalities {
        switch municipalities.lookup(place) {
        case .known(let official): entry.municipality = official
        case .unknown:
          // Never echoed: an address or a name in this field is what must not spread.
          throw problem("de gemeente van dit gesprek staat niet in de lijst met gemeenten")
        }
      } else {
        entry.municipality = placeName(place)
      }
    }
    guard entry.status != .withdrawn else {
      throw problem("een gewist gesprek hoort alleen met zijn code in de bundel te staan")
    }
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
    // One-to-one (""), the whole table ("groep"), or a seat at a table: 1 to 8.
    guard ["", "groep"].contains(a.participant) || Self.seats.contains(a.participant) else {
      throw Refusal(
        reason: "bij \(question) is de deelnemer '\(a.participant.prefix(12))' geen plek aan tafel (1 tot 8)")
    }
    guard Self.kinds.contains(a.kind) else {
      throw Refusal(reason: "\(question) heeft een soort die ik niet ken: '\(a.kind)'")
    }
    guard Self.valueKinds.contains(a.valueKind) else {
      throw Refusal(reason: "\(question) heeft een antwoord van een soort die ik niet ken: '\(a.valueKind)'")
    }
    guard SessionBundle.isMonth(a.month) else {
      throw Refusal(reason: "bij \(question) moet de maand de vorm JJJJ-MM hebben, met een jaar vanaf 2015")
    }
    // The script as it was when the answer was given, when it is known here.
    let known = scripts[a.scriptID].flatMap { $0.header.version == a.scriptVersion ? $0 : nil }
    if known == nil {
      // Ids of a script version not known here cannot be checked against it: at least they
      // may hold nothing personal.
      for id in [a.questionID, a.scriptID] + (a.valueKind.hasPrefix("option") ? [a.value ?? ""] : [])
      where !anonymiser.spans(
        in: id.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
      )
      .isEmpty {
        throw Refusal(
          reason: "\(question) van script '\(a.scriptID)' heeft een id dat op iets persoonlijks lijkt")
      }
    }
    guard a.themes.allSatisfy({ $0.count <= 100 }) else {
      throw Refusal(reason: "\(question) heeft een thema van meer dan 100 tekens")
    }
    a.themes = a.themes.map(anonymiser.anonymise)
    switch a.valueKind {
    case "text":
      // No longer than a participant may type: a bundle is no way around that limit.
      if let value = a.value, value.count > TextSafety.maximumAnswerLength {
        throw Refusal(
          reason: "\(question) heeft een tekst van meer dan \(TextSafety.maximumAnswerLength) tekens")
      }
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
      if let script = known, let asked = script.question(a.questionID), asked.kind.isClosed {
        let options = asked.options.map(\.id)
        if let wrong = ids.first(where: { !options.contains($0) }) {
          throw Refusal(
            reason:
              "\(question) van script '\(a.scriptID)' heeft geen optie '\(wrong)' (wel: \(options.joined(separator: ", ")))"
          )
        }
      }
    case "number":
      guard let value = a.value, value.count <= 9, let number = Int(value), value.allSatisfy(\.isASCII) else {
        throw Refusal(
          reason: "\(question) heeft als getal '\(a.value?.prefix(12) ?? "")', en dat is geen getal")
      }
      // Within the question's own range; without the script, at most five digits: a number
      // of nine digits is an ID, not an answer.
      let asked = known?.question(a.questionID) ?? scripts[a.scriptID]?.question(a.questionID)
      let range = (asked?.minimum ?? -99_999)...(asked?.maximum ?? 99_999)
      guard range.contains(number), abs(number) <= 99_999 else {
        throw Refusal(reason: "\(question) heeft een getal buiten het bereik van de vraag")
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
    guard answer.participant == "groep", answer.method.rules.answersTogether,
      let question = scripts[answer.scriptID]?.question(answer.questionID),
      question.kind.takesWriterOptions, !question.options.isEmpty
    else { return false }
    let prefix = "\(question.personaCardLabel): "
    guard value.hasPrefix(prefix) else { return false }
    return Self.isLabelList(value.dropFirst(prefix.count), labels: question.options.map(\.label))
  }

  /// Whether `text` is one or more of `labels`, each with an optional count such as ` (2)`,
  /// separated by `, ` or ` / `. Labels may themselves hold a comma, so every way is tried:
  /// a walk over the places where an item can start, each place visited once, so a crafted
  /// line of any length takes linear work per label and no stack.
  static func isLabelList(_ text: Substring, labels: [String]) -> Bool {
    let labels = labels.filter { !$0.isEmpty }
    var starts: [Substring.Index] = [text.startIndex]
    var visited: Set<Substring.Index> = [text.startIndex]
    while let start = starts.popLast() {
      let item = text[start...]
      for label in labels where item.hasPrefix(label) {
        var rest = item.dropFirst(label.count)
        if rest.hasPrefix(" ("), let close = rest.prefix(8).firstIndex(of: ")") {
          let count = rest[rest.index(rest.startIndex, offsetBy: 2)..<close]
          if (1...4).contains(count.count), count.allSatisfy(\.isASCII), Int(count) != nil {
            rest = rest[rest.index(after: close)...]
          }
        }
        if rest.isEmpty { return true }
        for separator in [", ", " / "] where rest.hasPrefix(separator) {
          let next = rest.dropFirst(separator.count).startIndex
          if visited.insert(next).inserted { starts.append(next) }
        }
      }
    }
    return false
  }

  /// The seats at a table: participants 1 to 8.
  static let seats: Set<String> = Set((1...8).map(String.init))

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
