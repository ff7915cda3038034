import Testing

@testable import PraatmaatCore

/// `na:` — a Kwartetspel card that refers to another ("daar") is drawn after it.
@Suite("Kwartetspel: a card after the card it refers to")
struct KwartetCardOrderTests {
  static func script(_ after: String = "wonen_waar", theme: String = "wonen") -> String {
    """
    id: kwartet
    titel: Kwartet
    methode: kwartetspel
    fase: agendavorming
    versie: 1

    deel: wonen
    thema: wonen
    vraag: wonen_fijn ja/nee
      tekst: Woon je daar graag?
      na: \(after)
    vraag: wonen_waar keuze
      tekst: Waar woon je?
      optie: 🏠 Bij mijn ouders
      optie: 🔑 Alleen
    vraag: wonen_plek open
      tekst: Wat is je fijnste plek?
    deel: werk
    thema: \(theme)
    vraag: werk_wat open
      tekst: Wat doe je overdag?
    """
  }

  @Test("with every seed, 'daar' comes after 'Waar woon je?'")
  func dependencyFirst() {
    for seed in UInt64(0)..<200 {
      let talk = seated(Self.script(), seed: seed)
      let deck = talk.conversation.kwartet.deck["wonen"] ?? []
      let waar = deck.firstIndex(of: "wonen_waar")
      let fijn = deck.firstIndex(of: "wonen_fijn")
      #expect(waar != nil && fijn != nil && waar! < fijn!, "seed \(seed): \(deck)")
    }
  }

  @Test(
    "the checker refuses a card that does not exist, one of another theme, and cards that wait on each other")
  func checked() {
    #expect(diagnose(Self.script("bestaat_niet")).codes().contains(.badCardOrder))
    #expect(diagnose(Self.script("werk_wat", theme: "werk")).codes().contains(.badCardOrder))
    let cycle = Self.script().replacingOccurrences(
      of: "  optie: 🏠 Bij mijn ouders", with: "  na: wonen_fijn\n  optie: 🏠 Bij mijn ouders")
    #expect(diagnose(cycle).codes().contains(.badCardOrder))
    #expect(!diagnose(Self.script()).codes().contains(.badCardOrder))
  }
}
