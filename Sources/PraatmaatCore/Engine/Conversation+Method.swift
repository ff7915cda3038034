/// What a method's rules may read and change of a conversation at a table.
extension Conversation {
  /// The rules of the script's method.
  public var rules: any MethodRules { script.header.method.rules }

  /// The table's method state; nil when this is not a table.
  public func tableState<S: MethodState>(_ type: S.Type) -> S? {
    state.table?.methodState(type)
  }

  /// Changes the table's method state; nothing happens when this is not a table.
  public mutating func updateTableState<S: MethodState>(_ type: S.Type, _ change: (inout S) -> Void) {
    state.table?.updateMethodState(type, change)
  }

  /// Ends the conversation after `before`.
  public mutating func finish(before: [Message]) -> Turn {
    state.status = .finished
    state.pending = nil
    state.currentQuestion = nil
    return Turn(messages: before, next: .finished)
  }

  /// Asks one of the method's own steps after `before`; its answer goes to the method's
  /// `accept(_:_:value:question:echo:)`.
  public mutating func ask(_ step: MethodStep, before: [Message]) -> Turn {
    state.pending = .method(step)
    state.table?.current = nil
    let question = builtInQuestion(.method(step))
    return Turn(messages: before + [.ask(prompt(for: question))], next: .answer(question.id))
  }
}
