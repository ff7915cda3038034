import Foundation
import Testing

@testable import PraatmaatCore

@Suite("Kwartetspel: choosing a theme")
struct KwartetThemeTests {
  /// The options of the theme question on screen now.
  func shown(_ talk: Talk) -> [String] {
    guard let question = talk.conversation.awaiting else { return [] }
    return question.options.map(\.label)
  }

  @Test("never more than four options: three themes and 'Meer thema's' while more than four are left")
  func pages() {
    var talk = seated(kwartetScript)
    #expect(shown(talk) == ["wonen", "werk", "geld", dutch[.moreThemes]])
    talk.type("4")
    #expect(shown(talk) == ["vrije tijd", "hulp", "veilig voelen", dutch[.moreThemes]])
    talk.type("meer")
    #expect(shown(talk) == ["koken", dutch[.moreThemes]])
    // After the last page the first comes back.
    talk.type("2")
    #expect(shown(talk) == ["wonen", "werk", "geld", dutch[.moreThemes]])
    #expect(talk.events.isEmpty, "paging is not an answer")
    #expect(talk.state.table?.current == "1", "paging keeps the turn")
  }

  @Test(
    "every theme still in the deck can be chosen by its name, also one not shown",
    arguments: [
      ("koken", "koken"), ("veilig voelen", "veilig voelen"), ("Vrije tijd", "vrije tijd"),
      ("wonen", "wonen"),
    ])
  func byName(input: String, theme: String) {
    var talk = seated(kwartetScript)
    let lines = talk.type(input)
    #expect(lines.first == dutch.youChose("\(Conversation.themePictogram(theme)) \(theme)"))
    #expect(lines.contains(dutch.drawCard("Tijger", theme: theme)))
    #expect(talk.conversation.kwartet.deck[theme]?.count == 1)
  }

  @Test("a set is celebrated when it is complete and at least one of its cards was answered")
  func celebrateOnlyAnsweredSets() {
    var talk = seated(kwartetScript)
    talk.type(["wonen", "pas", "wonen", "weet ik niet"])
    #expect(talk.conversation.kwartet.deck["wonen"]?.isEmpty == true)
    #expect(!talk.transcript.contains(dutch.setComplete("wonen")), "every card was passed")
    talk.type(["werk", "ja", "werk", "pas"])
    #expect(talk.transcript.contains(dutch.setComplete("werk")))
  }

  @Test("a number only chooses from the themes shown")
  func numbersOnlyOnThePage() {
    var talk = seated(kwartetScript)
    #expect(talk.type("5").first == dutch[.notUnderstood])
    #expect(talk.conversation.kwartet.deck.values.map(\.count).reduce(0, +) == 14)
  }

  @Test("the first theme shown moves on every turn, also after a pass")
  func rotatesEveryTurn() {
    var talk = seated(kwartetScript)
    #expect(shown(talk).first == "wonen")
    talk.type("pas")
    #expect(shown(talk).first == "werk")
    talk.type(["wonen", "ja"])
    #expect(shown(talk).first == "geld")
  }

  @Test("'pas' at the choice of a theme draws no card and says so; the next player chooses")
  func passAtThemeChoice() {
    var talk = seated(kwartetScript)
    let lines = talk.type("pas")
    #expect(lines.first == dutch[.noCard])
    #expect(!lines.contains(dutch[.skipped]))
    #expect(lines.contains(dutch.turn("Blauw")))
    #expect(talk.events.isEmpty)
  }

  @Test("with four themes or fewer left, all are shown without 'Meer thema's'")
  func fewThemesLeft() {
    var talk = seated(kwartetScript)
    for theme in ["wonen", "werk", "geld"] {
      talk.type([theme, "ja", theme, "nee"])
    }
    #expect(shown(talk).count == 4)
    #expect(!shown(talk).contains(dutch[.moreThemes]))
    #expect(Set(shown(talk)) == ["vrije tijd", "hulp", "veilig voelen", "koken"])
  }

  @Test("a table saved before pages existed resumes at the theme choice")
  func resumeOldTable() throws {
    var talk = seated(kwartetScript)
    talk.type(["4", "pauze"])
    var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(talk.state)) as! [String: Any]
    var table = json["table"] as! [String: Any]
    // The game's own state is saved beside the seats, as it always was.
    #expect(table["deck"] != nil && table["participants"] != nil)
    table["themePage"] = nil
    table["turnsTaken"] = nil
    // A table saved when every method's fields sat in it, whatever the method.
    table["openRoundDone"] = false
    table["contributions"] = [String: Any]()
    json["table"] = table
    let old = try JSONDecoder().decode(
      ConversationState.self, from: JSONSerialization.data(withJSONObject: json))
    var resumed = try Talk(parseScript(kwartetScript), resuming: old)
    #expect(resumed.transcript.contains(dutch[.chooseTheme]))
    resumed.type("koken")
    #expect(resumed.conversation.kwartet.deck["koken"]?.count == 1)
  }
}
