/// What the lexicon knows about a word: which lists it is on and which grammar roles it has.
struct LexiconFlags: OptionSet, Sendable, Hashable {
  let rawValue: UInt64

  // From the word lists in Content/anonimiseren.
  static let word = Self(rawValue: 1 << 0)
  static let firstName = Self(rawValue: 1 << 1)
  static let surname = Self(rawValue: 1 << 2)
  static let particle = Self(rawValue: 1 << 3)
  static let town = Self(rawValue: 1 << 4)
  static let neighbourhood = Self(rawValue: 1 << 5)
  static let country = Self(rawValue: 1 << 6)
  static let organisation = Self(rawValue: 1 << 7)
  static let properNoun = Self(rawValue: 1 << 8)
  static let keep = Self(rawValue: 1 << 9)
  /// The first word of a multi-word entry ("den" of "den bosch").
  static let phraseHead = Self(rawValue: 1 << 10)
  /// A word of the social domain (`domein.txt`), or a compound or hyphenated word with one:
  /// what policymakers read reports for, never masked ("zorgverzekering", "Wmo-consulent").
  static let domain = Self(rawValue: 1 << 11)
  /// Not listed whole, but made of listed words: "vrijwilligersvacature" = vrijwilligers + vacature.
  static let compound = Self(rawValue: 1 << 12)
  /// A word with a possessive 's ("anouk's"), looked up without it.
  static let possessive = Self(rawValue: 1 << 13)
  /// One of the most common Dutch words (`veelgebruikt.txt`): a name that is also such a word
  /// ("ken", "wil", "hoop") needs a capital or a clear cue.
  static let frequent = Self(rawValue: 1 << 14)
  /// In the phrase table: the start of a longer phrase ("de hoge" of "de hoge hoeve").
  static let phrasePrefix = Self(rawValue: 1 << 15)

  // Grammar words and cues, built in (see `AnonymiserLexicon.grammar`).
  /// Never a name: ik, de, niet, …
  static let function = Self(rawValue: 1 << 16)
  /// A role that a name follows: begeleider, zus, buurman, …
  static let personCue = Self(rawValue: 1 << 17)
  /// meneer, mevrouw, juf: a surname may follow.
  static let title = Self(rawValue: 1 << 18)
  /// heet, heette, genaamd, noem.
  static let nameVerb = Self(rawValue: 1 << 19)
  /// woon, verhuisd, geboren, kom (uit).
  static let liveVerb = Self(rawValue: 1 << 20)
  /// in, op, aan, uit, naar, bij, richting, vanuit.
  static let placePreposition = Self(rawValue: 1 << 21)
  /// met, en, van, bij, …: a known but ambiguous name may follow.
  static let weakCue = Self(rawValue: 1 << 22)
  /// werk, stage, dagbesteding, …: an organisation follows "bij" or "op".
  static let workVerb = Self(rawValue: 1 << 23)
  /// stichting, vv, fc: the next words are an organisation, and this word belongs to it.
  static let organisationHead = Self(rawValue: 1 << 24)
  /// woongroep, school, buurthuis: a name may follow; this word stays.
  static let placeHead = Self(rawValue: 1 << 25)
  /// college, lyceum, zorg: ends an organisation name.
  static let organisationTail = Self(rawValue: 1 << 26)
  /// mijn, m'n, de, het, onze: skipped when looking back for a cue.
  static let determiner = Self(rawValue: 1 << 27)
  static let month = Self(rawValue: 1 << 28)
  static let weekday = Self(rawValue: 1 << 29)
  /// keer, uur, euro: a number before it is no age or date.
  static let unit = Self(rawValue: 1 << 30)
  /// ben, is, was, word, werd: "ik ben 34".
  static let beVerb = Self(rawValue: 1 << 31)
  /// ik, hij, zij, and the person roles: who can have an age.
  static let subject = Self(rawValue: 1 << 32)
  /// zoon, dochter, jongen, meisje: "een zoon van 8".
  static let personNoun = Self(rawValue: 1 << 33)
  /// burgemeester, prins, sint: part of a street name.
  static let streetTitle = Self(rawValue: 1 << 34)
  /// clientnummer, dossier, bsn, kenteken: a number follows.
  static let numberCue = Self(rawValue: 1 << 35)
  /// geboren, jarig, op, vanaf, sinds: a date may follow.
  static let dateCue = Self(rawValue: 1 << 36)
  /// een, twee, … negenennegentig.
  static let numberWord = Self(rawValue: 1 << 37)
  /// jaar, jr, jarig, jarige: after an age.
  static let years = Self(rawValue: 1 << 38)
  /// A word that only a verb or adverb follows, never a name (is, was, komt, gaat …).
  static let verb = Self(rawValue: 1 << 39)
  /// hoi, hallo, dag: at the start of a sentence, a name may follow.
  static let greeting = Self(rawValue: 1 << 40)
  /// A month or weekday written out: never a name or a place ("op Dinsdag", "in Maart").
  static let calendar = Self(rawValue: 1 << 41)
  /// juf, oom, tante, meneer: right before a name without "mijn" or "de" ("tante mies").
  static let address = Self(rawValue: 1 << 42)
  /// come-verbs: a place follows only with "uit" ("ik kom uit Syrië", not "kwam op dinsdag").
  static let comeVerb = Self(rawValue: 1 << 43)
  /// hond, kat, konijn: what "heet" names after one of these is a pet, no person.
  static let animal = Self(rawValue: 1 << 44)
  /// The first word of a listed phrase that is never personal ("aangepast vervoer"): only
  /// these start the search for kept phrases.
  static let keepPhraseHead = Self(rawValue: 1 << 45)

  /// The longest multi-word entry starting with this word, in bits 56-59.
  static func phraseLength(_ n: Int) -> Self { Self(rawValue: UInt64(min(n, 15)) << 56) }
  var phraseLength: Int { Int((rawValue >> 56) & 0xF) }

  static let entity: Self = [.firstName, .surname, .town, .neighbourhood, .country, .organisation]
  static let place: Self = [.town, .neighbourhood, .country]
}
