import Foundation
import Testing

@testable import PraatmaatApp

@Suite("The locale readline edits with", .serialized)
struct UTF8LocaleTests {
  @Test("Without a UTF-8 locale in the environment, characters fall back to C.UTF-8")
  func fallsBackToUTF8() throws {
    let before = String(cString: setlocale(LC_ALL, nil))
    defer { setlocale(LC_ALL, before) }
    setenv("LC_ALL", "C", 1)
    defer { unsetenv("LC_ALL") }
    #expect(UTF8Locale.install() == "UTF-8")
    #expect(UTF8Locale.isUTF8(UTF8Locale.codeset()))
  }

  @Test("A UTF-8 codeset is recognised in its spellings")
  func spellings() {
    #expect(UTF8Locale.isUTF8("UTF-8"))
    #expect(UTF8Locale.isUTF8("utf8"))
    #expect(!UTF8Locale.isUTF8("ANSI_X3.4-1968"))
  }
}
