import Foundation

/// Where the database lives: `--db`, else `$PRAATMAAT_DB`, else
/// `$XDG_DATA_HOME/praatmaat/praatmaat.sqlite` (`~/.local/share/…` when unset).
public enum DatabaseLocation {
  public static func resolve(
    flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let flag, !flag.isEmpty { return flag }
    if let env = environment["PRAATMAAT_DB"], !env.isEmpty { return env }
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    return data + "/praatmaat/praatmaat.sqlite"
  }
}

/// Settings a municipality sets once: `~/.config/praatmaat/praatmaat.conf` with lines like
/// `gemeente = Utrecht`.
public struct Settings: Sendable {
  public var municipality: String?

  public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> Settings {
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    let path = config + "/praatmaat/praatmaat.conf"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return Settings() }
    var settings = Settings()
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      // An empty "gemeente =" is kept too: it is refused with its reason, not passed over.
      if parts.count == 2, parts[0].lowercased() == "gemeente" {
        settings.municipality = parts[1]
      }
    }
    return settings
  }
}
