import Foundation
import PraatmaatCore
import PraatmaatStore

/// `praatmaat export --format qdpx`: the open answers as a REFI-QDA project, within the same
/// disclosure rules as reports.
public struct QDAExportJob {
  public var minGroup = 5
  /// The project's creation day.
  public var made = ReportJob.today()

  public init() {}

  public struct Result: Sendable {
    public var bytes: Data
    public var documents: Int
    public var answers: Int
  }

  public func run(store: any AnswerStore, library: ContentLibrary) throws(AppError) -> Result {
    guard minGroup >= ReportBuilder.smallestGroup else { throw AppError.usage(ReportJob.minGroupRefusal) }
    // The answers as read are let go once they are documents: a store's open answers are held
    // once, not twice.
    let documents: [QDADocument]
    do {
      var export = QDAExport(
        minGroup: minGroup, catalogue: library.catalogue(), themes: library.themeVocabulary(),
        sessions: try store.reportSessions())
      try store.forEachReportRow(script: nil) { export.add($0) }
      documents = export.documents()
    } catch {
      throw AppError.storing(error, "\(error)")
    }
    let zip = QDAProjectFile.archive(documents, name: "praatmaat \(made)", day: made)
    if let reason = zip.tooLarge {
      throw AppError.usage("Het project wordt te groot voor een qdpx-bestand (\(reason)).")
    }
    return Result(
      bytes: zip.finished(), documents: documents.count,
      answers: documents.reduce(0) { $0 + $1.segments.count })
  }
}
