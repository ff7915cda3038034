/// Answers that correct themselves: "lopen nee de bus", "weinig, sorry, genoeg", "eens ik bedoel
/// oneens", "4 maar eigenlijk 3", "goed, nou ja, een beetje".
extension AnswerMatcher {
  /// The answer taken back and the answer meant, as typed, in a short answer that corrects
  /// itself: a few words, then "nee", "sorry", "ik bedoel", "nou ja" or "eigenlijk" after
  /// "maar", "nee", "of", "dus" or "nou", then the answer meant; nil when
  /// there is none. "nee" at the start is an answer, not a correction; "nee toch", "nee wacht"
  /// are one correction. It counts only where what is taken back reads as an answer too (see
  /// `match`).
  static func correction(_ input: String) -> (before: String, meant: String)? {
    // Each word as typed, with its punctuation, beside its plain form: what follows the
    // correction keeps its commas ("lezen nee dat doe ik niet meer, alleen dansen").
    let typed = input.split(whereSeparator: \.isWhitespace).map(String.init)
    let plain = typed.map { Normalised($0).text }
    let kept = plain.indices.filter { !plain[$0].isEmpty && !plain[$0].contains(" ") }
    guard kept.count == plain.filter({ !$0.isEmpty }).count else { return nil }
    let words = kept.map { plain[$0] }
    guard words.count >= 3 else { return nil }
    let joining: Set<String> = ["toch", "wacht", "ik", "bedoel", "eh", "uh"]
    var found: (marker: Int, meant: Int)?
    for i in words.indices where (1...4).contains(i) {
      var marker = i
      var start: Int
      if words[i] == "eigenlijk", i >= 2, ["maar", "nee", "of", "dus", "nou"].contains(words[i - 1]) {
        // "4 maar eigenlijk 3", "leuk, nee eigenlijk saai": what is meant follows "eigenlijk".
        marker = i - 1
        start = i + 1
      } else if ["maar", "en", "want", "dus"].contains(words[i - 1]) {
        // "maar nee", "en nee": a conjunction before it makes it part of the sentence.
        continue
      } else if ["nee", "sorry", "sry"].contains(words[i]) {
        start = i + 1
      } else if words[i] == "nou", i + 1 < words.count, words[i + 1] == "ja" {
        // "goed.. nou ja, een beetje": what is meant follows "nou ja".
        start = i + 2
      } else if i + 1 < words.count, words[i] == "ik", words[i + 1] == "bedoel" {
        start = i + 2
      } else {
        continue
      }
      while start < words.count, joining.contains(words[start]) { start += 1 }
      // Only a correction that is followed by an answer: "bus nee" is not one.
      if start < words.count { found = (marker, start) }
    }
    guard let found else { return nil }
    return (
      typed[..<kept[found.marker]].joined(separator: " "), typed[kept[found.meant]...].joined(separator: " ")
    )
  }
}
