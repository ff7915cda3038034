/// The sentences with places, filled in: what the engine and the hosts call.
extension PhraseBook {
  /// "🙋 Nu is Tijger aan de beurt."
  public func turn(_ name: String) -> String { self[.turn, ["naam": name]] }
  /// "Deelnemer 2."
  public func participant(_ number: Int) -> String { self[.participant, ["getal": String(number)]] }
  /// "Aan tafel: Tijger, Blauw."
  public func atTable(_ names: [String]) -> String {
    self[.atTable, ["namen": names.joined(separator: ", ")]]
  }
  /// "🃏 Tijger pakt een kaart over wonen."
  public func drawCard(_ name: String, theme: String) -> String {
    self[.drawCard, ["naam": name, "thema": theme]]
  }
  /// "🎉 Het kwartet wonen is compleet!"
  public func setComplete(_ theme: String) -> String { self[.setComplete, ["thema": theme]] }
  /// "Ik noem je Zon."
  public func nameGiven(_ name: String) -> String { self[.nameGiven, ["naam": name]] }
  /// The welcome of a nickname that was chosen: "Hallo Tijger!", not "Je typte: tijger".
  public func hello(_ name: String) -> String { self[.hello, ["naam": name]] }
  /// "Zon komt erbij."
  public func latecomer(_ name: String) -> String { self[.latecomer, ["naam": name]] }
  /// `geheim: ja`: "Alleen Tijger kijkt naar het scherm."
  public func privateLook(_ name: String) -> String { self[.privateLook, ["naam": name]] }
  /// `groep: 3-5`, when `klaar` comes too soon: "We hebben minstens 3 mensen nodig."
  public func tooFew(_ minimum: Int) -> String { self[.tooFew, ["getal": String(minimum)]] }

  /// "Je koos: 🏠 Bij mijn ouders"
  public func youChose(_ shown: String) -> String { self[.youChose, ["keuze": shown]] }
  /// "Je typte: 3"
  public func youTyped(_ number: Int) -> String { self[.youTyped, ["getal": String(number)]] }
  /// On resume, before a question that follows up on an answer: "Je antwoord was: 🙂 Goed".
  public func yourAnswerWas(_ shown: String) -> String { self[.yourAnswerWas, ["antwoord": shown]] }
  /// A guess: "Bedoel je: Bij mijn ouders?"
  public func didYouMean(_ what: String) -> String { self[.didYouMean, ["keuze": what]] }
  /// "Bijvoorbeeld: 1 of bij mijn ouders"
  public func forExample(_ example: String) -> String { self[.forExample, ["voorbeeld": example]] }
  /// "Bedoel je een van deze? 1 Bij mijn ouders of 4 Ergens anders"
  public func closest(_ numbered: [String]) -> String {
    self[.closestIntro, ["keuzes": numbered.joined(separator: " \(self[.orWord]) ")]]
  }
  /// "Zo bewaren we het: …"
  public func reviewShown(_ version: String) -> String { self[.reviewShown, ["antwoord": version]] }
  /// "Je code is: …"
  public func codeIs(_ code: String) -> String { self[.codeIs, ["code": code]] }
  /// After a round with `toon: stemmen`: "Geen antwoord: 2".
  public func noAnswer(_ count: Int) -> String { self[.noAnswer, ["getal": String(count)]] }
  /// An option of a multiple choice that stands alone (`alleen:`), with its label.
  public func chooseAlone(_ label: String) -> String { self[.chooseAlone, ["keuze": label]] }

  /// After a number that is not on the screen: "Typ 1, 2 of 3."
  public func chooseNumber(_ count: Int) -> String {
    guard count > 1 else { return self[.chooseNumbers, ["nummers": "1"]] }
    let numbers = (1..<count).map(String.init).joined(separator: ", ")
    return self[.chooseNumbers, ["nummers": "\(numbers) \(self[.orWord]) \(count)"]]
  }

  /// The sentence for a number range, as in "Typ een getal van 1 tot 7.", or nil without one.
  public func numberRange(min: Int?, max: Int?) -> String? {
    range(
      min: min, max: max, only: .numberOnly, between: .numberBetween, atLeast: .numberAtLeast,
      atMost: .numberAtMost)
  }

  /// How many to choose in a multiple choice with `min:` or `max:`, or nil without them.
  public func choiceRange(min: Int?, max: Int?) -> String? {
    range(
      min: min, max: max, only: .chooseExactly, between: .chooseBetween, atLeast: .chooseAtLeast,
      atMost: .chooseAtMost)
  }

  private func range(
    min: Int?, max: Int?, only: PhraseKey, between: PhraseKey, atLeast: PhraseKey, atMost: PhraseKey
  ) -> String? {
    switch (min, max) {
    case (let lo?, let hi?) where lo == hi: self[only, ["getal": String(lo)]]
    case (let lo?, let hi?): self[between, ["min": String(lo), "max": String(hi)]]
    case (let lo?, nil): self[atLeast, ["min": String(lo)]]
    case (nil, let hi?): self[atMost, ["max": String(hi)]]
    case (nil, nil): nil
    }
  }

  /// The words a participant can always type, as the help lists them.
  public func helpLines(atTable: Bool) -> [String] {
    let words = list(.helpWords)
    return [self[.helpIntro]]
      + (atTable
        ? words + [self[.helpPause], self[.passWord]] : words + [self[.helpBack], self[.helpPause]])
  }

  /// The consent text, for one person or for a group table, where the code belongs to the
  /// whole table.
  public func consentLines(atTable: Bool) -> [String] {
    let lines = list(.consentLines)
    return atTable ? lines + list(.consentTableCode) : lines + list(.consentCode)
  }
}
