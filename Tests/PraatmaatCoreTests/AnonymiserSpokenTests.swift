import Testing

@testable import PraatmaatCore

/// Ages, user names, surnames and addresses as people say and type them: "begin veertig",
/// "een jaar of 50", "wordt in maart 60", number words in brackets; a user name after the app
/// it is on; a surname with its particles after a first name; a street with its postcode and
/// town as one address.
@Suite("Anonymiser: ages said roughly, user names, surnames after a first name, whole addresses")
struct AnonymiserSpokenTests {
  func found(_ text: String) -> [String] { AnonymiserFixture.found(text) }

  @Test(
    "Found whole",
    arguments: [
      ("mijn tante wordt in maart 60 en geeft een feest", "AGE:60"),
      ("mijn buurman is begin veertig en werkt bij de post", "AGE:begin veertig"),
      ("de conciërge is een jaar of 50 schat ik", "AGE:een jaar of 50"),
      ("mijn oom (vierenvijftig) woont in een flat", "AGE:vierenvijftig"),
      ("mijn neefjes tom en pim (7 en 9) logeren hier", "AGE:7"),
      ("mijn neefjes tom en pim (7 en 9) logeren hier", "AGE:9"),
      ("ik ben vier en twintig en woon alleen", "AGE:vier en twintig"),
      ("de kok van de groep is zevenenvijftig en kookt lekker", "AGE:zevenenvijftig"),
      ("op discord heet ik tijger_99 als je wilt", "PERSON:tijger_99"),
      ("mijn gamertag is Xboxkoning12, voeg me toe", "PERSON:Xboxkoning12"),
      ("gisteren kwam anna de boer langs met taart", "PERSON:anna de boer"),
      ("mijn adres is Lindelaan 4, 7311 AB Apeldoorn", "LOCATION:Lindelaan 4, 7311 AB Apeldoorn"),
    ])
  func foundWhole(text: String, expected: String) {
    #expect(found(text).contains(expected))
  }

  @Test(
    "No age, no user name",
    arguments: [
      "mijn schoenmaat is 44 en die zijn duur",
      "het is 30 graden buiten en ik heb het warm",
      "ik zit op snapchat en tiktok maar niet op insta",
      "mijn account is geblokkeerd sinds vorige week",
    ])
  func notFound(text: String) {
    #expect(found(text).filter { !$0.hasPrefix("LOCATION") }.isEmpty)
  }

  @Test("a street with its town is tagged as one address")
  func addressTag() {
    let text = "stuur het naar Lindelaan 4, 7311 AB Apeldoorn graag"
    #expect(AnonymiserFixture.anonymiser.anonymise(text) == "stuur het naar [adres 1] graag")
  }
}
