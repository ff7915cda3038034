/// Slips and verb forms of ordinary words: "begeleidr", "heeeel" and "logt" are words typed
/// or bent, not names.
extension AnonymiserLexicon {
  /// Whether a word no list knows is one slip away from an ordinary word: a letter too many,
  /// two letters swapped, or a vowel typed for another ("begeleidr", "gmeente", "huurtoeslaag").
  func nearWord(_ key: ArraySlice<UInt8>) -> Bool {
    let n = key.count
    guard n >= 5, n <= 20, key.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
    let original = [UInt8](key)
    var scratch = original
    func isWord(_ count: Int) -> Bool {
      scratch.withUnsafeBufferPointer {
        LexiconFlags(rawValue: table.value(UnsafeBufferPointer(rebasing: $0[..<count]))).contains(.word)
      }
    }
    // A letter too many.
    for k in 0..<n {
      var w = 0
      for r in 0..<n where r != k {
        scratch[w] = original[r]
        w += 1
      }
      if isWord(n - 1) { return true }
    }
    scratch = original
    // Two letters swapped.
    for k in 0..<(n - 1) where original[k] != original[k + 1] {
      scratch.swapAt(k, k + 1)
      if isWord(n) { return true }
      scratch.swapAt(k, k + 1)
    }
    // One vowel for another.
    let vowels: [UInt8] = [0x61, 0x65, 0x69, 0x6F, 0x75]
    for k in 0..<n where vowels.contains(original[k]) {
      for v in vowels where v != original[k] {
        scratch[k] = v
        if isWord(n) { return true }
      }
      scratch[k] = original[k]
    }
    // A letter left out ("eigelijk"), in a word long enough that this is no accident.
    if n >= 7 {
      // The free place walks from the end to the front: left of it the word as typed, right
      // of it the rest shifted by one.
      scratch = original + [0]
      for k in stride(from: n, through: 0, by: -1) {
        for letter in UInt8(0x61)...UInt8(0x7A) {
          scratch[k] = letter
          if isWord(n + 1) { return true }
        }
        if k > 0 { scratch[k] = original[k - 1] }
      }
    }
    // A letter held on ("heeeel", "leuuuk"): three or more of one letter are one or two.
    var folded: [UInt8] = []
    for b in original
    where !(folded.count >= 2 && folded[folded.count - 1] == b && folded[folded.count - 2] == b) {
      folded.append(b)
    }
    if folded.count < n {
      for pair in [
        folded,
        folded.enumerated().filter { $0.offset == 0 || folded[$0.offset - 1] != $0.element }.map(\.element),
      ] {
        scratch = pair
        if isWord(pair.count) { return true }
      }
    }
    return false
  }

  /// Whether a word is a slip or a verb form of an ordinary word.
  func slip(_ key: ArraySlice<UInt8>) -> Bool { verbForm(key) || nearWord(key) }

  /// Whether a word is a verb form of a listed word: "logt" (log), "werkte" (werk), "belt"
  /// (bel).
  func verbForm(_ key: ArraySlice<UInt8>) -> Bool {
    let bytes = [UInt8](key)
    // A past tense needs a stem of four letters: "weide" is no "wei" + "de".
    for ending in ["t", "te", "de"] where bytes.count - ending.utf8.count >= (ending == "t" ? 3 : 4) {
      guard bytes.suffix(ending.utf8.count).elementsEqual(ending.utf8) else { continue }
      let stem = bytes.dropLast(ending.utf8.count)
      let flags = stem.withUnsafeBufferPointer { LexiconFlags(rawValue: table.value($0)) }
      if flags.contains(.word) { return true }
    }
    return false
  }
}
