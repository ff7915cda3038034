/// Replies in an answer of several parts, split at punctuation: a request first ("terug graag,
/// de vorige vraag was fout") or last ("dat is moeilijk voor haar, kunnen we naar de volgende"),
/// a wait or a moment's thought before one, whether what one has is what is asked about, and not
/// knowing as what follows from the rest.
extension BuiltInReply {
  static func inParts(_ input: String, typos: Bool) -> BuiltInReply? {
    // "terug graag, de vorige vraag was fout", "dat is moeilijk voor haar, kunnen we naar de
    // volgende": a reply that fills the first or the last part of a longer answer.
    let parts = input.split(whereSeparator: { ",;.!?".contains($0) }).map { Normalised(String($0)) }
      .filter { !$0.text.isEmpty }
    if parts.count >= 2 {
      // "wacht, ik wil de vorige nog anders": asking to wait first only leads up to the request.
      let waiting: Set<String> = [
        "wacht", "wacht even", "even wachten", "moment", "momentje", "sorry", "even nadenken",
        "laat me even nadenken", "laat me nadenken", "eens kijken", "even kijken",
      ]
      if waiting.contains(parts[0].text) {
        let rest = parts.dropFirst().flatMap { $0.words.map(String.init) }
        if let reply = recogniseAsSaid(rest.joined(separator: " "), openQuestion: false, typos: typos) {
          return reply
        }
      }
      // "ik heb een coach, is dat hetzelfde?": whether what one has is what is asked about.
      if let last = parts.last, last.words.count <= 5, sameAsked(last.words.map(String.init)) {
        return .explain
      }
      // "weet ik niet, misschien de bus": not knowing, then a guess, is an answer with doubt.
      let estimates: Set<Substring> = ["misschien", "denk", "wss", "ongeveer"]
      let guess = parts.dropFirst().contains { $0.words.contains(where: estimates.contains) }
      if parts[0].words.count <= 8,
        let reply = phrased(" " + parts[0].text + " ", words: parts[0].words.map(String.init)),
        reply != .dontKnow || !guess
      {
        return reply
      }
      // At the end, only a request: "weken of maanden, weet niet precies" is an answer with doubt;
      // after a plain yes or no ("nee. door") the request only says to go on with the answer.
      let last = parts[parts.count - 1]
      let plainAnswer =
        parts.count == 2 && (YesNoWords.yes.contains(parts[0].text) || YesNoWords.no.contains(parts[0].text))
      if last.words.count <= 6, !plainAnswer,
        let reply = phrased(" " + last.text + " ", words: last.words.map(String.init)),
        [.skip, .back, .pause, .help, .repeatQuestion].contains(reply)
      {
        return reply
      }
      // "mijn zus doet de post, dus weet ik niet": not knowing, as what follows from the rest.
      let conclusion = last.words.dropFirst().map(String.init)
      if last.words.count <= 8, last.words.first == "dus",
        phrased(" " + conclusion.joined(separator: " ") + " ", words: conclusion) == .dontKnow
      {
        return .dontKnow
      }
    }
    return nil
  }
}
