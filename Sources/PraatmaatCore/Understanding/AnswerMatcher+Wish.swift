/// "liever niet" to a question of what the participant wants ("Wil je …?") is no, not a
/// refusal to answer.
extension AnswerMatcher {
  /// Whether the question asks what the participant wants: "Wil je …?", "Zou je … willen?".
  static func asksAWish(_ question: Question) -> Bool {
    guard question.kind == .yesNo, let line = question.text.last else { return false }
    let w = AnswerText.plain(line).split(separator: " ").map(String.init)
    return ["wil", "zou", "wilt"].contains(w.first ?? "")
      && w.dropFirst().prefix(1).contains { ["je", "jij", "u"].contains($0) }
  }

  /// "liever niet", "nee, liever niet eigenlijk" to a question of what the participant wants:
  /// no, not a refusal to answer. "liever niet zeggen" stays a refusal, and so does an answer
  /// marked as meant the other way ("liever niet 🙄").
  static func declinedWish(_ input: String, _ question: Question) -> Bool {
    guard asksAWish(question), !ironic(input) else { return false }
    var w = Normalised(input).words.map(String.init)
    while let last = w.last, ["hoor", "eigenlijk", "nee"].contains(last) { w.removeLast() }
    if w.first == "nee" { w.removeFirst() }
    return w == ["liever", "niet"]
  }
}
