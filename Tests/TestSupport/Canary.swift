import Foundation
import PraatmaatCore

/// Personal data made up at test time, planted to be searched for afterwards: a name, a street,
/// a phone number and an e-mail address that no word list and no development set holds, so a
/// test that finds none of it on disk proves the anonymiser, not only the wiring.
public struct Canary: Sendable {
  public let firstName: String
  public let surname: String
  public let street: String
  public let houseNumber: Int
  public let phone: String
  public let emailLocal: String
  /// The seed it was made from: printed, so a failing run can be made again.
  public let seed: UInt64

  public var fullName: String { "\(firstName) \(surname)" }
  public var email: String { "\(emailLocal)@example.org" }
  /// What must never be found in a file, searched for without regard to case.
  public var needles: [String] { [firstName, surname, street, phone, emailLocal, email] }

  /// A new canary from `seed` (default: a new seed each test run).
  public static func make(seed: UInt64 = UInt64.random(in: 1...UInt64(UInt32.max))) -> Canary {
    var random = SeededGenerator(seed: seed)
    func word(_ syllables: ClosedRange<Int>) -> String {
      let parts = [
        "bra", "vel", "dor", "quin", "zal", "tre", "mox", "fen", "gru", "lib", "sta", "kwo", "ynd", "rup",
      ]
      var made = ""
      while made.isEmpty || PackageContent.isListed(made) {
        made = (0..<Int.random(in: syllables, using: &random)).map { _ in parts.randomElement(using: &random)!
        }
        .joined()
      }
      return made
    }
    let first = word(2...3).capitalized
    let last = word(3...4).capitalized
    let street = word(2...3).capitalized + "straat"
    let phone = "06" + String(format: "%08d", Int.random(in: 10_000_000...99_999_999, using: &random))
    return Canary(
      firstName: first, surname: last, street: street, houseNumber: Int.random(in: 2...180, using: &random),
      phone: phone, emailLocal: "\(word(2...2)).\(Int.random(in: 1000...9999, using: &random))", seed: seed)
  }
}

extension PackageContent {
  /// Every word and name on the anonymiser's lists and in the development sets, folded.
  static let listed: Set<String> = {
    var words: Set<String> = []
    let lists = ["voornamen", "achternamen", "plaatsen", "wijken", "organisaties", "eigennamen", "woorden"]
    for name in lists {
      let url = root.appendingPathComponent("Content/anonimiseren/\(name).txt")
      for line in (try! String(contentsOf: url, encoding: .utf8)).split(separator: "\n") {
        for part in line.lowercased().split(separator: " ") { words.insert(String(part)) }
      }
    }
    let sets = root.appendingPathComponent("Tests/AnonymiserDevSet")
    for file in try! FileManager.default.contentsOfDirectory(atPath: sets.path) where file.hasPrefix("dev") {
      let text = try! String(contentsOf: sets.appendingPathComponent(file), encoding: .utf8).lowercased()
      for part in text.split(whereSeparator: { !$0.isLetter }) { words.insert(String(part)) }
    }
    return words
  }()

  /// Whether a made-up word happens to be on a list or in a development set.
  public static func isListed(_ word: String) -> Bool { listed.contains(word.lowercased()) }
}
