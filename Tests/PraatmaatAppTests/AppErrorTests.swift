import Testing

@testable import PraatmaatApp
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
}
