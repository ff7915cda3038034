import Testing

@testable import PraatmaatApp

@Suite("Where the database lives")
struct DatabaseLocationTests {
  @Test("--db wins, then $PRAATMAAT_DB, then $XDG_DATA_HOME, then ~/.local/share")
  func order() {
    let all = ["PRAATMAAT_DB": "/env/p.sqlite", "XDG_DATA_HOME": "/xdg", "HOME": "/home/kim"]
    #expect(DatabaseLocation.resolve(flag: "/flag/p.sqlite", environment: all) == "/flag/p.sqlite")
    #expect(DatabaseLocation.resolve(flag: nil, environment: all) == "/env/p.sqlite")
    #expect(DatabaseLocation.resolve(flag: "", environment: all) == "/env/p.sqlite")
    #expect(
      DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/kim"])
        == "/xdg/praatmaat/praatmaat.sqlite")
    #expect(
      DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "", "HOME": "/home/kim"])
        == "/home/kim/.local/share/praatmaat/praatmaat.sqlite")
  }
}
