/// Every sentence the engine says at a group table, in simple Dutch.
public enum GroupPhrases {
  public static let welcome = "We praten vandaag met een groep."
  public static let chooseName = "Iedereen kiest een bijnaam of een nummer."
  public static let nameQuestion = "Hoe wil je dat ik je noem?"
  public static let nameDone = "Typ 'klaar' als iedereen er is."
  public static let nameIsReal = "Dat lijkt op een echte naam."
  public static let nameInstead = "Kies een bijnaam, een kleur of een dier."
  public static let nameTaken = "Die naam is al gekozen."
  public static let numberTaken = "Dat nummer hoort al bij iemand anders."
  public static let nameTooLong = "Kies een korte naam."
  /// A nickname of pictograms only: it cannot be read aloud or typed back.
  public static let nameNeedsLetters = "Kies een naam met letters of een nummer."
  public static let nobodyYet = "Er zit nog niemand aan tafel."
  public static let tableFull = "De tafel is vol."
  public static let why = "Waarom vind je dat?"
  public static let votes = "Zo stemde het panel:"
  public static let adviceYes = "Het panel is het eens met dit plan."
  public static let adviceNo = "Het panel is het oneens met dit plan."
  public static let adviceSplit = "Het panel is verdeeld."
  /// Nobody voted for or against the plan: "Weet ik niet" only.
  public static let adviceUndecided = "Het panel weet het nog niet."
  public static let adviceQuestion = "Is dit het advies van het panel?"
  public static let adviceKept = "Dank je. Het advies is bewaard."
  public static let adviceAgain = "Dank je. We noteren dat de groep twijfelt."
  public static let chooseTheme = "Kies een thema."
  public static let moreThemes = "Meer thema's"
  public static let noCard = "Je slaat deze beurt over."
  public static let allCardsPlayed = "Alle kaarten zijn gespeeld."
  public static let gameStopped = "We stoppen met het spel."
  public static let groupStops = "De groep stopt nu. Dank jullie wel!"
  public static let noBackAtTable = "In een groep gaan we niet terug."
  public static let passWord = "pas: je slaat je beurt over."
  public static let offerPassHow = "Typ 'pas' of 'overslaan'."
  public static let orTryAgain = "Of probeer het opnieuw."
  public static let openRound = "Wil iemand nog iets zeggen?"
  public static let openRoundQuestion = "Wat wil je nog zeggen?"
  public static let openRoundHint = "Of typ 'overslaan'."
  public static let personaIntro = "Dit is jullie persoon:"
  public static let personaQuestion = "Klopt dit zo?"
  public static let personaFix = "Welke regel wil je veranderen?"
  public static let personaTogether = "Beantwoord deze vraag samen."
  public static let personaKept = "Dank je. De persoon is bewaard."
  public static let later = "Je komt straks nog aan de beurt."
  public static let skippedTurn = "We gaan naar de volgende."
  public static let everyoneDone = "Iedereen is al geweest."
  public static let joined = "Welkom aan tafel!"
  public static let joinDeclined = "Dat is goed."
  public static let joinNothingKept = "We bewaren niets van jou."
  /// `toon: stemmen`: the table's answers to a question, after the round.
  public static let tally = "Zo antwoordde de tafel:"
  public static let noAnswer = "Geen antwoord"
  /// `geheim: ja`: one person answers, the others look away.
  public static let privateQuestion = "🤫 Deze vraag is geheim."
  public static let privateDone = "Iedereen mag weer kijken."

  /// Given to someone who types "weet ik niet" for a nickname, and suggested as an example:
  /// animals and things, none of them a real name.
  public static let nicknames = [
    "Zon", "Wolk", "Uil", "Panda", "Kikker", "Dolfijn", "Vlinder", "Egel", "Leeuw", "Maan", "Ster", "Tijger",
  ]

  /// "Nu is Tijger aan de beurt."
  public static func turn(_ name: String) -> String { "🙋 Nu is \(name) aan de beurt." }
  /// "Deelnemer 2."
  public static func participant(_ number: Int) -> String { "Deelnemer \(number)." }
  /// "Aan tafel: Tijger, Blauw."
  public static func atTable(_ names: [String]) -> String {
    "Aan tafel: \(names.joined(separator: ", "))."
  }
  /// "🃏 Tijger pakt een kaart over wonen."
  public static func drawCard(_ name: String, theme: String) -> String {
    "🃏 \(name) pakt een kaart over \(theme)."
  }
  /// "🎉 Het kwartet wonen is compleet!"
  public static func setComplete(_ theme: String) -> String {
    "🎉 Het kwartet \(theme) is compleet!"
  }
  /// "Ik noem je Zon."
  public static func nameGiven(_ name: String) -> String { "Ik noem je \(name)." }
  /// The welcome of a nickname that was chosen: "Hallo Tijger!", not "Je typte: tijger".
  public static func hello(_ name: String) -> String { "Hallo \(name)!" }
  /// "Zon komt erbij."
  public static func latecomer(_ name: String) -> String { "\(name) komt erbij." }
  /// `geheim: ja`: "Alleen Tijger kijkt naar het scherm."
  public static func privateLook(_ name: String) -> String { "Alleen \(name) kijkt naar het scherm." }
  /// `groep: 3-5`, when `klaar` comes too soon: "We hebben minstens 3 mensen nodig."
  public static func tooFew(_ minimum: Int) -> String { "We hebben minstens \(minimum) mensen nodig." }

  /// Fixed sentences, for the language check.
  public static var all: [String] {
    [
      welcome, chooseName, nameQuestion, nameDone, nameIsReal, nameInstead, nameTaken,
      nameTooLong, nameNeedsLetters, nobodyYet, tableFull, why, votes, adviceYes, adviceNo, adviceSplit,
      adviceUndecided,
      adviceQuestion, adviceKept, adviceAgain, chooseTheme, allCardsPlayed, gameStopped,
      groupStops, noBackAtTable, passWord, offerPassHow, orTryAgain, moreThemes, noCard, numberTaken,
      joinDeclined, joinNothingKept, openRound, openRoundQuestion, openRoundHint, personaIntro,
      personaQuestion, personaFix,
      personaTogether, personaKept, later, skippedTurn, everyoneDone, joined,
      turn("Tijger"), participant(2), drawCard("Tijger", theme: "wonen"), setComplete("wonen"),
      nameGiven("Zon"), latecomer("Zon"), hello("Zon"), tally, noAnswer, privateQuestion, privateDone,
      privateLook("Tijger"), tooFew(3),
    ]
  }
}
