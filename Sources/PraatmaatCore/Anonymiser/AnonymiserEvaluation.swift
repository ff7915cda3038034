/// Measures an anonymiser on labelled texts, the way Presidio's evaluator does: recall and
/// precision per label, where any overlap between a found span and a labelled span counts.
public struct AnonymiserEvaluation: Sendable {
  /// One labelled text.
  public struct Sample: Sendable, Equatable {
    public var text: String
    public var spans: [PIISpan]
  }

  /// Figures for one label, or for all labels together.
  public struct Score: Sendable, Equatable {
    /// Labelled spans, and how many of them some found span overlaps.
    public var expected = 0
    public var recalled = 0
    /// Found spans, and how many of them overlap some labelled span.
    public var found = 0
    public var correct = 0
    public var recall: Double { expected == 0 ? 1 : Double(recalled) / Double(expected) }
    public var precision: Double { found == 0 ? 1 : Double(correct) / Double(found) }
  }

  public var perLabel: [PIISpan.Label: Score] = [:]
  public var total = Score()
  /// Texts without personal data, and how many of them got something masked.
  public var cleanTexts = 0
  public var cleanTextsMasked = 0
  /// Characters of personal data, and how many of them stayed visible.
  public var personalCharacters = 0
  public var leakedCharacters = 0
  /// Labelled spans that no found span overlaps, with their text (for reading, not storing).
  public var misses: [(text: String, span: PIISpan)] = []
  public var falseAlarms: [(text: String, span: PIISpan)] = []
  /// Labelled spans that were found in part: some of their characters stayed visible.
  public var partials: [(text: String, span: PIISpan)] = []

  public init() {}

  /// Parses lines like `mijn begeleider {PERSON:jan} komt`; `#` starts a comment line.
  public static func parse(_ source: String) -> [Sample] {
    var samples: [Sample] = []
    for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
      var text = String.UnicodeScalarView()
      var spans: [PIISpan] = []
      var scalars = Array(line.unicodeScalars)[...]
      while let c = scalars.popFirst() {
        guard c == "{", let colon = scalars.firstIndex(of: ":"), let close = scalars.firstIndex(of: "}"),
          colon < close,
          let label = PIISpan.Label(rawValue: String(String.UnicodeScalarView(scalars[..<colon])))
        else {
          text.append(c)
          continue
        }
        let start = text.count
        text.append(contentsOf: scalars[(colon + 1)..<close])
        spans.append(PIISpan(start: start, end: text.count, label: label))
        scalars = scalars[(close + 1)...]
      }
      samples.append(Sample(text: String(text), spans: spans))
    }
    return samples
  }

  /// Adds one text: what was labelled and what was found.
  public mutating func add(_ sample: Sample, found: [PIISpan]) {
    func overlaps(_ a: PIISpan, _ b: PIISpan) -> Bool { a.start < b.end && b.start < a.end }
    /// Counts one span, in its label's score and in the total.
    func count(_ label: PIISpan.Label, _ change: (inout Score) -> Void) {
      change(&perLabel[label, default: Score()])
      change(&total)
    }
    for span in sample.spans {
      let hit = found.contains { overlaps($0, span) }
      count(span.label) { score in
        score.expected += 1
        if hit { score.recalled += 1 }
      }
      if !hit { misses.append((sample.text, span)) }
      personalCharacters += span.end - span.start
      let leaked = (span.start..<span.end).filter { k in !found.contains { $0.start <= k && k < $0.end } }
        .count
      leakedCharacters += leaked
      if hit && leaked > 0 { partials.append((sample.text, span)) }
    }
    for span in found {
      let hit = sample.spans.contains { overlaps($0, span) }
      count(span.label) { score in
        score.found += 1
        if hit { score.correct += 1 }
      }
      if !hit { falseAlarms.append((sample.text, span)) }
    }
    if sample.spans.isEmpty {
      cleanTexts += 1
      if !found.isEmpty { cleanTextsMasked += 1 }
    }
  }

  /// Runs `anonymiser` over every sample.
  public static func run(_ samples: [Sample], with anonymiser: any Anonymiser) -> AnonymiserEvaluation {
    var evaluation = AnonymiserEvaluation()
    for sample in samples { evaluation.add(sample, found: anonymiser.spans(in: sample.text)) }
    return evaluation
  }

  /// A plain table: label, labelled spans, recall, found spans, precision.
  public var report: [String] {
    func percent(_ x: Double) -> String {
      let tenths = Int((x * 1000).rounded())
      return "\(tenths / 10).\(tenths % 10)%"
    }
    var lines = ["label        spans  recall   found  precision"]
    for label in PIISpan.Label.allCases {
      guard let s = perLabel[label] else { continue }
      lines.append(
        label.rawValue.padding(to: 12) + String(s.expected).leftPadded(to: 6)
          + percent(s.recall).leftPadded(to: 8)
          + String(s.found).leftPadded(to: 8) + percent(s.precision).leftPadded(to: 11))
    }
    lines.append(
      "all".padding(to: 12) + String(total.expected).leftPadded(to: 6)
        + percent(total.recall).leftPadded(to: 8)
        + String(total.found).leftPadded(to: 8) + percent(total.precision).leftPadded(to: 11))
    lines.append(
      "texts without personal data: \(cleanTexts), with something masked: \(cleanTextsMasked)"
        + " (\(percent(cleanTexts == 0 ? 0 : Double(cleanTextsMasked) / Double(cleanTexts))))")
    lines.append(
      "personal characters left visible: \(leakedCharacters) of \(personalCharacters)"
        + " (\(percent(personalCharacters == 0 ? 0 : Double(leakedCharacters) / Double(personalCharacters))))"
    )
    return lines
  }
}

extension String {
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
