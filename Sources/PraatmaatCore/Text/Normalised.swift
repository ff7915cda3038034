import Foundation

/// Text folded for matching answers: lower case, no accents, no punctuation,
/// single spaces, and common chat spellings written out ("mn" → "mijn").
struct Normalised: Equatable {
  let text: String
  var words: [Substring] { text.split(separator: " ") }

  static let spellings: [String: String] = [
    "mn": "mijn", "m'n": "mijn", "z'n": "zijn", "zn": "zijn", "d'r": "haar", "t": "het",
    "'t": "het", "n": "een", "'n": "een", "k": "ik", "jij": "je", "jou": "je", "u": "je",
    "nie": "niet", "egt": "echt", "nix": "niks", "ff": "even", "effe": "even", "efkes": "even",
    // Spoken and regional forms, and words run together by speech-to-text.
    "neet": "niet", "nei": "nee", "mun": "mijn", "mien": "mijn", "jao": "ja", "joa": "ja",
    "ikweet": "ik weet", "kweet": "ik weet", "ikwil": "ik wil", "kwil": "ik wil",
    "kweetnie": "ik weet niet", "kweetniet": "ik weet niet",
    "es": "eens",
  ]

  init(_ raw: String) {
    var words: [String] = []
    if raw.utf8.allSatisfy({ $0 < 0x80 }) {
      // Plain ASCII, the usual case: folded byte by byte, without Foundation's slow folding.
      var current: [UInt8] = []
      for byte in raw.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"),
          UInt8(ascii: "/"):
          current.append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          current.append(byte + 32)
        default:
          if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
          current.removeAll(keepingCapacity: true)
        }
      }
      if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    } else {
      let folded = raw.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        .lowercased()
      var current = ""
      for scalar in folded.unicodeScalars {
        if CharacterSet.alphanumerics.contains(scalar) || scalar == "'" || scalar == "/" {
          current.unicodeScalars.append(scalar)
        } else if !current.isEmpty {
          words.append(current)
          current = ""
        }
      }
      if !current.isEmpty { words.append(current) }
    }
    text = words.map { Self.spellings[$0] ?? ($0.contains("'") ? $0.filter { $0 != "'" } : $0) }
      .joined(separator: " ")
  }

  /// Whether the two are the same apart from a small typo.
  func isClose(to other: Normalised) -> Bool {
    if text == other.text { return true }
    let length = max(text.count, other.text.count)
    guard length >= 4 else { return false }
    let allowed = length >= 12 ? 3 : length >= 7 ? 2 : 1
    return EditDistance.between(text, other.text) <= allowed
  }
}
