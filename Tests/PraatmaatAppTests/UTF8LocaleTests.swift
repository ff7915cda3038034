import Foundation
import Testing

@testable import PraatmaatApp

@Suite("The locale readline edits with", .serialized)
struct UTF8LocaleTests {
  @Test("Without a UTF-8 locale in the environment, characters fall back to C.UTF-8")
  func fallsBackToUTF8() throws {
    let before = String(cString: setlocale(LC_ALL, nil))
    defer { setlocale(LC_ALL, before) }
    let saved = Self.environment()
    defer { Self.restore(saved) }
    setenv("LC_ALL", "C", 1)
    #expect(UTF8Locale.install() == "UTF-8")
    #expect(UTF8Locale.isUTF8(UTF8Locale.codeset()))
    // readline reads the environment again when it starts: LC_ALL=C must not undo it.
    #expect(Self.environment()["LC_ALL"].map(UTF8Locale.isUTF8(codesetOf:)) == true)
  }

  @Test("With LANG=C the fallback is in LC_CTYPE, and LC_ALL stays unset")
  func langC() throws {
    let before = String(cString: setlocale(LC_ALL, nil))
    defer { setlocale(LC_ALL, before) }
    let saved = Self.environment()
    defer { Self.restore(saved) }
    unsetenv("LC_ALL")
    unsetenv("LC_CTYPE")
    setenv("LANG", "C", 1)
    #expect(UTF8Locale.install() == "UTF-8")
    #expect(Self.environment()["LC_CTYPE"].map(UTF8Locale.isUTF8(codesetOf:)) == true)
    #expect(Self.environment()["LC_ALL"] == nil)
    #expect(Self.environment()["LANG"] == "C")
  }

  @Test("A UTF-8 codeset is recognised in its spellings")
  func spellings() {
    #expect(UTF8Locale.isUTF8("UTF-8"))
    #expect(UTF8Locale.isUTF8("utf8"))
    #expect(!UTF8Locale.isUTF8("ANSI_X3.4-1968"))
  }

  static let names = ["LC_ALL", "LC_CTYPE", "LANG"]

  static func environment() -> [String: String] {
    var values: [String: String] = [:]
    for name in names { values[name] = getenv(name).map { String(cString: $0) } }
    return values
  }

  static func restore(_ values: [String: String]) {
    for name in names {
      if let value = values[name] { setenv(name, value, 1) } else { unsetenv(name) }
    }
  }
}

extension UTF8Locale {
  /// Whether a locale name such as "C.UTF-8" names a UTF-8 codeset.
  static func isUTF8(codesetOf name: String) -> Bool {
    name.split(separator: ".").dropFirst().first.map { isUTF8(String($0.prefix { $0 != "@" })) } ?? false
  }
}
