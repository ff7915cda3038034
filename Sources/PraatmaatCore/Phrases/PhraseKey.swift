/// The stable key of every sentence praatmaat itself says to a participant. The words are
/// data: a table in `Content/teksten` gives the text for each key (`nl.txt` is Dutch), so a
/// translation is a second table and no code holds or compares the sentences.
public enum PhraseKey: String, CaseIterable, Sendable, Hashable {
  // Answers and hints.
  case notUnderstood, tryAgain, forExample, offerSkip, offerSkipHow, autoSkip, dontKnow, refused
  case skipped, back, noBack, paused, resumed, resumedAt, openThanks, tooLong, openEmpty
  case youChose, yourAnswerWas, youTyped, confirmSoft, softCheckDefault, hardCheckDefault
  case scriptGoesRound, didYouMean, namelyQuestion, confirmGuessHow, guessWrong, closestIntro
  case explainOther, explainAgain, explainStill
  case orWord, andWord, hintChoice, hintMulti, hintNumber, hintOpen
  case numberBetween, numberAtLeast, numberOnly, numberAtMost
  case chooseBetween, chooseAtLeast, chooseAtMost, chooseExactly, chooseAlone, chooseNumbers
  case idle, noteKept, noteDropped
  // Review of an answer, the code and the end.
  case reviewShown, reviewAsk, reviewAccepted, reviewOther, reviewRetype, reviewNoteBack
  case codeIs, codeNote, codeWritten, savedAll, forgotten
  case helpIntro, helpWords, helpBack, helpPause, helpSupporter
  // Consent.
  case consentLines, consentCode, consentTableCode, consentQuestion, consentDeclined, consentAgreed,
    consentAnswerHow
  // A group table.
  case welcome, chooseName, nameQuestion, nameDone, nameIsReal, nameInstead, nameTaken
  case numberTaken, nameTooLong, nameNeedsLetters, nobodyYet, tableFull, why, votes
  case adviceYes, adviceNo, adviceSplit, adviceUndecided, adviceQuestion, adviceKept, adviceAgain
  case chooseTheme, moreThemes, noCard, allCardsPlayed, gameStopped, groupStops, noBackAtTable
  case passWord, offerPassHow, orTryAgain, openRound, openRoundQuestion, openRoundHint
  case personaIntro, personaQuestion, personaFix, personaTogether, personaKept
  case later, skippedTurn, everyoneDone, joined, joinDeclined, joinNothingKept
  case tally, noAnswer, privateQuestion, privateDone, nicknames
  case turn, participant, atTable, drawCard, setComplete, nameGiven, hello, latecomer
  case privateLook, tooFew
  // The start menu.
  case menuWelcome, menuWhatToDo, menuNew, menuContinue, menuReport, menuStop, menuHowToAsk, menuRead
  case menuReadAloud, menuWhereReport, menuOnScreen, menuInFile, menuWhichScript, menuWhichSession
  case menuNothingPaused, menuCannotResume, menuMore, menuHowToLeave, menuFileName, menuFileExample
  case menuReportSaved, menuReportNotSaved, menuNothingToReport, menuReportMore, menuNoVoice

  /// Keys with more than one line: each line of the table adds one.
  public var isList: Bool {
    switch self {
    case .idle, .helpWords, .nicknames, .consentLines, .consentCode, .consentTableCode: true
    default: false
    }
  }

  /// The places (`{naam}`) a text of this key must have, filled in by the program.
  public var places: Set<String> {
    switch self {
    case .forExample: ["voorbeeld"]
    case .youChose, .didYouMean, .chooseAlone: ["keuze"]
    case .closestIntro: ["keuzes"]
    case .yourAnswerWas, .reviewShown: ["antwoord"]
    case .youTyped, .numberOnly, .chooseExactly, .noAnswer, .participant, .tooFew: ["getal"]
    case .numberBetween, .chooseBetween: ["min", "max"]
    case .numberAtLeast, .chooseAtLeast: ["min"]
    case .numberAtMost, .chooseAtMost: ["max"]
    case .chooseNumbers: ["nummers"]
    case .codeIs: ["code"]
    case .atTable: ["namen"]
    case .drawCard: ["naam", "thema"]
    case .setComplete: ["thema"]
    case .turn, .nameGiven, .hello, .latecomer, .privateLook: ["naam"]
    default: []
    }
  }

  /// Example values for the places, so the language check reads a sentence as shown.
  static let examples = [
    "voorbeeld": "1", "keuze": "Bij mijn ouders", "keuzes": "1 Bij mijn ouders of 2 Alleen",
    "antwoord": "Ik woon bij mijn ouders.", "getal": "3", "min": "1", "max": "7", "nummers": "1, 2 of 3",
    "code": "K7M-4PX", "namen": "Tijger, Zon", "naam": "Tijger", "thema": "wonen",
  ]
}
