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
    var i = 0
    while i < tokens.count {
      defer { i += 1 }
      guard tokens.isAny(i, Self.cues) else { continue }
      var k = i + 1
      var steps = 0
      while k < tokens.count, steps < 4,
        tokens.isAny(k, Self.between) || tokens.is(k, ":") || tokens.is(k, "@")
      {
        k += 1
        steps += 1
      }
      guard k < tokens.count, let end = Self.runEnd(tokens, from: k) else { continue }
      found.append(PIISpan(start: tokens[k].start, end: tokens[end].end, label: .person))
      i = end
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
