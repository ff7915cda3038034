import Foundation

/// The report as JSON, schema `praatmaat-verslag` version 4 (Content/verslag/verslag.schema.json).
public enum JSONReport {
  public static func render(_ r: Report) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try! encoder.encode(r), as: UTF8.self) + "\n"
  }
}
