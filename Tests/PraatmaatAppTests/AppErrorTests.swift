import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore

@Suite("Exit codes: a store fault is not a usage error")
struct AppErrorTests {
  @Test(
    "what the user gave wrong is 2; what the store could not do is 1",
    arguments: [
      (StoreError.missing("x"), 2), (.isFolder("x"), 2), (.unsafePath("x", reason: "r"), 2),
      (.unknownSession("K"), 2),
      (.notADatabase("x"), 2), (.newerVersion("x"), 2),
      (.diskFull, 1), (.busy, 1), (.readOnly("x"), 1), (.cannotOpen("x"), 1),
      (.sessionInUse("K", process: 1), 1),
      (.other("io"), 1), (.damagedRow("methode 'x'"), 1),
    ] as [(StoreError, Int32)])
  func mapping(error: StoreError, code: Int32) {
    let mapped = AppError.storing(error, "\(error)")
    #expect(mapped.exitCode == code, "\(error)")
    #expect(mapped.description == "\(error)")
  }

  @Test(
    "a session or content error is something the supporter can act on: exit 2, its own Dutch line",
    arguments: [
      AppError.session(.unknownCode(SessionCode("KMT-4HX")!)), .session(.newerFormat),
      .session(.goesRound(script: "wonen", part: "thuis")), .content(.noContentFolder),
      .content(.unknownScript("wonnen", known: ["wonen", "geld"])),
      .content(.missingWordList("x/schaal.txt")),
    ])
  func typed(error: AppError) {
    #expect(error.exitCode == 2)
    #expect(!error.description.isEmpty && !error.description.contains("\n"))
    #expect(error.description.hasSuffix(".") || error.description.contains("praatmaat"))
  }
}
