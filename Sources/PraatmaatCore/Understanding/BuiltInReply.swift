/// The replies every question understands, whatever its kind.
public enum BuiltInReply: String, Sendable, CaseIterable {
  case repeatQuestion
  case dontKnow
  case refuse
  case skip
  case back
  case pause
  case help
  /// "wat bedoel je?", "wat is een pinpas?": the question was heard but not understood. The
  /// answer is the question in other words (when the script has them), with how to answer.
  case explain

  /// The words a participant can type, first the one shown in help and completion.
  public var words: [String] {
    switch self {
    case .repeatQuestion: ["herhaal", "nog een keer", "nog eens", "opnieuw", "wat zei je"]
    case .dontKnow: ["weet ik niet", "weet niet", "geen idee", "ik weet het niet", "weetniet"]
    case .refuse:
      [
        "wil ik niet zeggen", "zeg ik liever niet", "wil niet zeggen", "liever niet",
        "ik wil het niet zeggen",
      ]
    case .skip: ["overslaan", "sla over", "volgende", "skip", "pas", "ik pas"]
    case .back: ["terug", "vorige", "ga terug"]
    case .pause: ["pauze", "stop", "stoppen", "ik wil stoppen", "later verder"]
    case .help: ["hulp", "help", "?", "wat kan ik typen"]
    case .explain: ["wat bedoel je", "hoe bedoel je", "snap de vraag niet", "begrijp de vraag niet"]
    }
  }

  /// Every word of every built-in reply, for tab completion.
  public static var completionWords: [String] { allCases.map { $0.words[0] } }

  /// Recognises a built-in reply, forgiving case, accents, punctuation and a small typo.
  /// Without `typos`, only what is spelled right: a word one letter away from a reply
  /// ("shoppen", "stappen" next to "stoppen") may be an answer.
  public static func recognise(_ input: String, openQuestion: Bool = false, typos: Bool = true)
    -> BuiltInReply?
  {
    if let reply = recogniseAsSaid(input, openQuestion: openQuestion, typos: typos) { return reply }
    // "ze weet het niet", "hij wil dat niet zeggen": the supporter says it for the participant.
    return inFirstPerson(input).flatMap { recogniseAsSaid($0, openQuestion: openQuestion, typos: typos) }
  }

  static func recogniseAsSaid(_ input: String, openQuestion: Bool, typos: Bool) -> BuiltInReply? {
    // "?", "??": a question mark alone asks for help.
    let bare = input.trimmingWhitespace()
    if !bare.isEmpty, bare.allSatisfy({ $0 == "?" }) { return .help }
    // A shrug alone (with any skin tone or gender): not knowing.
    let shrug: UInt32 = 0x1F937
    let marks: [ClosedRange<UInt32>] = [0x1F3FB...0x1F3FF, 0x200D...0x200D, 0xFE0F...0xFE0F, 0x2640...0x2642]
    if bare.unicodeScalars.contains(where: { $0.value == shrug }),
      bare.unicodeScalars.allSatisfy({ s in
        s.value == shrug || s.properties.isWhitespace || marks.contains { $0.contains(s.value) }
      })
    {
      return .dontKnow
    }
    let n = Normalised(input)
    guard !n.text.isEmpty else { return nil }
    for reply in allCases {
      // "Hulp." can be the answer to an open question; there only "?" asks for help.
      if openQuestion, reply == .help { continue }
      for word in reply.words where word != "?" {
        // One typo at most: "goed idee" is two steps from "geen idee" and means the opposite.
        let known = Normalised(word)
        if known.text == n.text
          || (typos && n.text.count >= 5 && EditDistance.between(known.text, n.text) <= 1)
        {
          return reply
        }
      }
    }
    // Longer ways of saying the same ("weet ik niet precies", "mag ik dat overslaan", "ik
    // wil even pauze"), only in short answers to closed questions: at an open question
    // they can be part of what someone wants to say.
    guard !openQuestion else { return nil }
    // "wat bedoel je met vervoer, de fiets of ook de tram": asking what a word of the
    // question means, however long the rest.
    if n.words.count <= 16,
      [
        "wat bedoel je", "hoe bedoel je", "wat bedoelen jullie", "wat betekent", "wat bedoelt je",
        "bedoelt je", "bedoel je",
      ].contains(
        where: { (n.text + " ").hasPrefix($0 + " ") })
    {
      return .explain
    }
    if n.words.count <= 8, let reply = phrased(" " + n.text + " ", words: n.words.map(String.init)) {
      return reply
    }
    if n.words.count <= 16, let reply = saidAtLength(n.words.map(String.init)) { return reply }
    if let reply = inParts(input, typos: typos) { return reply }
    if n.words.count == 1, runTogether(String(n.words[0])) { return .dontKnow }
    guard n.words.count <= 8 else { return nil }
    // "welk gesprek?", "wat bedoel je daarmee?": a question back asks for the question again,
    // in other words.
    let questionWords: Set<Substring> = ["wat", "welk", "welke", "hoe", "wie", "waar", "wanneer", "watte"]
    if input.trimmingWhitespace().hasSuffix("?"), let first = n.words.first,
      questionWords.contains(first), n.words.count <= 6
    {
      return .explain
    }
    return nil
  }

