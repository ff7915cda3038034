/// Shared blocks a script takes in with `gebruik: welkom`: the text of
/// `Content/scripts/delen/welkom.gesprek`, read by the host and given to the parser, so the
/// parser itself reads no files.
public struct ScriptBlocks: Sendable, Equatable {
  public struct Source: Sendable, Equatable {
    /// The block's file, for what is said about its lines.
    public var fileName: String
    public var text: String

    public init(fileName: String, text: String) { (self.fileName, self.text) = (fileName, text) }
  }

  /// By name: the file name without `.gesprek`, in lower case.
  public var sources: [String: Source]

  public init(_ sources: [String: Source] = [:]) { self.sources = sources }

  /// How deep blocks may take in other blocks.
  static let maximumDepth = 4
}

/// Where a block is taken in, while its lines are read.
struct BlockSite {
  var name: String
  var fileName: String
  var line: Int
  var keyColumn: Int
  var valueColumn: Int
  /// The line of the block being read now, for what is said about it.
  var blockLine = 0
}

extension ParseState {
  /// `gebruik: welkom`: the block's lines are read here as if they stood in the script. What
  /// is wrong in them is said at the `gebruik:` line, with the block's own file and line.
  mutating func takeBlock(_ f: Field) {
    let name = f.value.lowercased()
    guard let source = blocks.sources[name] else {
      let known = blocks.sources.keys.sorted()
      report(
        .unknownBlock, f.line, f.valueColumn, "Het blok '\(f.value)' bestaat niet.",
        hint: known.isEmpty
          ? "Zet het blok in Content/scripts/delen/\(name).gesprek."
          : "Kies uit: \(known.joined(separator: ", ")). Of zet het blok in Content/scripts/delen/\(name).gesprek."
      )
      return
    }
    guard !including.contains(where: { $0.name == name }), including.count < ScriptBlocks.maximumDepth else {
      report(
        .unknownBlock, f.line, f.valueColumn,
        "Het blok '\(name)' gebruikt zichzelf, of blokken gaan te diep.",
        hint: "Haal deze 'gebruik:' weg uit het blok.")
      return
    }
    including.append(
      BlockSite(
        name: name, fileName: source.fileName, line: f.line, keyColumn: f.keyColumn,
        valueColumn: f.valueColumn))
    for (number, raw) in ScriptParser.lines(of: source.text).enumerated() {
      including[including.count - 1].blockLine = number + 1
      take(line: raw, number: number + 1)
    }
    including.removeLast()
  }
}
