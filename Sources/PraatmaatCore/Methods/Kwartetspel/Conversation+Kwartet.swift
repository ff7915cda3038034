import Foundation

/// Kwartetspel at the table: the deck, the themes to choose from, drawing and passing.
extension Conversation {
  /// The game's own state: the deck and whose turn it is.
  var kwartet: Kwartetspel.Table {
    get { state.table?.methodState(Kwartetspel.Table.self) ?? Kwartetspel.Table() }
    set { state.table?.setMethodState(newValue) }
  }

  /// The theme a card belongs to: its first theme.
  func cardTheme(_ question: Question) -> String {
    script.themes(of: question).first ?? "overig"
  }

  /// A shuffled set of cards with every card after the card it names with `na:`
  /// ("Hoe vind je het om daar te wonen?" after "Waar woon je?"); the rest keeps its order.
  func cardsInOrder(_ cards: [String]) -> [String] {
    var cards = cards
    // Each move puts a card behind the one it waits for; the checker refuses cycles, and the
    // bound stops one that got through anyway.
    for _ in 0..<(cards.count * cards.count) {
      guard
        let i = cards.indices.first(where: { i in
          guard let after = script.question(cards[i])?.after, let j = cards.firstIndex(of: after) else {
            return false
          }
          return j > i
        })
      else { break }
      let card = cards.remove(at: i)
      let j = cards.firstIndex(of: script.question(card)!.after!)!
      cards.insert(card, at: j + 1)
    }
    return cards
  }

  mutating func startKwartet(before: [Message]) -> Turn {
    var themes: [String] = []
    var deck: [String: [String]] = [:]
    for question in script.questions {
      let theme = cardTheme(question)
      if deck[theme] == nil { themes.append(theme) }
      deck[theme, default: []].append(question.id)
    }
    for theme in themes {
      var generator = SeededGenerator(seed: state.seed ^ SeededGenerator.hash("kwartet-" + theme))
      deck[theme]?.shuffle(using: &generator)
      deck[theme] = deck[theme].map(cardsInOrder)
    }
    kwartet.themes = themes
    kwartet.deck = deck
    kwartet.turn = 0
    return nextPlayer(before: before + sayLines(beforeFirstQuestion: true))
  }

  /// The script's lines before its first question (the welcome) or after its last one
  /// (the goodbye): a card game does not walk the script, but it does say these.
  func sayLines(beforeFirstQuestion: Bool) -> [Message] {
    let items = script.sections.flatMap(\.items)
    let questions = items.indices.filter { items[$0].question != nil }
    guard let first = questions.first, let last = questions.last else { return [] }
    let range = beforeFirstQuestion ? items[..<first] : items[(last + 1)...]
    let evaluator = tableEvaluator
    return range.compactMap { item in
      guard case .say(let say) = item, evaluator.holds(say.condition) else { return nil }
      return .say(say.text)
    }
  }

  /// The next player chooses a theme, or the game ends when the deck is empty.
  mutating func nextPlayer(before: [Message]) -> Turn {
    guard var table = state.table, !table.participants.isEmpty else { return Turn(next: .finished) }
    var game = kwartet
    guard game.deck.values.contains(where: { !$0.isEmpty }) else {
      state.pending = nil
      table.current = nil
      state.table = table
      state.currentQuestion = nil
      state.status = .finished
      return Turn(
        messages: before + [.say(texts[.allCardsPlayed])] + sayLines(beforeFirstQuestion: false),
        next: .finished)
    }
    // `turn` is the index of the player whose turn it is; a latecomer joins at the end.
    game.turn %= table.participants.count
    table.current = table.participants[game.turn].id
    game.themePage = nil
    table.setMethodState(game)
    state.table = table
    state.pending = .chooseTheme
    let question = builtInQuestion(.chooseTheme)
    return Turn(messages: before + turnLine() + [.ask(prompt(for: question))], next: .answer(question.id))
  }

  /// The themes with cards left, in the order of the script.
  var themesLeft: [String] {
    let game = kwartet
    return game.themes.filter { !(game.deck[$0] ?? []).isEmpty }
  }

  /// The option id of "Meer thema's".
  static let moreThemesID = builtInPrefix + "meer"

  /// The themes offered now: never more than four options. With more themes left, three
  /// per page and "Meer thema's" for the next page. The first theme shown moves on one
  /// every turn, so no theme stays at the back.
  func themeOptions() -> [Option] {
    let left = themesLeft
    guard !left.isEmpty else { return [] }
    let start = (kwartet.turnsTaken ?? 0) % left.count
    let rotated = Array(left[start...] + left[..<start]).map(Self.themeOption)
    guard rotated.count > 4 else { return rotated }
    let pages = stride(from: 0, to: rotated.count, by: 3).map {
      Array(rotated[$0..<min($0 + 3, rotated.count)])
    }
    let more = Option(id: Self.moreThemesID, pictogram: "➡️", label: texts[.moreThemes])
    return pages[(kwartet.themePage ?? 0) % pages.count] + [more]
  }

