import Foundation
import PraatmaatApp
import PraatmaatCore
import TestSupport
import Testing

/// The reports on paper: Chromium prints the HTML to PDF with the print stylesheet, and the
/// pages are counted. A policy report of a year in a region fits in a council memo's annex; the
/// participants' report fits on two pages in large print.
@Suite(
  "Printed reports",
  .enabled(
    if: ExternalTool.runs(ExternalTool.find("chromium") != nil && ExternalTool.find("pdfinfo") != nil),
    "chromium or pdfinfo is missing and PRAATMAAT_SKIP_TERMINAL=1: printed-report tests skipped")
)
struct PrintedReportTests {
  /// Prints a page to PDF in headless Chromium and returns its number of pages.
  static func pages(_ html: String, name: String) throws -> Int {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("druk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("\(name).html")
    let pdf = folder.appendingPathComponent("\(name).pdf")
    try Data(html.utf8).write(to: page)
    let chromium = try #require(ExternalTool.find("chromium"))
    let print = try QDAExportTests.tool(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
        "--user-data-dir=\(folder.appendingPathComponent("profiel").path)", "--print-to-pdf=\(pdf.path)",
        page.absoluteString,
      ])
    #expect(print.status == 0, "\(print.out.suffix(1_000))")
    let info = try QDAExportTests.tool(try #require(ExternalTool.find("pdfinfo")), [pdf.path])
    let line = try #require(info.out.split(separator: "\n").first { $0.hasPrefix("Pages:") })
    return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
  }

  @Test("the policy report of a realistic store prints on at most 12 A4 pages, with page numbers")
  func policyReport() throws {
    let html = try RegionReportTests.render(.html, .beleid)
    #expect(html.contains("counter(pages)") && html.contains("@top-left"))
    let pages = try Self.pages(html, name: "beleid")
    print("Policy report of the realistic store: \(pages) printed pages")
    #expect(pages <= 12)
  }

  @Test("the participants' report prints on at most 2 A4 pages in large print")
  func participantsReport() throws {
    let html = try RegionReportTests.render(.html, .deelnemers, reaction: RegionReportTests.reaction)
    let pages = try Self.pages(html, name: "deelnemers")
    print("Participants' report of the realistic store: \(pages) printed pages")
    #expect(pages <= 2)
  }
}
