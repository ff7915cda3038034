import Testing

@testable import PraatmaatCore

/// Personal data in the forms people type it: a legal form after a company, a link without
/// "www", a phone number begun in words, dates with a short year or the year first, an age
/// after an introduction; and what is no personal data: a shouted sentence, a word of degree
/// with a capital, chat abbreviations, apps and street language, a common word after a role.
@Suite("Anonymiser: personal data as typed, and what only looks like it")
struct AnonymiserFormTests {
  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "Found whole, in the forms people type",
    arguments: [
      ("ik werk bij schildersbedrijf Verfpot bv in de buurt", "INSTITUTION:schildersbedrijf Verfpot bv"),
      ("kijk maar op mijnsite.ly/filmpjes voor mijn tekeningen", "URL:mijnsite.ly/filmpjes"),
      ("bel me op nul zes 12 34 56 78 als het kan", "PHONE:nul zes 12 34 56 78"),
      ("ik ben geboren op 12-5-'93 in het ziekenhuis", "DATE:12-5-'93"),
      ("geboortedatum 1998-07-21 staat op mijn pas", "DATE:1998-07-21"),
      ("hallo ik ben sem van 19", "AGE:19"),
      ("21 jaar ben ik, en ik werk bij de bakker", "AGE:21 jaar"),
      ("ik ben 20jr en woon alleen", "AGE:20jr"),
      ("naam: geheim, oud: 41", "AGE:41"),
      ("43 ben ik, en ik zoek werk", "AGE:43"),
      ("ik heb twee zonen, de jongste is 9", "AGE:9"),
      ("mijn vriendin en haar zoon bram van 4 in een huis", "AGE:4"),
      ("mail gerust naar kees.bos@@live.nl", "EMAIL:kees.bos@@live.nl"),
      ("op tiktok heet ik sanne_2003", "PERSON:sanne_2003"),
      // A national chain is an employer like any other; a trade names a kind of place.
      ("ik vul vakken bij de aldi naast het station", "INSTITUTION:de aldi"),
      ("mijn stage is bij fietsenmaker de ketting", "INSTITUTION:fietsenmaker de ketting"),
      // A word of degree with a capital is a name only where a place belongs.
      ("sinds kort woon ik in Heel met mijn vriend", "LOCATION:Heel"),
      // An age in a relative clause, in brackets, or after a name in brackets.
      ("ik help mijn oom die 74 is met zijn tuin", "AGE:74"),
      ("mijn neef Sem (die van 12) komt logeren", "AGE:12"),
      ("mijn broer (Karim) is 29 en woont nog thuis", "AGE:29"),
      // A date with a year in two digits; a licence plate with letters after the digits; a
      // post-office box; a user name with a dot; an ordinary word as a name, with its article.
      ("geb. 3 mei 01, in het ziekenhuis", "DATE:3 mei 01"),
      ("het kenteken is KL 482 T, op naam van mijn moeder", "ID:KL 482 T"),
      ("stuur het naar postbus 2210 alsjeblieft", "ID:2210"),
      ("mijn insta is noor.x07", "PERSON:noor.x07"),
      ("de werkplaats heet de Zaag en is in het dorp", "INSTITUTION:de Zaag"),
      // A kind of club, school or care before a name of ordinary words.
      ("ik speel bij fanfare de nachtegaal", "INSTITUTION:fanfare de nachtegaal"),
      ("ik krijg hulp van thuiszorg de meeuw", "INSTITUTION:thuiszorg de meeuw"),
      // A surname that is also a word takes its "de".
      ("mijn bewindvoerder de vos belt nooit terug", "PERSON:de vos"),
      // A baby's age in months; a half year; the youngest without a verb; a short profile.
      ("ons kleintje is pas 7 weken oud", "AGE:7 weken oud"),
      ("mijn zoontje van 10 maanden", "AGE:10 maanden"),
      ("mijn dochter is 3,5 en gaat naar de opvang", "AGE:3,5"),
      ("mijn oudste is 20 en mijn jongste 14", "AGE:14"), ("Noor Visser, 52, Deventer", "AGE:52"),
      // What a group or a school is called; an age turned on a birthday named before.
      ("de woongroep heet de kastanje en is nieuw", "INSTITUTION:de kastanje"),
      ("mijn neefje is jarig op 2 juni en wordt 8", "AGE:8"),
      // A family firm's ending.
      ("ik werk bij loodgieter Pieters en Zonen in de stad", "INSTITUTION:Pieters en Zonen"),
    ])
  func foundWhole(text: String, expected: String) {
    #expect(found(text).contains(expected))
  }

  @Test(
    "Not personal data",
    arguments: [
      "IK WIL NIET MEER WACHTEN op een huis van de gemeente",
      "ik zit bj mn moeder en geb datum weet ik niet",
      "de bewindvoerder kost veel geld per maand",
      "ik ben lid van 3 clubs in de stad",
      "2 jaar ben ik daar geweest en ik werk er al 3jr",
      "de zorg is Echt Niet Goed geregeld, vind ik",
      "ik stuur mijn zus een tikkie, inshallah betaalt ze",
      // Places every town has, and a number or room without a street.
      "voor mijn paspoort moest ik naar het Gemeentehuis",
      "ik woon op kamer 3 en mijn vriendin op nummer 8",
      // Years after a town are a time; weeks without "oud" a duration.
      "ik woon in Ede, 4 jaar nu", "ik werk er 6 weken en het is leuk",
      // How someone feels, in lower case.
      "ik voel me best wel roos vandaag",
    ])
  func notFound(text: String) {
    #expect(found(text).filter { !$0.hasPrefix("LOCATION") }.isEmpty)
  }
}
