import Foundation

/// The lines at the top of a script: id, title, method, level, version, themes, phases,
/// variables and the group size.
extension ParseState {
  mutating func takeHeader(_ f: Field) {
    if f.key != "variabele", !seenHeaderKeys.insert(f.key).inserted {
      report(.duplicateHeader, f.line, f.keyColumn, "'\(f.key):' staat twee keer bovenaan.")
      return
    }
    switch f.key {
    case "id":
      if Identifier.isValid(f.value) {
        header.id = f.value
      } else {
        report(
          .badIdentifier, f.line, f.valueColumn, "'\(f.value)' kan geen id zijn.",
          hint: "Gebruik letters, cijfers en streepjes, zonder spaties.")
      }
    case "titel": header.title = f.value
    case "methode":
      header.method =
        known(
          Method(rawValue: f.value.lowercased()), f, "De methode '\(f.value)' ken ik niet.",
          hint: "Kies uit: \(Method.allCases.map(\.rawValue).joined(separator: ", ")).") ?? header.method
    case "niveau":
      header.level =
        known(
          LanguageLevel(rawValue: f.value.uppercased()), f, "Het niveau '\(f.value)' ken ik niet.",
          hint: "Kies A2 of B1.") ?? header.level
    case "versie":
      if let v = Int(f.value), v > 0 {
        header.version = v
      } else {
        report(
          .badNumber, f.line, f.valueColumn, "De versie moet een heel getal zijn, zoals 1 of 2.")
      }
    case "thema": header.themes = themes(f)
    case "fase": header.phases = phases(f)
    case "variabele": takeVariable(f)
    case "groep": takeGroupSize(f)
    default: break
    }
  }

  /// `groep: 3-5`, `groep: 3 tot 5` or `groep: 4`.
  mutating func takeGroupSize(_ f: Field) {
    let parts = f.value.lowercased().replacingOccurrences(of: "tot", with: "-").split(separator: "-")
      .map { Int($0.trimmingWhitespace()) }
    guard (1...2).contains(parts.count), let low = parts.first ?? nil, let high = parts.last ?? nil,
      low <= high
    else {
      report(
        .badNumber, f.line, f.valueColumn, "Schrijf hoeveel mensen er aan tafel zitten, zoals 'groep: 3-5'.",
        hint: "Eerst het kleinste aantal, dan het grootste: groep: 3-5")
      return
    }
    header.groupSize = low...high
    header.groupSizeLocation = f.valueLocation
  }

  mutating func takeVariable(_ f: Field) {
    guard
      let (name, value) = nameAndValue(
        f, "Een variabele schrijf je als 'naam = waarde'.", hint: "Bijvoorbeeld: variabele: rondes = 0")
    else { return }
    header.variables.append(Variable(name: name, initial: Value(parsing: value), location: f.valueLocation))
  }

  /// A header word read as one of a fixed set (a method, a level); nil, with `message`
  /// reported at the word, when it is none of them.
  mutating func known<T>(_ value: T?, _ f: Field, _ message: String, hint: String) -> T? {
    if value == nil { report(.unknownWord, f.line, f.valueColumn, message, hint: hint) }
    return value
  }

  /// `naam = waarde` of `variabele:` and `zet:`; nil, with `message` reported, when it is not.
  mutating func nameAndValue(_ f: Field, _ message: String, hint: String) -> (String, String)? {
    let parts = f.value.split(separator: "=", maxSplits: 1).map {
      $0.trimmingWhitespace()
    }
    guard parts.count == 2, Identifier.isValid(parts[0]), !parts[1].isEmpty else {
      report(.syntax, f.line, f.valueColumn, message, hint: hint)
      return nil
    }
    return (parts[0], parts[1])
  }

  func themes(_ f: Field) -> [String] {
    f.value.split(separator: ",").map { $0.trimmingWhitespace().lowercased() }
      .filter { !$0.isEmpty }
  }

  mutating func phases(_ f: Field) -> [PolicyPhase] {
    var result: [PolicyPhase] = []
    var offset = 0
    for part in f.value.split(separator: ",", omittingEmptySubsequences: false) {
      let word = part.trimmingWhitespace().lowercased()
      let lead = part.prefix { $0 == " " }.count
      if let p = PolicyPhase(rawValue: word) {
        result.append(p)
      } else if !word.isEmpty {
        report(
          .unknownWord, f.line, f.valueColumn + offset + lead, "De fase '\(word)' ken ik niet.",
          hint: "Kies uit: \(PolicyPhase.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      offset += part.count + 1
    }
    return result
  }
}
