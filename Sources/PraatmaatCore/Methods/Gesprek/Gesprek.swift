/// A conversation with one person, question after question.
public struct Gesprek: MethodRules {
  public let id = "gesprek"
  public var isGroup: Bool { false }
}

/// The customer journey: one person walks the steps of the help they got.
public struct Klantreis: MethodRules {
  public let id = "klantreis"
  public var isGroup: Bool { false }
  public var pictogram: String { "🧭" }
}

extension Method {
  public static let gesprek = Method(builtIn: "gesprek")
  public static let klantreis = Method(builtIn: "klantreis")
}
