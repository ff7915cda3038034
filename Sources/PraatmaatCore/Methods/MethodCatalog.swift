import Synchronization

/// The methods a script can name. The built-in ones are listed here, one line each; a
/// method made elsewhere (a test, a later module) is added with `register` before scripts
/// that name it are read.
public enum MethodCatalog {
  static let builtIn: [any MethodRules] = [
    Gesprek(),
    Stamtafel(),
    Kwartetspel(),
    Persona(),
    Panel(),
    Klantreis(),
  ]

  private static let added = Mutex<[any MethodRules]>([])

  /// Adds a method. A built-in method keeps its rules; an added one with the same id as
  /// one added before replaces it.
  public static func register(_ rules: any MethodRules) {
    guard !builtIn.contains(where: { $0.id == rules.id }) else { return }
    added.withLock { list in
      list.removeAll { $0.id == rules.id }
      list.append(rules)
    }
  }

  /// Every method, the built-in ones first.
  public static var all: [any MethodRules] { builtIn + added.withLock { $0 } }

  /// The method with this id, if there is one.
  public static func rules(_ id: String) -> (any MethodRules)? {
    if let found = builtIn.first(where: { $0.id == id }) { return found }
    return added.withLock { list in list.first { $0.id == id } }
  }
}
