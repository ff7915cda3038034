/// The walk through a script: every part can be reached, every part has a way out, and no
/// parts jump round in a circle without a question.
extension CheckRun {
  mutating func checkFlow() {
    let count = script.sections.count
    guard count > 0 else { return }
    let end = count
    var edges = [[Int]](repeating: [], count: count)
    for (s, section) in script.sections.enumerated() {
      var open = true
      var reportedDead = false
      for item in section.items {
        if !open, !reportedDead {
          report(
            .unreachable, item.location, "Hier komt het gesprek nooit.",
            hint: "Er staat een 'ga naar:' zonder 'als:' boven. Haal die weg of verplaats deze regels.")
          reportedDead = true
        }
        guard open, case .jump(let jump) = item else { continue }
        if jump.target == Jump.end {
          edges[s].append(end)
        } else if let t = script.sectionIndex(named: jump.target) {
          edges[s].append(t)
        }
        if jump.condition == nil { open = false }
      }
      if open { edges[s].append(s + 1 < count ? s + 1 : end) }
    }
    var reached: Set<Int> = [0]
    var queue = [0]
    while let s = queue.popLast() {
      for t in edges[s] where t < end && reached.insert(t).inserted { queue.append(t) }
    }
    for s in 0..<count where !reached.contains(s) {
      report(
        .unreachable, script.sections[s].location,
        "Het deel '\(script.sections[s].name)' wordt nooit bereikt.",
        hint: "Geen deel springt hierheen met 'ga naar:', en het deel erboven springt weg.")
    }
    // Which sections can reach the end? Walk the jumps backwards from the end, once each.
    var incoming = [[Int]](repeating: [], count: count + 1)
    for (s, targets) in edges.enumerated() { for t in targets { incoming[t].append(s) } }
    var canEnd: Set<Int> = []
    var back = incoming[end]
    while let s = back.popLast() {
      if canEnd.insert(s).inserted { back += incoming[s] }
    }
    checkQuestionlessLoops(edges)
    for s in 0..<count where reached.contains(s) && !canEnd.contains(s) {
      report(
        .noWayOut, script.sections[s].location,
        "Vanuit het deel '\(script.sections[s].name)' komt het gesprek nooit bij het einde.",
        hint: "Zet ergens 'ga naar: einde', of geef een 'ga naar:' een 'als:'.")
    }
  }

  /// Parts that can jump round in a circle without a question on the way: the conversation
  /// would go round for ever, saying the same lines. Found as the strongly connected parts of
  /// the jump graph (Tarjan), reported at the jump that closes the circle.
  mutating func checkQuestionlessLoops(_ edges: [[Int]]) {
    let count = script.sections.count
    var index = [Int?](repeating: nil, count: count)
    var low = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var next = 0
    var circles: [[Int]] = []
    // Tarjan's walk with its own stack of (section, next edge), not the program's: a chain
    // of twenty thousand jumps is as deep as that.
    for root in 0..<count where index[root] == nil {
      var work: [(v: Int, edge: Int)] = [(root, 0)]
      index[root] = next
      low[root] = next
      next += 1
      stack.append(root)
      onStack[root] = true
      while let (v, e) = work.last {
        let targets = edges[v]
        if e < targets.count {
          work[work.count - 1].edge += 1
          let w = targets[e]
          guard w < count else { continue }
          if index[w] == nil {
            index[w] = next
            low[w] = next
            next += 1
            stack.append(w)
            onStack[w] = true
            work.append((w, 0))
          } else if onStack[w] {
            low[v] = min(low[v], index[w]!)
          }
          continue
        }
        work.removeLast()
        if let parent = work.last { low[parent.v] = min(low[parent.v], low[v]) }
        guard low[v] == index[v] else { continue }
        var part: [Int] = []
        while let w = stack.popLast() {
          onStack[w] = false
          part.append(w)
          if w == v { break }
        }
        if part.count > 1 || edges[v].contains(v) { circles.append(part.sorted()) }
      }
    }
    for circle in circles {
      let sections = circle.map { script.sections[$0] }
      guard !sections.contains(where: { $0.items.contains { $0.question != nil } }) else { continue }
      let members = Set(circle.map { script.sections[$0].name })
      let closing = sections.lazy.flatMap(\.items).compactMap { item -> Jump? in
        if case .jump(let jump) = item, members.contains(jump.target) { return jump }
        return nil
      }.last
      let names = sections.map { "'\($0.name)'" }.joined(separator: ", ")
      report(
        .loopWithoutQuestion, closing?.location ?? sections[0].location,
        "De delen \(names) springen in een rondje zonder vraag. Het gesprek stopt dan nooit.",
        hint: "Zet een vraag in het rondje, of haal deze 'ga naar:' weg.")
    }
  }
}