  static func themeOption(_ theme: String) -> Option {
    Option(id: ScriptText.slug(theme), pictogram: themePictogram(theme), label: theme)
  }

  /// A theme still in the deck named in what was typed ("koken", "veilig voelen"), also
  /// one not on the page shown. Numbers only count for the themes shown.
  func themeNamed(_ input: String) -> String? {
    let n = Normalised(input)
    guard Int(n.text) == nil, DutchNumbers.value(n.text) == nil else { return nil }
    var q = Question(id: "thema", kind: .choice, location: SourceLocation(line: 0, column: 0))
    q.options = themesLeft.map(Self.themeOption)
    if case .value(.option(let id)) = AnswerMatcher(words: words).match(input, for: q) { return id }
    return nil
  }

  static func themePictogram(_ theme: String) -> String {
    let pictograms: [(String, String)] = [
      ("won", "🏠"), ("werk", "🔧"), ("dag", "🔧"), ("geld", "💶"), ("admin", "💶"), ("vrije", "⚽"),
      ("vriend", "⚽"), ("hulp", "🤝"), ("gemeente", "🤝"), ("veilig", "🛡️"), ("kok", "🍳"),
      ("gezond", "🍳"), ("vervoer", "🚌"),
    ]
    return pictograms.first { theme.lowercased().contains($0.0) }?.1 ?? "🃏"
  }

  /// The player chose a theme: draw the top card of it and ask its question. "Meer thema's"
  /// shows the next page; anything else ("pas", "weet ik niet") draws no card.
  mutating func drawCard(_ value: AnswerValue) -> Turn {
    guard let table = state.table else { return Turn(next: .finished) }
    if value == .option(Self.moreThemesID) {
      kwartet.themePage = (kwartet.themePage ?? 0) + 1
      let question = builtInQuestion(.chooseTheme)
      return Turn(messages: [.ask(prompt(for: question))], next: .answer(question.id))
    }
    guard case .option(let id) = value, let theme = themesLeft.first(where: { ScriptText.slug($0) == id }),
      var cards = kwartet.deck[theme], !cards.isEmpty
    else {
      return passTurn(before: [.echo(texts[.noCard])])
    }
    let card = cards.removeFirst()
    kwartet.deck[theme] = cards
    state.pending = nil
    state.currentQuestion = card
    let echo = Message.echo(texts.youChose(Self.themeOption(theme).shown))
    guard let question = script.question(card) else { return nextPlayer(before: [echo]) }
    let draw = Message.say(texts.drawCard(table.nickname(table.current), theme: theme))
    return Turn(messages: [echo, draw, .ask(prompt(for: question))], next: .answer(card))
  }

  /// Whether someone answered a card of this set; a set that was only passed (or "weet ik
  /// niet") is played out, but there is nothing to celebrate.
  func anyCardAnswered(_ theme: String) -> Bool {
    let cards = Set(script.questions.filter { cardTheme($0) == theme }.map(\.id))
    return (state.table?.answers ?? [:]).values.contains { answers in
      answers.contains { cards.contains($0.key) && $0.value.isAnswer }
    }
  }

  /// The player whose turn it is passes; the next player chooses.
  mutating func passTurn(before: [Message]) -> Turn {
    kwartet.passTurn()
    state.pending = nil
    state.currentQuestion = nil
    return nextPlayer(before: before)
  }

  /// After a card: celebrate a completed set, then it is the next player's turn.
  mutating func afterCard(_ question: Question, before: [Message]) -> Turn {
    var messages = before
    let theme = cardTheme(question)
    if kwartet.deck[theme]?.isEmpty == true, anyCardAnswered(theme) {
      messages.append(.say(texts.setComplete(theme)))
    }
    kwartet.passTurn()
    state.currentQuestion = nil
    return nextPlayer(before: messages)
  }
}

/// Small text helpers shared by the parser and the engine.
enum ScriptText {
  /// "Bij mijn ouders" → "bij-mijn-ouders"
  static func slug(_ label: String) -> String {
    let folded = label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    let words = folded.lowercased().split { !$0.isLetter && !$0.isNumber }
    let s = words.joined(separator: "-")
    return s.isEmpty ? "optie" : s
  }
}
