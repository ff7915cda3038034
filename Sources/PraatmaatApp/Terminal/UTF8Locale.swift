import Foundation

/// readline edits characters as the C locale says: without a UTF-8 locale (LANG and LC_ALL
/// unset, or `C`), backspace over "é" removes one byte and the letter falls apart.
enum UTF8Locale {
  /// Takes the environment's locale; when its characters are not UTF-8, uses `C.UTF-8` for
  /// characters only (messages and numbers stay as they were). Returns the codeset in use.
  @discardableResult
  static func install() -> String {
    setlocale(LC_ALL, "")
    if !isUTF8(codeset()) {
      // Spelled differently on some systems; the first that exists wins.
      for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
        useInEnvironment(name)
        break
      }
    }
    return codeset()
  }

  /// readline sets its character locale again from the environment when it starts (LC_ALL,
  /// then LC_CTYPE, then LANG): a non-UTF-8 `LC_ALL=C` or `LANG=C` would undo the fallback.
  /// A set LC_ALL decided the codeset that was not UTF-8, so it is replaced too; when it is
  /// unset it stays unset, and messages and numbers keep following LANG.
  private static func useInEnvironment(_ name: String) {
    setenv("LC_CTYPE", name, 1)
    if let all = getenv("LC_ALL"), all.pointee != 0 { setenv("LC_ALL", name, 1) }
  }

  /// The character set of the current locale, such as "UTF-8" or "ANSI_X3.4-1968".
  static func codeset() -> String {
    String(cString: nl_langinfo(nl_item(CODESET)))
  }

  static func isUTF8(_ codeset: String) -> Bool {
    ["utf-8", "utf8"].contains(codeset.lowercased())
  }
}
