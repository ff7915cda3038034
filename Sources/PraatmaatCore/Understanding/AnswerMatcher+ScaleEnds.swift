/// Scale answers that say a step without its words: a school grade, never or always.
extension AnswerMatcher {
  /// A school grade from 1 to 10: "8/10", "8 van de 10", "8 uit 10", "cijfer 8", or "een 8"
  /// where 8 is no number shown on the screen.
  static func grade(_ t: AnswerText, shown: Int) -> Int? {
    let w = t.words
    func number(_ i: Int) -> Int? {
      guard i >= 0, i < w.count, let n = Int(w[i]) ?? DutchNumbers.value(w[i]), (1...10).contains(n) else {
        return nil
      }
      return n
    }
    for i in w.indices {
      // "8/10" is one word.
      if w[i].hasSuffix("/10"), let n = Int(w[i].dropLast(3)), (1...10).contains(n) { return n }
      guard let n = number(i) else { continue }
      let rest = Array(w[(i + 1)...].prefix(3))
      if rest.starts(with: ["van", "de", "10"]) || rest.starts(with: ["uit", "10"])
        || rest.starts(with: ["op", "10"])
      {
        return n
      }
      if i > 0, ["cijfer", "rapportcijfer"].contains(w[i - 1]) || i > 1 && w[i - 2] == "cijfer" { return n }
      if i > 0, w[i - 1] == "een", n > shown, Int(w[i]) != nil { return n }
    }
    return nil
  }

  /// The step a grade stands for: on three steps 1–5, 6–7, 8–10; on five 1–3, 4–5, 6, 7–8,
  /// 9–10 (a 6 is just enough, as at school).
  static func step(ofGrade grade: Int, on count: Int) -> Int? {
    switch count {
    case 3: return grade <= 5 ? 0 : grade <= 7 ? 1 : 2
    case 5: return grade <= 3 ? 0 : grade <= 5 ? 1 : grade == 6 ? 2 : grade <= 8 ? 3 : 4
    default: return nil
    }
  }

  static let neverWords: Set<String> = ["nooit", "nooooit", "nimmer"]
  static let alwaysWords: Set<String> = ["altijd", "steeds", "telkens", "altyd"]

  /// "nooit", "ze luistert altijd" to a question of how much ("Hoe goed luistert je begeleider
  /// naar je?"): never is the lowest step, always the highest; true for always. Only with
  /// nothing else said than the question's own words, and no yes or no against it.
  func alwaysOrNever(_ t: AnswerText, question: Question) -> Bool? {
    let never = t.words.contains(where: Self.neverWords.contains)
    let always = t.words.contains(where: Self.alwaysWords.contains)
    guard never != always else { return nil }
    // Only where the top step says what the question asks about ("Hoe goed …?" with "Goed" on
    // top): "ik ga nooit met de tram" to "Hoe moeilijk …?" with "Makkelijk" on top says nothing.
    // So do steps that go from rarely to often ("Zelden / Soms / Vaak"): never is
    // below the first, always above the last.
    let opening = question.text.first.map { AnswerText($0, words: words).words } ?? []
    guard let first = question.options.first, let top = question.options.last else { return nil }
    let topWords = AnswerText(top.label, words: words).words
    let firstWords = AnswerText(first.label, words: words).words
    if !Self.startsRarely(firstWords) || !topWords.contains(where: ["vaak", "meestal", "altijd"].contains) {
      guard let hoe = opening.firstIndex(of: "hoe"), hoe + 1 < opening.count else { return nil }
      let asks = opening[hoe + 1]
      guard topWords.contains(asks),
        !firstWords.contains(asks) || firstWords.contains(where: Self.negationWords.contains)
      else { return nil }
    }
    let asked = askedWords(question.text)
    let others = t.words.filter { !Self.neverWords.contains($0) && !Self.alwaysWords.contains($0) }
    guard others.allSatisfy({ isLittle($0, asked: asked) }) else { return nil }
    // "ja, nooit", "nee, altijd": a yes or no that says the other way.
    if never, others.contains(where: YesNoWords.yes.contains) { return nil }
    if always, others.contains(where: { YesNoWords.no.contains($0) || Self.negationWords.contains($0) }) {
      return nil
    }
    return always
  }

