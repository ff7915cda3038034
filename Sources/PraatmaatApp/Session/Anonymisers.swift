import PraatmaatCore

/// The anonymiser every conversation uses.
public enum Anonymisers {
  public static func standard() -> any Anonymiser { BasicAnonymiser() }
}
