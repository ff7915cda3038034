import Testing

@testable import PraatmaatCore

// Small group scripts for the table tests, and a helper that seats the players.

/// A panel with one statement of its own and an open question after it.
let panelScript = """
  id: panel
  titel: Panel
  methode: panel
  thema: hulp
  fase: besluitvorming
  versie: 1

  zeg: Welkom bij het panel!
  vraag: bieb stelling
    tekst: Er komt een vragenplek in de bibliotheek.
  vraag: idee open
    tekst: Wat kan de gemeente nog meer doen?
  zeg: Dank jullie wel!
  """

/// A Kwartetspel with seven themes of two cards each: more themes than fit on one page.
let kwartetScript: String = {
  let themes = ["wonen", "werk", "geld", "vrije tijd", "hulp", "veilig voelen", "koken"]
  let sections = themes.enumerated().map { n, theme in
    """
    deel: deel\(n)
    thema: \(theme)
    vraag: kaart\(n)a ja/nee
      tekst: Vraag a over \(theme)?
    vraag: kaart\(n)b ja/nee
      tekst: Vraag b over \(theme)?
    """
  }
  return """
    id: kwartet
    titel: Kwartet
    methode: kwartetspel
    fase: agendavorming
    versie: 1

    zeg: Welkom bij het spel!
    \(sections.joined(separator: "\n"))
    deel: slot
    zeg: Dank jullie wel!
    """
}()

/// A Persona with two steps.
let personaScript = """
  id: persona
  titel: Persona
  methode: persona
  thema: hulp
  fase: agendavorming
  versie: 1

  vraag: naam keuze
    tekst: Welke naam vind jij mooi?
    optie noor: Noor
    optie daan: Daan
    kaart: Naam
  vraag: moeilijk open
    tekst: Wat vindt de persoon moeilijk?
    kaart: Moeilijk
  """

/// A Stamtafel with two questions.
let tafelScript = """
  id: tafel
  titel: Tafel
  methode: stamtafel
  thema: wonen
  fase: agendavorming
  versie: 1

  vraag: vandaag open
    tekst: Wat heb je vandaag gedaan?
  vraag: fijn schaal 3
    tekst: Hoe was je dag?
  """

/// Starts a group conversation and seats `names`, then `klaar`.
func seated(
  _ source: String, _ names: [String] = ["Tijger", "Blauw"], seed: UInt64 = 0,
  nicknameCheck: @escaping @Sendable (String) -> Bool = { _ in true }
) -> Talk {
  var talk = Talk(parseScript(source), seed: seed, nicknameCheck: nicknameCheck)
  talk.type(names + ["klaar"])
  return talk
}
