/// Which quotes a theme shows: what many people said first, and then what differs from what is
/// already shown, so that six quotes tell six things and every question gets a turn.
///
/// Quotes are ranked by their perturbed number of mentions (what a report may say of them),
/// never by their text: quotes said equally often are ordered by their cell key, which is the
/// same in every report and says nothing about who said them.
enum QuoteChoice {
  static let shown = 6
  /// The best quotes by mentions that the choice for difference starts from.
  static let pool = 60

  struct Candidate {
    var quote: ReportBuilder.QuoteTally
    var mentions: Int
    var words: Set<String>
  }

  static func choose(_ all: some Sequence<ReportBuilder.QuoteTally>) -> [ReportBuilder.QuoteTally] {
    // One person's answers to two questions share a key: the question, then the text, settle it.
    func before(_ a: Candidate, _ b: Candidate) -> Bool {
      (a.mentions, a.quote.mentions.key, b.quote.question, b.quote.text)
        > (b.mentions, b.quote.mentions.key, a.quote.question, a.quote.text)
    }
    // A theme can hold many thousands of different answers: only the best pool is kept in order.
    var best: [Candidate] = []
    for q in all {
      // Most quotes do not reach the pool: they are compared before they are copied.
      if best.count == pool, let last = best.last,
        (q.mentions.perturbed, q.mentions.key, last.quote.question, last.quote.text)
          <= (last.mentions, last.quote.mentions.key, q.question, q.text)
      {
        continue
      }
      let c = Candidate(quote: q, mentions: q.mentions.perturbed, words: [])
      best.insert(c, at: best.firstIndex { before(c, $0) } ?? best.count)
      if best.count > pool { best.removeLast() }
    }
    for i in best.indices { best[i].words = Set(best[i].quote.words) }
    var chosen: [Candidate] = []
    var perQuestion: [Int: Int] = [:]
    while chosen.count < shown, !best.isEmpty {
      // Mentions count most; a quote that repeats the words of one shown loses what it shares,
      // and a question already quoted waits behind one that is not.
      func score(_ c: Candidate) -> Double {
        let overlap = chosen.map { Self.overlap(c.words, $0.words) }.max() ?? 0
        return Double(max(c.mentions, 1)) * (1 - overlap) - Double(perQuestion[c.quote.question] ?? 0)
      }
      var pick = 0
      var top = score(best[0])
      for i in best.indices.dropFirst() {
        let s = score(best[i])
        if s > top {
          top = s
          pick = i
        }
      }
      let c = best.remove(at: pick)
      perQuestion[c.quote.question, default: 0] += 1
      chosen.append(c)
    }
    return chosen.map(\.quote)
  }

  /// The share of words two quotes have in common (Jaccard), 0 when either has none.
  static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    return Double(a.intersection(b).count) / Double(a.union(b).count)
  }
}