  /// "helemaal niet" to "Hoe goed helpt je coach?" with "Helemaal niet goed / … / Heel goed",
  /// "erg veel" to "Hoeveel last heb je van lawaai?" with "Geen last / … / Veel last": a
  /// step's label without the words the question already says is that step; a stronger word
  /// before it ("heel", "erg") only for the first or the last step.
  func elidedStep(_ t: AnswerText, question: Question) -> String? {
    let asked = Self.plainWords(of: question)
    let options = question.options
    let answer = t.words
    let stronger: Set<String> = ["heel", "erg", "echt", "super", "zeer", "heeel", "hele"]
    var hits: [String] = []
    for (k, option) in options.enumerated() {
      let label = AnswerText.plain(option.label).split(separator: " ").map(String.init)
      let left = label.filter { !asked.contains($0) }
      guard !left.isEmpty, left.count < label.count else { continue }
      let end = k == 0 || k == options.count - 1
      if answer == left
        || end && answer.count == left.count + 1 && stronger.contains(answer[0])
          && Array(answer.dropFirst()) == left
      {
        hits.append(option.id)
      }
    }
    return hits.count == 1 ? hits[0] : nil
  }

  /// Whether a scale's first step says never or rarely: steps that go from rarely to often.
  static func startsRarely(_ firstWords: [String]) -> Bool {
    firstWords.contains(where: ["nooit", "zelden"].contains)
  }

  /// "meestal wel" to "Nooit / Soms / Vaak": on steps from rarely to often, mostly is the step
  /// that says often, with nothing else said but yes and little words; "meestal niet" is the
  /// step that says rarely ("Bijna nooit"), where there is one.
  func mostlyStep(_ t: AnswerText, question: Question) -> String? {
    let not = t.words.contains("niet")
    guard t.words.contains("meestal"),
      t.words.allSatisfy({
        ["meestal", "wel", "ja", "hoor", "eigenlijk", "toch", "niet", "nee"].contains($0)
      }),
      !(not && t.words.contains("wel")), let first = question.options.first
    else { return nil }
    guard Self.startsRarely(AnswerText.plain(first.label).split(separator: " ").map(String.init)) else {
      return nil
    }
    // "meestal niet": the one step of rarely ("Bijna nooit", "Zelden"), where there is one.
    let words = question.options.map { AnswerText.plain($0.label).split(separator: " ").map(String.init) }
    let steps = question.options.indices.filter { k in
      not
        ? k > 0 && (words[k].contains("bijna") && words[k].contains("nooit") || words[k].contains("zelden"))
        : words[k].contains("vaak")
    }
    return steps.count == 1 ? question.options[steps[0]].id : nil
  }

  /// "beetje rustig wel" to "Onrustig / Een beetje rustig / Rustig": "beetje" with only the words
  /// of the one step that says "een beetje" (and yes or little words) is that step, not the
  /// step of the bare quality.
  func littleStep(_ t: AnswerText, question: Question) -> String? {
    guard t.words.contains("beetje"),
      !t.words.contains(where: { Self.negationWords.contains($0) || $0 == "te" })
    else { return nil }
    let little = question.options.filter {
      AnswerText.plain($0.label).split(separator: " ").contains("beetje")
    }
    guard little.count == 1 else { return nil }
    let label = Set(AnswerText.plain(little[0].label).split(separator: " ").map(String.init))
    let extra: Set<String> = ["ja", "wel", "hoor", "toch", "een", "eigenlijk"]
    return t.words.allSatisfy({ label.contains($0) || extra.contains($0) }) ? little[0].id : nil
  }
}
