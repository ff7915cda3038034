/// Kwartetspel's `na:`: a card that refers to another is drawn after it, so that card must be
/// there, of the same theme, and not wait for it in turn.
extension CheckRun {
  /// `na:` names a card of the same theme, and no card waits for itself (also not round
  /// about), so every card can be drawn.
  mutating func checkCardOrder(_ byID: [String: Question]) {
    for q in script.questions {
      guard let after = q.after else { continue }
      let at = q.afterLocation ?? q.location
      guard let before = byID[after], before.id != q.id else {
        report(
          .badCardOrder, at, "'na: \(after)' noemt geen andere vraag van dit script.",
          hint: "Zet achter na: de naam van de vraag die eerst moet komen.")
        continue
      }
      if script.header.method.rules.drawsCards, script.themes(of: before).first != script.themes(of: q).first
      {
        report(
          .badCardOrder, at, "De kaart '\(after)' hoort bij een ander thema dan '\(q.id)'.",
          hint: "Een kaart kan alleen wachten op een kaart van hetzelfde thema.")
        continue
      }
      var seen: Set<String> = [q.id]
      var next = before.after
      while let id = next, let card = byID[id] {
        if seen.contains(id) {
          report(
            .badCardOrder, at, "De kaarten wachten op elkaar: '\(q.id)' komt zo nooit aan de beurt.",
            hint: "Haal een van de na:-regels weg.")
          break
        }
        seen.insert(id)
        next = card.after
      }
    }
  }
}
