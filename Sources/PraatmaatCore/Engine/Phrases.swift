/// Every sentence the engine itself says to a participant, in simple Dutch.
///
/// Kept in one place so `praatmaat check` can run the language rules over them.
public enum Phrases {
  public static let notUnderstood = "Dat begrijp ik niet goed."
  public static let tryAgain = "Probeer het nog eens."
  public static let forExample = "Bijvoorbeeld:"
  public static let offerSkip = "Zullen we deze vraag overslaan?"
  /// After `offerSkip`: "ja" skips, "nee" asks the question again.
  public static let offerSkipHow = "Typ ja of nee."
  public static let autoSkip = "We slaan deze vraag nu over."
  public static let dontKnow = "Dat is goed. We gaan verder."
  public static let refused = "Dat is goed. Je hoeft het niet te zeggen."
  public static let skipped = "We slaan deze vraag over."
  public static let back = "We gaan terug naar de vorige vraag."
  public static let noBack = "Dit is de eerste vraag."
  public static let paused = "We stoppen even. Je kunt later verder gaan."
  public static let resumed = "Welkom terug. We gaan verder."
  public static let resumedAt = "We waren bij deze vraag:"
  public static let finished = "Dit was de laatste vraag."
  public static let thanks = "Dank je wel!"
  public static let openThanks = "Dank je. Ik heb het opgeschreven."
  public static let tooLong = "Dit is te lang. Typ een korter antwoord."
  public static let openEmpty = "Je hebt nog niets getypt."
  public static let youChose = "Je koos:"
  /// On resume, before a question that follows up on an answer: "Je antwoord was: 🙂 Goed".
  public static let yourAnswerWas = "Je antwoord was:"
  public static let youTyped = "Je typte:"
  public static let confirmSoft = "Klopt dat? Typ ja of nee."
  public static let softCheckDefault = "Dat is een bijzonder antwoord."
  public static let hardCheckDefault = "Dat antwoord kan niet."
  /// A script that jumps around without asking anything stops with this.
  public static let scriptGoesRound = "Er gaat iets mis met de vragen."

  /// A guess: "Bedoel je: Bij mijn ouders?"
  public static let didYouMean = "Bedoel je:"
  /// `anders-namelijk:`, after "Iets anders" was chosen.
  public static let namelyQuestion = "Wat bedoel je precies?"
  public static let confirmGuessHow = "Typ ja of nee."
  /// After "nee" to a guess.
  public static let guessWrong = "Oké. Zeg het nog eens."
  /// After a miss: the options closest to what was typed.
  public static let closestIntro = "Bedoel je een van deze?"
  public static let orWord = "of"

  public static let hintChoice = "Typ een nummer of een woord."
  public static let hintMulti = "Typ de nummers, bijvoorbeeld: 1 3"
  public static let hintNumber = "Typ een getal."
  public static let hintOpen = "Vertel het maar."
  /// A sentence with its `%d` places filled by `numbers`, in order.
  static func filled(_ format: String, _ numbers: Int...) -> String {
    var text = format
    for n in numbers {
      if let range = text.range(of: "%d") { text.replaceSubrange(range, with: String(n)) }
    }
    return text
  }

  public static let numberBetween = "Typ een getal van %d tot %d."
  public static let numberAtLeast = "Typ een getal van %d of meer."
  public static let numberOnly = "Typ %d."
  public static let numberAtMost = "Typ een getal tot %d."
  /// A multiple choice with `min:` or `max:`: how many to choose.
  public static let chooseBetween = "Kies er %d tot en met %d."
  public static let chooseAtLeast = "Kies er %d of meer."
  public static let chooseAtMost = "Kies er niet meer dan %d."
  public static let chooseExactly = "Kies er %d."
  /// An option of a multiple choice that stands alone (`alleen:`), with its label.
  public static let chooseAlone = "%@ kies je alleen, zonder iets anders."

  /// After a number that is not on the screen: "Typ 1, 2 of 3."
  public static func chooseNumber(_ count: Int) -> String {
    guard count > 1 else { return "Typ 1." }
    let numbers = (1..<count).map(String.init).joined(separator: ", ")
    return "Typ \(numbers) \(orWord) \(count)."
  }

  /// After a long silence on a terminal. "?" asks for help at every prompt, also at an open
  /// question, where "hulp" would be taken as the answer.
  public static let idle = ["Neem rustig de tijd.", "Wil je hulp?", "Typ dan een vraagteken: ?"]
  public static let noteKept = "De notitie is bewaard."
  /// The supporter took a note back at the review, or paused there.
  public static let noteDropped = "De notitie is niet bewaard."
  public static let reviewShown = "Zo bewaren we het:"
  public static let reviewAsk = "Goed zo? Typ ja. Of typ de woorden die weg moeten."
  public static let reviewAccepted = "Bewaard."
  /// Under the review: the answer can be said again in other words.
  public static let reviewOther = "Wil je het anders zeggen? Typ nee."
  public static let reviewRetype = "Typ het antwoord opnieuw."
  /// Under the review of a note: it can be taken back.
  public static let reviewNoteBack = "Moet de hele notitie weg? Typ dan terug."
  public static let codeIs = "Je code is:"
  public static let codeNote = "Schrijf de code op. Met de code kun je later verder."
  /// Under the code on a terminal: the conversation goes on once the supporter says so.
  public static let codeWritten = "Typ ok als de code is opgeschreven."
  public static let savedAll = "Het gesprek is klaar. Alles is bewaard."
  /// The session was forgotten (`praatmaat forget`) while it was still going on.
  public static let forgotten = "Dit gesprek is gewist."
  public static let helpIntro = "Je kunt altijd deze woorden typen:"
  public static let helpWords: [String] = [
    "herhaal: ik zeg de vraag nog een keer.",
    "weet ik niet: dat is ook een goed antwoord.",
    "wil ik niet zeggen: dat mag altijd.",
    "overslaan: we gaan naar de volgende vraag.",
    "terug: we gaan naar de vorige vraag.",
    "pauze: we stoppen even.",
  ]
  public static let helpSupporter = "Voor de begeleider: typ /samen of /begeleider voor het antwoord."

  /// Every fixed sentence above, for the language check.
  public static var all: [String] {
    [
      notUnderstood, tryAgain, offerSkip, offerSkipHow, autoSkip, dontKnow, refused, skipped,
      back, noBack, paused, resumed, resumedAt, finished, thanks, openThanks, openEmpty, tooLong,
      confirmSoft, softCheckDefault, hardCheckDefault, scriptGoesRound, hintChoice, hintMulti, hintNumber,
      hintOpen, helpIntro, helpSupporter, reviewShown, reviewAsk, reviewAccepted, codeIs, codeNote,
      codeWritten,
      savedAll, forgotten, noteKept, noteDropped, reviewNoteBack, reviewOther, reviewRetype,
      didYouMean + " ja?", namelyQuestion, confirmGuessHow, guessWrong, closestIntro,
    ] + idle + helpWords + Consent.all + GroupPhrases.all
  }
}
