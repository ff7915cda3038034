/// The Dutch anonymiser for informal answers: pure Swift, no network, no model.
///
/// Recognisers find labelled spans (shapes such as phone numbers and IBANs first, then dates
/// and ages, then names, places and organisations from the lexicon and the words around
/// them); `ReplacementPolicy` decides what replaces them.
public struct DutchAnonymiser: Anonymiser {
  public let lexicon: AnonymiserLexicon
  /// The learned labeller next to the rules; nil: rules only.
  public let labeller: TokenLabeller?

  public init(lexicon: AnonymiserLexicon, labeller: TokenLabeller? = nil) {
    self.lexicon = lexicon
    self.labeller = labeller
  }

  /// Texts longer than this are read in pieces cut at a space, to keep memory small.
  static let pieceLength = 65_536

  public func spans(in text: String) -> [PIISpan] {
    let scalars = text.unicodeScalars
    // Never more scalars than UTF-8 bytes: a short text needs no count.
    guard text.utf8.count > Self.pieceLength * 2, scalars.count > Self.pieceLength * 2 else {
      return spans(inPiece: text)
    }
    var found: [PIISpan] = []
    var start = scalars.startIndex
    var offset = 0
    while start < scalars.endIndex {
      var end =
        scalars.index(start, offsetBy: Self.pieceLength, limitedBy: scalars.endIndex) ?? scalars.endIndex
      // Cut at a space (within a few thousand characters), so no word is split.
      var extra = 0
      while end < scalars.endIndex, scalars[end] != " ", scalars[end] != "\n", extra < 4096 {
        end = scalars.index(after: end)
        extra += 1
      }
      let piece = String(scalars[start..<end])
      found += spans(inPiece: piece).map {
        PIISpan(start: $0.start + offset, end: $0.end + offset, label: $0.label, detail: $0.detail)
      }
      offset += Self.pieceLength + extra
      start = end
    }
    return found
  }

  private func spans(inPiece text: String) -> [PIISpan] {
    let tokens = Tokens(text, lexicon: lexicon)
    let (found, weak) = ruleFindings(tokens)
    guard let labeller else { return withKind(tokens, Self.whole(tokens, found)) }
    // Names found on weak evidence stay only when the labeller agrees; it also finds names
    // among the tokens no rule took.
    let (strong, kept) = weigh(tokens, found, weak, labeller)
    let ruled = kept.isEmpty ? strong : strong + kept
    let learnt = learned(tokens, ruled, labeller)
    let all = learnt.isEmpty ? Self.resolved(ruled) : Self.resolved(ruled + learnt)
    let named = Self.withSurnameAfter(tokens, Self.withParticles(tokens, all), lexicon: lexicon)
    return withKind(tokens, Self.whole(tokens, Self.resolved(named)))
  }

  /// What the rules find: shapes first, then dates and ages where no shape was, then names.
  func ruleSpans(_ tokens: Tokens) -> [PIISpan] { ruleFindings(tokens).all }

  /// The rules' spans, and the names among them found on weak evidence only.
  func ruleFindings(_ tokens: Tokens) -> (all: [PIISpan], weak: [PIISpan]) {
    var found = Self.resolved(
      PatternRecogniser().spans(tokens) + HandleRecogniser().spans(tokens) + Self.clubs(tokens))
    // Dates and ages only where no shape was found (both lists are sorted).
    var k = 0
    var dated: [PIISpan] = []
    for span in Self.resolved(DateAgeRecogniser().spans(tokens)) {
      while k < found.count && found[k].end <= span.start { k += 1 }
      if k < found.count && found[k].start < span.end { continue }
      dated.append(span)
    }
    if !dated.isEmpty { found = Self.resolved(found + dated) }
    var taken = [Bool](repeating: false, count: tokens.count)
    var s = 0
    for i in 0..<tokens.count {
      let t = tokens[i]
      while s < found.count && found[s].end <= t.start { s += 1 }
      if s < found.count && found[s].start < t.end { taken[i] = true }
    }
    let names = NameRecogniser(lexicon: lexicon).findings(tokens, taken: taken)
    if names.all.isEmpty { return (found, names.weak) }
    if found.isEmpty { return (Self.resolved(names.all), names.weak) }
    return (Self.resolved(found + names.all), names.weak)
  }

