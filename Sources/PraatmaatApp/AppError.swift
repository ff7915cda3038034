import PraatmaatStore

/// An error a user can act on: one line, and the exit code it leads to.
public enum AppError: Error, Equatable, CustomStringConvertible, Sendable {
  /// Bad usage or bad input: exit 2.
  case usage(String)
  /// The command ran and found problems: exit 1.
  case problems(String)
  /// The store could not do its work (a full disk, a busy, damaged or read-only database):
  /// exit 1, not 2, because nothing the user typed was wrong.
  case store(String)
  /// The Content folder or a file given is missing or cannot be used: exit 2.
  case content(ContentError)
  /// A session cannot go on: exit 2.
  case session(SessionError)
  /// Interrupted: exit 130.
  case interrupted

  public var description: String {
    switch self {
    case .usage(let m), .problems(let m), .store(let m): m
    case .content(let error): error.description
    case .session(let error): error.description
    case .interrupted: "Onderbroken."
    }
  }

  public var exitCode: Int32 {
    switch self {
    case .usage, .content, .session: 2
    case .problems, .store: 1
    case .interrupted: 130
    }
  }
}

extension AppError {
  /// A failure of the store, said as `message`, with the exit code of its kind: a path, file
  /// or code the user gave that is not right is usage (2); what the store itself could not
  /// do is a store fault (1).
  public static func storing(_ error: any Error, _ message: String) -> AppError {
    switch error as? StoreError {
    case .missing?, .isFolder?, .unsafePath?, .unknownSession?, .notADatabase?, .newerVersion?:
      .usage(message)
    default: .store(message)
    }
  }
}
