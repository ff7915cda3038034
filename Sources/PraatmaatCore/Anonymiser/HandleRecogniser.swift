/// User names on games and apps, after the word that says so: "mijn gamertag is Kees_04",
/// "op snapchat ben ik lisa2k", "discord: noor.x". A user name is one run of characters
/// without spaces that mixes letters with digits or "_" (a plain word there may be a name
/// the other recognisers judge).
struct HandleRecogniser: Sendable {
  static let cues: [StaticString] = [
    "gamertag", "gebruikersnaam", "username", "accountnaam", "account", "snapchat", "snap", "insta",
    "instagram", "tiktok", "discord", "twitch", "roblox", "fortnite", "xbox", "psn", "playstation", "handle",
    "profiel", "profielnaam", "nickname", "naam", "heet", "noemt",
  ]
  /// Little words between the cue and the user name: "is", "ben ik", "heet ik", "daar".
  static let between: [StaticString] = [
    "is", "ben", "ik", "heet", "heb", "daar", "mijn", "mn", "als", "onder", "de", "naam", "staat", "op",
  ]

  func spans(_ tokens: Tokens) -> [PIISpan] {
    var found: [PIISpan] = []
    var k = 0
    while k < tokens.count {
      defer { k += 1 }
      // Only a run that holds a digit or "_" can be a user name: most texts have none, and
      // then no cue is looked up at all.
      let kind = tokens[k].kind
      guard kind == .number || kind == .mixed || kind == .other && tokens.is(k, "_") else { continue }
      // Back to the start of the run, then over the little words to the cue before it.
      var first = k
      while first > 0, tokens[first].start == tokens[first - 1].end,
        tokens[first - 1].kind != .other
          || tokens.is(first - 1, "_") || tokens.is(first - 1, ".")
      {
        first -= 1
      }
      guard tokens[first].kind != .other, let end = Self.runEnd(tokens, from: first) else { continue }
      var c = first - 1
      while c >= 0, first - c <= 5, !tokens.isAny(c, Self.cues),
        tokens.isAny(c, Self.between) || tokens.is(c, ":") || tokens.is(c, "@")
      {
        c -= 1
      }
      if c >= 0, first - c <= 5, tokens.isAny(c, Self.cues) {
        found.append(PIISpan(start: tokens[first].start, end: tokens[end].end, label: .person))
      }
      k = end
    }
    return found
  }

  /// The last token of the run from `k` when it is a user name: letters with digits or "_".
  static func runEnd(_ tokens: Tokens, from k: Int) -> Int? {
    var end = k
    while end + 1 < tokens.count, tokens[end + 1].start == tokens[end].end,
      tokens[end + 1].kind != .other
        || ["_", "."].contains(tokens.scalars[tokens[end + 1].start]) && end + 2 < tokens.count
          && tokens[end + 2].start == tokens[end + 1].end && tokens[end + 2].kind != .other
    {
      end += 1
    }
    let kinds = (k...end).map { tokens[$0].kind }
    let underscore = (k...end).contains {
      tokens[$0].kind == .other && tokens.scalars[tokens[$0].start] == "_"
    }
    let letters = kinds.contains(.word) || kinds.contains(.mixed)
    let digits = kinds.contains(.number) || kinds.contains(.mixed)
    return letters && (digits || underscore) ? end : nil
  }
}
