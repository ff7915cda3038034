/// A REFI-QDA project file (QDA-XML 1.0, `urn:QDA-XML:project:1.0`) and its `.qdpx` archive:
/// `project.qde` and a plain-text file per document under `Sources/`.
///
/// GUIDs are made from names, so that the same store gives the same project, byte for byte.
public enum QDAProjectFile {
  public static let namespace = "urn:QDA-XML:project:1.0"
  static let description =
    "Geanonimiseerde open antwoorden uit praatmaat, één document per vraag. Alleen vragen die genoeg mensen beantwoordden; niets koppelt antwoorden aan elkaar, aan een persoon of aan een datum."
  /// Between two answers in a document.
  static let separator = "\n\n"

  /// The `.qdpx` archive. `day`: `YYYY-MM-DD`, the project's creation day. The documents'
  /// texts are written first, then the project XML, in pieces: nothing is held twice.
  public static func archive(_ documents: [QDADocument], name: String, day: String) -> ZipArchive {
    var zip = ZipArchive(day: day)
    for document in documents { zip.add("Sources/\(file(document))", text(of: document).utf8) }
    zip.begin("project.qde")
    xml(documents, name: name, day: day) { zip.write($0.utf8) }
    zip.end()
    return zip
  }

  /// The project XML and the text of each document.
  public static func project(_ documents: [QDADocument], name: String, day: String)
    -> (xml: String, sources: [(file: String, text: String)])
  {
    var text = ""
    xml(documents, name: name, day: day) { text += $0 }
    return (text, documents.map { (file($0), self.text(of: $0)) })
  }

  /// A document's file in the archive, named by its GUID.
  static func file(_ document: QDADocument) -> String { "\(guid("bron/\(document.name)")).txt" }

  /// A document's text: its answers, cleaned, with a blank line between two.
  static func text(of document: QDADocument) -> String {
    document.segments.map { TextSafety.clean($0.text) }.joined(separator: separator)
  }

  /// The project XML, given piece by piece to `emit`.
  static func xml(_ documents: [QDADocument], name: String, day: String, emit: (String) -> Void) {
    let codes = Set(documents.flatMap { $0.segments.flatMap(\.codes) }).sorted()
    emit(
      """
      <?xml version="1.0" encoding="utf-8"?>
      <Project xmlns="\(namespace)" name="\(name.html)" origin="praatmaat" creationDateTime="\(day)T00:00:00Z">
      <CodeBook><Codes>

      """)
    for group in QDACode.Group.allCases {
      let members = codes.filter { $0.group == group }
      guard !members.isEmpty else { continue }
      emit(
        "<Code guid=\"\(guid("groep/\(group.rawValue)"))\" name=\"\(group.rawValue)\" isCodable=\"false\">\n")
      for code in members {
        emit("<Code guid=\"\(guid(code))\" name=\"\(code.name.html)\" isCodable=\"true\"/>\n")
      }
      emit("</Code>\n")
    }
    emit("</Codes></CodeBook>\n<Sources>\n")
    for document in documents {
      emit(
        "<TextSource guid=\"\(guid("bron/\(document.name)"))\" name=\"\(document.name.html)\" plainTextPath=\"internal://\(file(document))\">\n"
          + "<Description>\(document.question.html) (\(document.people) mensen)</Description>\n")
      // Codes every answer of the document has (its script, question, and mostly its themes,
      // phases and method) code the whole document; a segment carries only its own.
      var common = Set(document.segments.first?.codes ?? [])
      for segment in document.segments.dropFirst() { common.formIntersection(segment.codes) }
      var position = 0
      for (n, segment) in document.segments.enumerated() {
        if n > 0 { position += separator.unicodeScalars.count }
        let end = position + TextSafety.clean(segment.text).unicodeScalars.count
        var part =
          "<PlainTextSelection guid=\"\(guid("fragment/\(document.name)/\(n)"))\" name=\"antwoord \(n + 1)\" startPosition=\"\(position)\" endPosition=\"\(end)\">\n"
        for code in segment.codes where !common.contains(code) {
          part += coding(code, at: "\(document.name)/\(n)")
        }
        emit(part + "</PlainTextSelection>\n")
        position = end
      }
      for code in common.sorted() { emit(coding(code, at: document.name)) }
      emit("</TextSource>\n")
    }
    emit("</Sources>\n<Description>\(description.html)</Description>\n</Project>\n")
  }

  /// A `Coding` of a document or segment (`place`) with a code.
  static func coding(_ code: QDACode, at place: String) -> String {
    "<Coding guid=\"\(guid("codering/\(place)/\(code.group.rawValue)/\(code.name)"))\"><CodeRef targetGUID=\"\(guid(code))\"/></Coding>\n"
  }

  static func guid(_ code: QDACode) -> String { guid("code/\(code.group.rawValue)/\(code.name)") }

  /// A GUID made from a name: 128 bits of two FNV-1a hashes, mixed, shaped as a version 4 UUID.
  static func guid(_ name: String) -> String {
    func hash(_ seed: UInt64) -> UInt64 {
      var h = seed
      for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
      h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE5_E9B9
      h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
      return h ^ (h >> 31)
    }
    let a = hash(0xCBF2_9CE4_8422_2325)
    let b = hash(0x6C62_272E_07BB_0142)
    let hex = String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
    var chars = Array(hex)
    chars[12] = "4"
    chars[16] = Array("89ab")[Int(String(chars[16]), radix: 16)! & 3]
    let s = String(chars)
    func part(_ from: Int, _ to: Int) -> Substring {
      s[s.index(s.startIndex, offsetBy: from)..<s.index(s.startIndex, offsetBy: to)]
    }
    return "\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