  /// The rules' spans without the weak ones, and the weak ones the labeller agrees with:
  /// every token of such a span must look like a name to it.
  func weigh(_ tokens: Tokens, _ found: [PIISpan], _ weak: [PIISpan], _ labeller: TokenLabeller)
    -> (strong: [PIISpan], kept: [PIISpan])
  {
    guard !weak.isEmpty else { return (found, []) }
    let strong = found.filter { span in !weak.contains { $0.start == span.start && $0.end == span.end } }
    let rules = Self.ruleTags(tokens, found, weak: weak)
    var features: [Int] = []
    let kept = weak.filter { span in
      let first = tokens.index(atOrAfter: span.start)
      let last = tokens.index(atOrAfter: span.end) - 1
      return (first...last).allSatisfy { i in
        guard tokens[i].kind == .word, !tokens[i].flags.contains(.particle) else { return true }
        TokenLabeller.features(tokens, at: i, rules: rules, typo: false, into: &features)
        return labeller.tag(features, threshold: labeller.keepThreshold) != nil
      }
    }
    return (strong, kept)
  }

  /// What the rules made of each token; tokens of `weak` spans get the weak tags.
  static func ruleTags(_ tokens: Tokens, _ found: [PIISpan], weak: [PIISpan] = []) -> [TokenLabeller.Tag] {
    var tags = [TokenLabeller.Tag](repeating: .none, count: tokens.count)
    var s = 0
    for i in 0..<tokens.count {
      let t = tokens[i]
      while s < found.count && found[s].end <= t.start { s += 1 }
      guard s < found.count, found[s].start < t.end else { continue }
      switch found[s].label {
      case .person: tags[i] = .person
      case .location: tags[i] = .location
      case .institution: tags[i] = .institution
      default: break
      }
      if weak.contains(where: { $0.start < t.end && t.start < $0.end }), let tag = tags[i].weak {
        tags[i] = tag
      }
    }
    return tags
  }

  /// Spans the labeller finds among the tokens no rule took. Tagged tokens next to each other,
  /// or with only name particles between them ("ria de boer"), make one span.
  func learned(_ tokens: Tokens, _ found: [PIISpan], _ labeller: TokenLabeller) -> [PIISpan] {
    // What the rules made of each token, worked out only when the labeller looks at one.
    var rules: [TokenLabeller.Tag]?
    let names = NameRecogniser(lexicon: lexicon)
    var covered = names.keptPhrases(tokens)
    var s = 0
    for i in 0..<tokens.count {
      while s < found.count && found[s].end <= tokens[i].start { s += 1 }
      // An animal's name ("onze poes Pluis") is left alone by the labeller too.
      covered[i] =
        covered[i] || (s < found.count && found[s].start < tokens[i].end) || names.petName(tokens, i)
    }
    var spans: [PIISpan] = []
    var features: [Int] = []
    features.reserveCapacity(64)
    for i in 0..<tokens.count where !covered[i] && labeller.looks(at: TokenLabeller.candidacy(tokens, i)) {
      let unknown = tokens[i].flags.intersection(AnonymiserLexicon.listed.union(.compound)).isEmpty
      let typo = unknown && lexicon.nearWord(tokens.key(i))
      // With no cue for a place or a name before it ("in nador", "in best"), a lower-case
      // word that is a verb form of a known word ("logt", also a surname) or, known to no
      // list, a slip of one ("eigelijk", "heeeel") is that word, not a name. A first name
      // stays a name.
      let cue: LexiconFlags = [.placePreposition, .liveVerb, .nameVerb, .title, .address, .greeting]
      let cued = i > 0 && !tokens[i - 1].flags.intersection(cue).isEmpty
      let firstName = tokens[i].flags.contains(.firstName)
      if !tokens[i].capital, !cued, unknown && typo || !firstName && lexicon.verbForm(tokens.key(i)) {
        continue
      }
      // A frequent word in lower case that is no first name, among ordinary words on both
      // sides ("ik woon in een groep met", "de lastige dingen") is that word. Not at the
      // start ("roos helpt"), after "de" or "het" ("de brug", "het zand"), a particle or a cue.
      if !tokens[i].capital, tokens[i].flags.contains(.frequent), !tokens[i].flags.contains(.firstName),
        NameRecogniser.amongOrdinaryWords(tokens, i)
      {
        continue
      }
      // Two letters in lower case after an amount ("4 uur pw", "12 euro pp") are a short form
      // ("per week", "per persoon"), no name.
      let afterAmount =
        i > 0
        && (tokens[i - 1].kind == .number || tokens[i - 1].kind == .mixed
          || tokens[i - 1].flags.contains(.unit))
      if !tokens[i].capital, afterAmount, tokens[i].end - tokens[i].start <= 2 { continue }
      // In lower case, a word for a kind of place or organisation ("de groep", "het team")
      // names the kind, not one of them; and after a kind of place the sentence may go on.
      let kind: LexiconFlags = [.placeHead, .organisationHead, .organisationTail]
      // So does a word for a kind of area ("de wijk", "de stad").
      if !tokens[i].capital,
        !tokens[i].flags.isDisjoint(with: kind) || names.sentenceGoesOn(tokens, i)
          || tokens.isAny(i, NameRecogniser.placeNouns)
      {
        continue
      }
      if rules == nil { rules = Self.ruleTags(tokens, found) }
      TokenLabeller.features(tokens, at: i, rules: rules ?? [], typo: typo, into: &features)
      guard let tag = labeller.tag(features), let label = tag.label else { continue }
      var span = PIISpan(start: tokens[i].start, end: tokens[i].end, label: label)
      if let last = spans.last, last.label == label,
        (spans.last.map { tokens.index(atOrAfter: $0.end) } ?? 0) < i,
        (tokens.index(atOrAfter: last.end)..<i).allSatisfy({
          tokens[$0].flags.contains(.particle) && tokens[$0].joined
        })
          && tokens[i].joined
      {
        span.start = last.start
        spans.removeLast()
      }
      spans.append(span)
    }
    return spans
  }

