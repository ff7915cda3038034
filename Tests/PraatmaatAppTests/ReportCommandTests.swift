import Foundation
import Testing

@testable import PraatmaatApp
@testable import PraatmaatCore
@testable import PraatmaatStore
@testable import PraatmaatSynthetic

/// `praatmaat report` as a supporter runs it: the municipality's reaction file.
@Suite struct ReportCommandTests {
  @Test("a report or export never overwrites the database or its side files")
  func outIsNotTheDatabase() throws {
    let sandbox = Sandbox()
    _ = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    let database = sandbox.database
    let before = try Data(contentsOf: URL(fileURLWithPath: database))
    for arguments in [
      ["report", "--out", database], ["export", "--out", database],
      ["report", "--out", database + "-wal"],
    ] {
      let result = try sandbox.run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.errLines.count == 1)
      #expect(result.err.contains("database"))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    #expect(try sandbox.openStore().counts().0 == 1)
  }

  @Test("--min-group under 5 is refused with the reason; the report of one conversation waits")
  func minGroupFloor() throws {
    let sandbox = Sandbox()
    _ = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    for value in ["1", "4"] {
      let refused = try sandbox.run(["report", "--min-group", value])
      #expect(refused.status == 2)
      #expect(refused.err.contains("--min-group moet 5 of meer zijn"), "\(refused.err)")
      #expect(refused.out.isEmpty)
    }
    let report = try sandbox.run(["report", "--min-group", "8"])
    #expect(report.status == 0, "\(report.err)")
    #expect(report.out.contains("1 gesprek wacht tot er genoeg nieuwe mensen zijn"))
    #expect(report.out.contains("Figuren") == false && report.out.contains("minder dan 8 mensen"))
  }

  @Test(
    "--reactie: first in the participants' report, a record in the policy report; its language is checked")
  func reaction() throws {
    let sandbox = Sandbox()
    _ = try sandbox.run(["start", "wonen"], lines: ["ja"] + wonenAnswers())
    let file = sandbox.root.folder("reactie").appendingPathComponent("reactie.txt")
    try Data(
      """
      We gaan de brieven duidelijker maken.
      De Wmo-consulenten van de gemeente gaan vanaf volgend jaar elke maand op bezoek bij iedereen die een maatwerkvoorziening heeft.
      """.utf8
    ).write(to: file)

    let policy = try sandbox.run(["report", "--reactie", file.path])
    #expect(policy.status == 0, "stderr: \(policy.err)")
    #expect(policy.out.contains("## Wat de gemeente met het advies doet"))
    #expect(policy.out.contains("- We gaan de brieven duidelijker maken."))

    let back = try sandbox.run([
      "report", "--audience", "deelnemers", "--reactie", file.path,
    ])
    #expect(back.status == 0, "stderr: \(back.err)")
    #expect(back.out.contains("We gaan de brieven duidelijker maken."))
    // The long second line gets the same diagnostics as a question would, with its place.
    #expect(back.err.contains("reactie.txt:2:1: error: [T002]"))
    #expect(back.err.contains("[T003]") || back.err.contains("maatwerkvoorziening"))
  }

  @Test(
    "two separate processes write the same report, byte for byte, in every format and for both audiences"
  )
  func deterministicAcrossProcesses() throws {
    // Each process has its own hash seed, dictionary order and start time: whatever depends on
    // them shows up here, where one process rendering twice would not see it.
    let sandbox = Sandbox()
    let library = try ContentLibrary.locate(environment: sandbox.environment)
    var synthetic = SyntheticSessions(scripts: Array(try library.catalogue().values), seed: 5)
    let store = try SQLiteStore(path: sandbox.database)
    #expect(try store.importEntries(synthetic.entries(count: 80)).added == 80)
    let outputs = sandbox.root.folder("uit")
    for audience in ["beleid", "deelnemers"] {
      for format in ["markdown", "html", "csv", "json"]
      where audience == "beleid" || ["markdown", "html"].contains(format) {
        var reports: [Data] = []
        for run in 1...2 {
          let out = outputs.appendingPathComponent("\(audience)-\(run).\(format)")
          let result = try sandbox.run([
            "report", "--audience", audience, "--format", format, "--out", out.path,
          ])
          #expect(result.status == 0, "\(audience) \(format): \(result.err)")
          reports.append(try Data(contentsOf: out))
        }
        #expect(reports[0].count > 500, "\(audience) \(format) is nearly empty")
        #expect(reports[0] == reports[1], "\(audience) \(format) differs between two processes")
      }
    }
  }
}
