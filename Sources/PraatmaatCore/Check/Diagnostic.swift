/// A problem found in a script or transcript, with where it is and how to fix it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Comparable {
    case warning
    case error

    public static func < (a: Self, b: Self) -> Bool { a == .warning && b == .error }
  }

  public var file: String
  public var location: SourceLocation
  public var severity: Severity
  public var code: DiagnosticCode
  public var message: String
  public var hint: String?

  public init(
    file: String, location: SourceLocation, severity: Severity? = nil, code: DiagnosticCode,
    message: String, hint: String? = nil
  ) {
    self.file = file
    self.location = location
    self.severity = severity ?? code.defaultSeverity
    self.code = code
    self.message = message
    self.hint = hint
  }

  /// `file:line:col: error: [S008] message`
  public var description: String {
    "\(file):\(location.line):\(location.column): \(severity.rawValue): [\(code.rawValue)] \(message)"
  }

  /// The one-line form, the source line and a caret under the column, and the hint.
  public func rendered(sourceLines: [Substring]) -> String {
    var out = description
    if location.line >= 1, location.line <= sourceLines.count {
      let source = String(sourceLines[location.line - 1]).replacingControlCharacters()
      let prefix = source.prefix(max(0, location.column - 1))
      let pad = String(prefix.map { $0 == "\t" ? "\t" : " " })
      out += "\n    \(source)\n    \(pad)^"
    }
    if let hint { out += "\n    hint: \(hint)" }
    return out
  }
}

extension String {
  /// Control characters shown as `?`, so a diagnostic can never move the cursor.
  func replacingControlCharacters() -> String {
    String(
      String.UnicodeScalarView(
        unicodeScalars.map { $0.properties.generalCategory == .control && $0 != "\t" ? "?" : $0 }))
  }
}