  /// One token of a labelled text, for training and cross-validation: its gold tag, what the
  /// rules made of it, how far the labeller may look at it (0 never, 1 a listed ordinary word,
  /// 2 always; a token of a weak rule span is always looked at) and its features.
  public struct TrainingRow: Sendable {
    public var tag: Int
    public var rule: Int
    public var candidacy: Int
    public var features: [Int]
  }

  /// Every word of a labelled text, so that recall counts the names the labeller cannot see
  /// too. Tokens inside other kinds of personal data (numbers, dates) are left out.
  public func trainingRows(_ text: String, labelled: [PIISpan]) -> [TrainingRow] {
    let tokens = Tokens(text, lexicon: lexicon)
    let (found, weak) = ruleFindings(tokens)
    let rules = Self.ruleTags(tokens, found, weak: weak)
    let kept = NameRecogniser(lexicon: lexicon).keptPhrases(tokens)
    var rows: [TrainingRow] = []
    for i in 0..<tokens.count where !kept[i] && tokens[i].kind == .word {
      let t = tokens[i]
      let gold = labelled.first { $0.start < t.end && t.start < $0.end }
      let tag: TokenLabeller.Tag
      switch gold?.label {
      case nil: tag = .none
      case .person: tag = .person
      case .location: tag = .location
      case .institution: tag = .institution
      default: continue
      }
      let unknown = t.flags.intersection(AnonymiserLexicon.listed.union(.compound)).isEmpty
      let typo = unknown && lexicon.nearWord(tokens.key(i))
      let candidacy = rules[i].isWeak ? .always : TokenLabeller.candidacy(tokens, i)
      rows.append(
        TrainingRow(
          tag: tag.rawValue, rule: rules[i].rawValue, candidacy: candidacy.rawValue,
          features: TokenLabeller.features(tokens, at: i, rules: rules, typo: typo)))
    }
    return rows
  }

  /// A nickname looks like a real name when the rules find one in it, or when it has the shape
  /// of a first name and a surname: a capitalised word that is no Dutch word (or one only as a
  /// compound), then another capitalised word ("Kees Bakker", also when neither is on a list). The learned labeller is
  /// left out here: a nickname stands alone, without the words around it that it reads.
  public func looksLikeName(_ nickname: String) -> Bool {
    if !DutchAnonymiser(lexicon: lexicon).spans(in: nickname).isEmpty { return true }
    let tokens = Tokens(nickname, lexicon: lexicon)
    let words = (0..<tokens.count).filter { tokens[$0].kind == .word }
    guard words.count >= 2 else { return false }
    let first = tokens[words[0]]
    // A word known only as a compound of two Dutch words ("Molenkamp": "molen" + "kamp") is no
    // word a nickname is made of: made-up names often split that way.
    let known = !first.flags.isDisjoint(with: [.word, .function]) && !first.flags.contains(.compound)
    return first.capital && !tokens.shouting && !known && tokens[words[1]].capital
  }

  public func markedKind(_ word: String) -> (label: PIISpan.Label, detail: PIISpan.Detail?) {
    let f = lexicon.flags(of: word)
    // A listed name is a name; a word that is also an ordinary word ("kut") is just taken out.
    guard !f.intersection(LexiconFlags.entity).isEmpty, f.contains(.firstName) || !f.contains(.word) else {
      return (.person, .removed)
    }
    let label = NameRecogniser.label(f, cue: .none)
    let detail: PIISpan.Detail? =
      label == .location
      ? (f.contains(.neighbourhood) ? .neighbourhood : f.contains(.country) ? .country : nil) : nil
    return (label, detail)
  }

  static func overlap(_ a: PIISpan, _ b: PIISpan) -> Bool { a.start < b.end && b.start < a.end }

  /// Sorted by position; where spans overlap, the first and longest keeps its label and detail.
  static func resolved(_ spans: [PIISpan]) -> [PIISpan] { ReplacementPolicy.merged(spans) }
}
