/// An error a user can act on: one line, and the exit code it leads to.
public enum AppError: Error, Equatable, CustomStringConvertible, Sendable {
  /// Bad usage or bad input: exit 2.
  case usage(String)
  /// The command ran and found problems: exit 1.
  case problems(String)
  /// Interrupted: exit 130.
  case interrupted

  public var description: String {
    switch self {
    case .usage(let m), .problems(let m): m
    case .interrupted: "Onderbroken."
    }
  }

  public var exitCode: Int32 {
    switch self {
    case .usage: 2
    case .problems: 1
    case .interrupted: 130
    }
  }
}
