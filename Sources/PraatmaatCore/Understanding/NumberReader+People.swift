/// Counting people ("mama, ik en mn 2 broertjes", "met z'n vieren", "alleen") and reading
/// number words with a typo.
extension NumberReader {
  /// People in a house: "ik woon alleen", "mn moeder, vader, zus en ik", "met zn vieren",
  /// "12 met mij erbij", "mama, ik en mn 2 broertjes", "3 en de hond".
  func peopleCount(_ w: [String], _ amounts: [Amount]) -> Reading {
    let me = withoutSelf ? 1 : 0
    if let n = w.lazy.compactMap({ Self.collective[$0] }).first { return .number(n - me, worked: false) }
    var counted = 0
    var persons = 0
    var used: Set<Int> = []
    for (i, word) in w.enumerated() where people.contains(word) || Self.pairs.contains(word) {
      // "mij erbij", "met mij": the speaker is already in the number given.
      if ["mij", "mezelf"].contains(word) && !amounts.isEmpty
        || withoutSelf && ["ik", "mij", "mezelf"].contains(word)
      {
        continue
      }
      if let a = amounts.first(where: { $0.at == i - 1 }) {
        counted += Int(a.value)
        used.insert(a.at)
      } else {
        counted += Self.pairs.contains(word) ? 2 : 1
      }
      persons += 1
    }
    let loose = amounts.filter { !used.contains($0.at) }
    if persons == 0 || (loose.count == 1 && !w.contains("en")) {
      if amounts.isEmpty, w.contains("alleen") || w.contains("mezelf") {
        return .number(1 - me, worked: false)
      }
      if amounts.isEmpty, w == ["niemand"] || w == ["met", "niemand"] { return .number(0, worked: false) }
      return single(loose.isEmpty ? amounts : loose, w)
    }
    // "mijn vader en mijn zus, dus 2": the people named agree with the number said.
    if loose.count == 1, Int(loose[0].value) == counted { return .number(counted, worked: false) }
    guard loose.isEmpty else { return .unclear }
    return .number(counted, worked: true)
  }

  /// A number word with one letter wrong ("vijvtig", "twinitg"), for words of five letters or
  /// more: short ones ("drie", "vier") are too close to other words.
  static func misspelt(_ word: String) -> Int? {
    guard word.count >= 5, word.allSatisfy(\.isLetter) else { return nil }
    let close = spelledNumbers.filter { $0.key.count >= 5 && EditDistance.between($0.key, word) <= 1 }
    return close.count == 1 ? close.first!.value : nil
  }

  static let spelledNumbers: [String: Int] = {
    var all: [String: Int] = [:]
    for n in 0...100 { all[Syllables.numberWords(n).replacingOccurrences(of: "ë", with: "e")] = n }
    return all
  }()
}