  /// "geenidee", "weetiknie": not knowing, typed as one word without its spaces.
  static func runTogether(_ word: String) -> Bool {
    let letters = Array(word)
    guard (7...20).contains(letters.count), word.allSatisfy(\.isLetter) else { return false }
    func says(_ parts: [ArraySlice<Character>]) -> Bool {
      let words = parts.map { String($0) }
      return phrased(" " + words.joined(separator: " ") + " ", words: words) == .dontKnow
    }
    for i in 2..<(letters.count - 1) {
      if says([letters[..<i], letters[i...]]) { return true }
      for j in (i + 2)..<max(i + 2, letters.count - 1)
      where says([letters[..<i], letters[i..<j], letters[j...]]) {
        return true
      }
    }
    return false
  }

  /// A reply said in a sentence: the phrase starts the answer, or, for the words that
  /// cannot mean anything else, stands anywhere in it.
  static func phrased(_ text: String, words: [String]) -> BuiltInReply? {
    // "ik weet het gewoon niet", "weet ik helemaal niet": a word that only makes it stronger is
    // left out, so the phrase reads as it would without it.
    let fillers: Set<String> = ["echt", "gewoon", "helemaal", "eigenlijk", "ook", "nou", "toch"]
    // "even naar de volgende", "ff terug": a word that only softens a request, first.
    if words.count >= 2,
      [
        "ff", "even", "eh", "uh", "oke", "ok", "graag", "tja", "tsja", "hmm", "hm", "ehm", "euh", "pff",
        "ach", "och",
      ]
      .contains(words[0]),
      let reply = phrased(
        " " + words.dropFirst().joined(separator: " ") + " ", words: Array(words.dropFirst()))
    {
      return reply
    }
    // "wacht even kan ik nog terug": waiting, as the lead-up to another request.
    if words.count >= 2, ["wacht", "moment", "momentje"].contains(words[0]) {
      let rest = Array(words.dropFirst(words.count >= 3 && words[1] == "even" ? 2 : 1))
      if !rest.isEmpty, let reply = phrased(" " + rest.joined(separator: " ") + " ", words: rest) {
        return reply
      }
    }
    // "eerlijk gezegd weet ik het echt niet", "om eerlijk te zijn, liever niet": an opener that only
    // says the rest is meant.
    for opener in [["eerlijk", "gezegd"], ["om", "eerlijk", "te", "zijn"]]
    where words.count > opener.count && Array(words.prefix(opener.count)) == opener {
      let rest = Array(words.dropFirst(opener.count))
      return phrased(" " + rest.joined(separator: " ") + " ", words: rest)
    }
    // "prive hoor", "liever niet sorry": a word that only softens a request, last.
    if words.count >= 2, ["hoor", "sorry", "joh", "he", "hoor sorry"].contains(words[words.count - 1]),
      let reply = phrased(" " + words.dropLast().joined(separator: " ") + " ", words: Array(words.dropLast()))
    {
      return reply
    }
    // "ik weet het eerlijk gezegd niet": the opener in the middle.
    if let k = words.firstIndex(of: "eerlijk"), k > 0, k + 1 < words.count, words[k + 1] == "gezegd" {
      let rest = Array(words[..<k] + words[(k + 2)...])
      return phrased(" " + rest.joined(separator: " ") + " ", words: rest)
    }
    let plain = words.count > 2 ? words.filter { !fillers.contains($0) } : words
    if plain.count < words.count, plain.count >= 2,
      let reply = phrased(" " + plain.joined(separator: " ") + " ", words: plain)
    {
      return reply
    }
    func starts(_ phrases: [String]) -> Bool { phrases.contains { text.hasPrefix(" \($0) ") } }
    func has(_ phrases: [String]) -> Bool { phrases.contains { text.contains(" \($0) ") } }
    // "weet niet of ik daar heen zou gaan": doubt about the answer, not "weet ik niet".
    if has(["weet niet of", "weet ik niet of", "weet het niet of"]) { return nil }
    // "dat weet mijn begeleider", "dat moet ik aan mijn moeder vragen": someone else knows.
    if words.count <= 8,
      has(["weet mijn", "weet mn", "weet me", "weet de begeleider"])
        || (has(["moet ik aan", "moet ik even aan"]) && words.last == "vragen")
    {
      return .dontKnow
    }
    // "geen idee wss 5": not knowing for sure, then a guess at the answer, is no "weet ik niet".
    let estimate: Set<String> = ["wss", "denk", "ongeveer", "rond", "veel", "paar", "misschien", "schat"]
    let guessed = words.indices.dropFirst(2).contains { i in
      words[i].contains(where: \.isNumber)
        || estimate.contains(words[i]) && !(words[i] == "veel" && words[i - 1] == "ik")
    }
    // "geen idee wat dat is", "weet niet wat een moestuin is": the word is not known, so the question
    // in other words.
    // "weet niet wie dat betaalt" is not knowing the answer: only "wat" and a word before "is"
    // or "betekent", or "wat dat is" with the word after it ("geen idee wat het is met mij" is
    // not knowing).
    let pronouns: Set<String> = ["dat", "het", "ik", "ze", "hij", "er", "je", "die", "we", "jullie"]
    // "weet niet wat dat is, <woord>": the word named after it.
    if let k = words.firstIndex(of: "wat"), k >= 2, k <= 4, k + 1 < words.count,
      starts(["geen idee", "weet ik niet", "weet niet", "ik weet niet", "ik weet het niet"]),
      ["is", "betekent"].contains(words[k + 1])
        || !pronouns.contains(words[k + 1]) && ["is", "zijn", "betekent"].contains(words.last ?? "")
        || ["dat", "het"].contains(words[k + 1]) && k + 3 < words.count && words.count - (k + 3) <= 2
          && ["is", "betekent"].contains(words[k + 2])
          && !words[(k + 3)...].contains(where: { ["met", "van", "bij", "voor", "nou", "nu"].contains($0) })
    {
      return .explain
    }
    // "nooit geprobeerd dus geen idee": not knowing, after its reason.
    if let so = words.firstIndex(of: "dus"), so > 0,
      let reply = phrased(
        " " + words[(so + 1)...].joined(separator: " ") + " ", words: Array(words[(so + 1)...])),
      reply == .dontKnow
    {
      return .dontKnow
    }
    if !guessed,
      starts([
        "weet ik niet", "weet ik veel", "ik weet niet", "ik weet het niet", "geen idee", "geen flauw idee",
        "weet niet", "dat weet ik niet", "weet ik eigenlijk niet", "ik heb geen idee", "kweenie",
        "ik weet het echt niet", "weet ik het niet", "geen flauw", "idk", "weetniet", "ik weet t niet",
        "weet het niet",
        "niet weten", "dat kan ik niet zeggen", "kan ik niet zeggen", "dat kan ik nog niet zeggen",
        "kan ik nog niet zeggen", "dat zou ik niet weten", "zou ik niet weten", "ben ik vergeten",
        "dat ben ik vergeten", "weet ik niet meer", "weet ik nog niet", "dat weet ik nog niet",
        "geen benul", "geen flauw benul", "kan ik niet beoordelen", "weet nog niet", "ik weet nog niet",
        "dunno", "no idea", "moeilijk te zeggen", "lastig te zeggen", "kan ik moeilijk zeggen",
        "ik weet het nog niet", "weet het nog niet",
      ])
        // "daarover heb ik geen mening", "nooit over nagedacht": no view of one's own.
        || has([
          "geen mening", "nooit over nagedacht", "niet over nagedacht", "nooit bij stilgestaan",
          "nooit bij nagedacht",
        ])
    {
      return .dontKnow
    }
    if has([
      "wil ik niet zeggen", "zeg ik liever niet", "liever niet zeggen", "zeg ik niet", "gaat je niks aan",
      "gaat je niets aan", "gaat je geen bal aan", "gaat je geen moer aan", "wil het niet zeggen",
      "dat hou ik voor mezelf", "dat houd ik voor mezelf", "wil ik liever niet zeggen",
      "vertel ik liever niet",
      "gaat niemand wat aan", "gaat niemand iets aan", "gaat jou niks aan", "gaat jou niets aan",
      "praat ik niet over", "praat ik liever niet over", "niet over praten", "niet over hebben",
      "vertel ik niet", "wil ik het liever niet hebben", "wil ik het niet hebben", "liever niet over hebben",
      "wil ik niet vertellen", "is prive", "dat is prive", "is geheim", "dat is geheim", "gaat je niet aan",
      "gaat jou niet aan", "gaat jullie niet aan", "gaat jullie niks aan", "gaat jullie niets aan",
      "ga ik niet op in", "ga ik liever niet op in", "ga ik nu niet op in", "ga ik daar niet op in",
      "ga ik daar liever niet op in", "zeg ik liever niks", "zeg ik niks over", "zeg ik niets over",
      "zeg ik liever niets",
    ]) || words == ["prive"] || notTelling(words)
      // "dat is te persoonlijk", "te prive": too private to say.
      || has(["is persoonlijk", "te persoonlijk", "beetje persoonlijk", "beetje prive", "te prive"])
      || words.count <= 4 && ["persoonlijk", "prive"].contains(words.last ?? "")
      || ["geen zin", "geen zin in", "heb ik geen zin in", "daar heb ik geen zin in"].contains(
        words.joined(separator: " "))
    {
      return .refuse
    }
    if has([
      "overslaan", "sla over", "sla maar over", "sla deze over", "sla ik over", "sla ik maar over",
      "volgende vraag", "andere vraag",
    ])
      // Not "volgende maand 36": the next week, month or time.
      || starts(["volgende", "next", "skip", "pass"]) && words.count <= 3
        && !(words.count >= 2
          && ["week", "maand", "jaar", "keer", "dag", "weekend", "zomer"].contains(words[1]))
      // "die vraag hoeft niet", "laat die maar zitten": this one not.
      || starts(["deze hoeft niet", "deze vraag hoeft niet", "die hoeft niet"]) && words.count <= 5
      || starts(["laat maar zitten", "laat deze maar zitten", "laat die maar zitten", "laat deze vraag maar"])
      || words.count <= 7
        && has([
          "naar de volgende", "door naar", "ga maar door", "ga door", "doorgaan", "verder maar",
          "slaan we over", "wil door", "wil verder", "kunnen we verder", "mogen we verder", "gaan we verder",
          "ga maar verder",
        ])
      // "deze vraag mag eruit": this question may go.
      || words.contains("vraag") && has(["kan weg", "mag weg", "kan eruit", "mag eruit"])
    {
      return .skip
    }
    if words.count <= 4 && (askedBack(words) || has(["vorige vraag"]))
      || words.count <= 6 && starts(["terug naar", "ga terug", "kan ik terug", "mag ik terug"])
      // "ik wil de vorige vraag anders", "kunnen we even terug naar de vorige": the question before.
      || words.count <= 8
        && (has([
          "vorige vraag", "terug naar de vorige", "naar de vorige", "vraag hiervoor", "vraag ervoor",
          "vraag daarvoor",
        ])
          // Not "ik wil terug naar mijn moeder": that can be where someone wants to live.
          || starts(["kunnen we terug", "kan ik terug", "mag ik terug"]))
    {
      return .back
    }
    // "geen zin in deze vraag": no wish to answer this one.
    if has(["geen zin in"]) && words.contains("vraag") { return .skip }
    // A break in other words: a rest, the toilet ("ik moet even plassen", "even naar de wc").
    if words.count <= 8, !breakMentioned(words),
      has([
        "pauze", "pauzeren", "even stoppen", "ik wil stoppen", "wil stoppen", "stop maar", "stoppen",
        "even wachten", "wacht even", "rust nemen", "even rust", "pauze nemen", "plassen", "naar de wc",
        "naar de wc toe", "naar het toilet", "even naar de wc", "wat drinken", "iets drinken", "even drinken",
        "drinken halen", "koffie halen", "vraag het later", "later verder",
        // Stopping for now, or a goodbye: "ik kap ermee", "doei".
        "ik stop ermee", "stop ermee", "ik kap ermee", "kap ermee", "ik hou ermee op", "ik houd ermee op",
        "ik wil ophouden", "ophouden", "tot ziens", "doei", "doeg", "houdoe",
      ])
    {
      return .pause
    }
    if words.count <= 8, breakRequest(words) { return .pause }
    // "de vorige wil ik opnieuw doen": the earlier answer again, not this question.
    if let back = changingEarlier(words) { return back }
    // Not heard, or lost: the same question again.
    if has([
      "nog een keer", "nog eens", "herhaal", "herhalen", "wat zei je", "wat vroeg je", "huh",
      "wat was de vraag",
      "wat is de vraag", "welke vraag is dit", "welke vraag is het", "welke vraag was het",
      "welke vraag was dat",
      "ik was de vraag kwijt", "ik ben de vraag kwijt", "vraag kwijt", "nog een x", "nog 1x", "nog 1 keer",
      "nog een keertje", "wat waren de keuzes",
      "welke keuzes waren er", "wat kon ik kiezen", "wat waren de opties", "voorlezen", "lees de vraag",
      "lees het nog",
    ])
      || words.count <= 6 && words.contains("opnieuw") && !words.contains("niet")
      // "ik heb het niet goed gehoord", "niet verstaan": not heard.
      || words.contains(where: ["hoorde", "gehoord", "verstond", "verstaan", "las", "gelezen"].contains)
        && words.contains("niet") && words.count <= 8 && !words.contains("nooit")
    {
      return .repeatQuestion
    }
    // Heard but not understood, or a word of it unknown ("wat is een pinpas", "wat bedoel je
    // met vervoer"): the question in other words.
    if has([
      "snap de vraag niet", "begrijp de vraag niet", "snap ik de vraag niet", "zin snap ik niet",
      "vraag snap ik niet", "zin begrijp ik niet", "vraag begrijp ik niet", "wat bedoel je",
      "hoe bedoel je",
      "wat bedoelen jullie", "wat betekent", "snap ik niet wat je bedoelt", "snap niet wat je bedoelt",
      "bedoel je", "snap de zin niet", "begrijp de zin niet", "makkelijker zeggen", "simpeler zeggen",
      "in andere woorden", "met andere woorden", "anders zeggen", "anders vragen", "anders stellen",
    ])
      || words.count <= 6
        && (starts(["wat is", "wat zijn", "wat is dat"]) || words == ["ik", "snap", "het", "niet"])
      // "wat is een keukentafelgesprek met de gemeente": what a thing is, however it goes on.
      || starts(["wat is een"]) && !words.contains("of")
      // "ze vraagt wat vervoer betekent": what a word means, said around it.
      || words.count <= 8 && words.last == "betekent" && words.contains("wat")
      // "wat voor brieven", "welke papieren", "wie is het wijkteam": which one is meant.
      || words.count <= 4
        && starts(["wat voor", "welke soort", "wat voor soort", "wie is", "wie zijn", "wtf is"])
      || words.count <= 3 && words.count >= 2 && ["welke", "welk"].contains(words[0])
      // "telt de fysio ook?": what counts ("een goudvis, telt dat?" is an answer, see `asksBack`).
      || words.count <= 7 && words.first == "telt"
    {
      return .explain
    }
    // "wat moet ik hier invullen?": a question about what to do here.
    let doing: Set<String> = ["typen", "doen", "invullen", "antwoorden", "kiezen", "zeggen", "intypen"]
    // "welke cijfers mag ik typen?": a question word, "moet/mag/kan ik", and what to do.
    let asking: Set<String> = ["wat", "welke", "welk", "hoe"]
    let may: Set<String> = ["moet", "mag", "kan", "kun"]
    if words.count <= 7, let first = words.first, asking.contains(first), words.contains("ik"),
      words.contains(where: may.contains), words.contains(where: doing.contains)
    {
      return .help
    }
    // Not "ik help op de boerderij": there "help" is what someone does.
    let helping = words.indices.contains {
      words[$0] == "help" && $0 > 0 && ["ik", "we", "je"].contains(words[$0 - 1])
    }
    if words.count <= 6,
      !helping
        && has([
          "wat moet ik typen", "wat kan ik typen", "help", "wat moet ik doen",
          "hoe moet dit", "hoe werkt dit", "hoe werkt het", "hoe gaat dit", "hoe moet ik antwoorden",
          "wat moet ik antwoorden",
        ])
    {
      return .help
    }
    // "wat doet het wijkteam dan", "hoe werkt dat dan": a question word and a verb ask back.
    let verbs: Set<String> = [
      "doet", "doen", "heeft", "hebben", "moet", "moeten", "kost", "kosten", "werkt", "werken", "valt",
      "hoort", "bedoelt", "bedoelen",
    ]
    if words.count <= 6, words.count >= 3, ["wat", "wie", "welke", "hoe", "waarom"].contains(words[0]),
      verbs.contains(words[1])
    {
      return .explain
    }
    return everyday(words)
  }
}
