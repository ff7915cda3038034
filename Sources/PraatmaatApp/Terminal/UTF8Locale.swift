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
      for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { break }
    }
    return codeset()
  }

  /// The character set of the current locale, such as "UTF-8" or "ANSI_X3.4-1968".
  static func codeset() -> String {
    String(cString: nl_langinfo(nl_item(CODESET)))
  }

  static func isUTF8(_ codeset: String) -> Bool {
    ["utf-8", "utf8"].contains(codeset.lowercased())
  }
}
