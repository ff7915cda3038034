/// The start of a group session: each participant picks a nickname, which goes through the
/// anonymiser; a real name is refused kindly and a free nickname is offered.
extension Conversation {
  mutating func acceptNickname(_ value: AnswerValue, question: Question) -> Turn {
    guard var table = state.table else { return Turn(next: .finished) }
    let number = table.participants.count + 1
    var messages: [Message] = []
    switch value {
    case .text(let raw):
      let name = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if name.lowercased() == "klaar" {
        guard !table.participants.isEmpty else {
          return Turn(
            messages: [.hint(texts[.nobodyYet]), .ask(prompt(for: question))], next: .answer(question.id)
          )
        }
        // `groep: 3-5`: a script made for a group is not played by fewer.
        if let size = script.header.groupSize, table.participants.count < size.lowerBound {
          return Turn(
            messages: [.hint(texts.tooFew(size.lowerBound)), .ask(prompt(for: question))],
            next: .answer(question.id))
        }
        return finishSetup(before: [])
      }
      if let problem = nicknameProblem(name, seat: number, table: table) {
        return failed(question, reasons: problem)
      }
      table.participants.append(Participant(id: String(number), nickname: name))
      messages.append(.echo(texts.hello(name)))
    default:
      // "weet ik niet", "overslaan": the bot picks a nickname nobody has yet.
      let name = freeNickname(table)
      table.participants.append(Participant(id: String(number), nickname: name))
      messages.append(.echo(texts.nameGiven(name)))
    }
    state.table = table
    if table.participants.count
      >= min(TableState.maximumParticipants, script.header.groupSize?.upperBound ?? .max)
    {
      return finishSetup(before: messages + [.say(texts[.tableFull])])
    }
    return Turn(
      messages: messages + [.ask(prompt(for: builtInQuestion(.nickname)))], next: .answer(question.id))
  }

  /// Why a nickname cannot be used, one sentence per line, or nil when it can.
  /// `seat` is the number of the person who would get it.
  func nicknameProblem(_ name: String, seat: Int, table: TableState) -> [String]? {
    // A real name first: "Jan de Vries" is a name before it is a long one.
    if !nicknameCheck(name) { return [texts[.nameIsReal], texts[.nameInstead]] }
    if name.count > 20 || name.split(separator: " ").count > 2 { return [texts[.nameTooLong]] }
    // "🐯" alone is read aloud as nothing, and nobody can type it back at /later or /samen.
    if !name.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
      return [texts[.nameNeedsLetters]]
    }
    let core = Self.nicknameCore(name)
    if table.participants.contains(where: { Self.nicknameCore($0.nickname) == core }) {
      return [texts[.nameTaken]]
    }
    // "1" or "Deelnemer 1" for someone else than number 1 reads as if it were them.
    if let n = Int(core), n != seat, table.participants.contains(where: { $0.id == String(n) }) {
      return [texts[.numberTaken]]
    }
    return nil
  }

  /// A nickname as compared with the others: "Deelnemer 2", "nummer 2" and "2" are one.
  static func nicknameCore(_ name: String) -> String {
    var words = Normalised(name).words.map(String.init)
    if words.count == 2, ["deelnemer", "speler", "nummer", "nr"].contains(words[0]) { words.removeFirst() }
    return words.joined(separator: " ")
  }

  /// The first nickname of the list that nobody at the table has.
  func freeNickname(_ table: TableState) -> String {
    let seat = table.participants.count + 1
    return texts.list(.nicknames).first { nicknameProblem($0, seat: seat, table: table) == nil }
      ?? "Deelnemer \(seat)"
  }

  mutating func finishSetup(before: [Message]) -> Turn {
    state.table?.settingUp = false
    state.pending = nil
    let names = state.table?.participants.map(\.nickname) ?? []
    let messages = before + [.say(texts.atTable(names))]
    if let turn = rules.startTable(&self, before: messages) { return turn }
    return run(from: (0, 0), before: messages)
  }
}
