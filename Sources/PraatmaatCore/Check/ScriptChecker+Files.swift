import Foundation

extension ScriptChecker {
  /// One script file of a check: its name as shown, its text and the script parsed from it.
  public struct File: Sendable {
    public var name: String
    public var source: String
    public var script: Script

    public init(name: String, source: String, script: Script) {
      (self.name, self.source, self.script) = (name, source, script)
    }
  }

  /// Problems that only show between files: two scripts with the same `id:` (S032). Each
  /// later file gets an error at its `id:` line that names the first file.
  public static func acrossFiles(_ files: [File]) -> [Diagnostic] {
    var first: [String: String] = [:]
    var found: [Diagnostic] = []
    for file in files where !file.script.id.isEmpty {
      guard let earlier = first[file.script.id] else {
        first[file.script.id] = file.name
        continue
      }
      found.append(
        Diagnostic(
          file: file.name, location: idLocation(in: file.source), code: .duplicateScriptID,
          message:
            "Het id '\(file.script.id)' staat ook in \(earlier). Twee scripts met hetzelfde id kan niet.",
          hint: "Geef elk script een eigen id, bovenaan bij 'id:'."))
    }
    return found
  }

  /// Where the value of the `id:` header line starts; line 1 when there is none.
  static func idLocation(in source: String) -> SourceLocation {
    for (offset, line) in ScriptParser.lines(of: source).enumerated() {
      guard let colon = line.firstIndex(of: ":"),
        line[..<colon].trimmingWhitespace().lowercased() == "id"
      else { continue }
      let after = line[line.index(after: colon)...]
      let lead = after.prefix { $0 == " " || $0 == "\t" }.count
      return SourceLocation(
        line: offset + 1, column: line.distance(from: line.startIndex, to: colon) + 2 + lead)
    }
    return SourceLocation(line: 1, column: 1)
  }
}
