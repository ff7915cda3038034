import Testing

@testable import PraatmaatCore

@Suite("Transcript runner")
struct TranscriptRunnerTests {
  /// Parses a transcript (expecting no syntax problems) and plays it against `wonenScript`.
  func run(
    _ source: String, script: String = wonenScript,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> TranscriptRunner.Outcome {
    let (transcript, problems) = Transcript.parse(source, fileName: "test.transcript")
    #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    return TranscriptRunner(texts: dutch).run(
      transcript, script: parseScript(script), fileName: "test.transcript")
  }

  @Test("a transcript that matches passes; spaces are folded, blank lines and comments ignored")
  func passing() {
    let outcome = run(
      """
      # Een test die slaagt
      === Woont bij haar ouders
      Hallo! Fijn dat je er bent.
      Waar woon je?
        1. 🏠 Bij mijn ouders
        2. 🏢   In een woongroep
        3. 🔑 Alleen
      Typ een nummer of een woord.

      > bij mn ouders
      Je koos: 🏠 Bij mijn ouders
      ...
      > 3
      Je koos: 🙂 Goed
      ...
      > nee
      Je koos: 👎 Nee
      Dank je wel. Tot ziens!
      [einde]
      """)
    #expect(outcome.passed == ["Woont bij haar ouders"])
    #expect(outcome.failures.isEmpty)
  }

  @Test("a difference is reported once, at the first line that differs")
  func firstDifference() throws {
    let outcome = run(
      """
      === Verkeerde echo
      ...
      > 1
      Je koos: 🏢 In een woongroep
      Hoe vind je het?
      """)
    #expect(outcome.passed.isEmpty)
    #expect(outcome.failures.count == 1)
    let failure = try #require(outcome.failures.first)
    #expect(failure.code == .transcriptMismatch)
    #expect(
      failure.description
        == "test.transcript:4:1: error: [R002] [Verkeerde echo] Verwacht: 'Je koos: 🏢 In een woongroep'")
    #expect(failure.hint == "De bot zegt: 'Je koos: 🏠 Bij mijn ouders'")
  }

  @Test("without ..., every bot line must be listed before the next answer")
  func strictWithoutSkip() throws {
    let outcome = run(
      """
      === Vergeet de vraag
      Hallo! Fijn dat je er bent.
      > 1
      """)
    let failure = try #require(outcome.failures.first)
    #expect(failure.location.line == 3)
    #expect(failure.message == "[Vergeet de vraag] De bot zegt nog: 'Waar woon je?'")
  }

  @Test("lines the bot says after the last step must be listed too")
  func leftoverAtTheEnd() throws {
    let outcome = run(
      """
      === Stopt te vroeg
      Hallo! Fijn dat je er bent.
      """)
    let failure = try #require(outcome.failures.first)
    #expect(failure.location.line == 2)
    #expect(failure.message == "[Stopt te vroeg] De bot zegt nog: 'Waar woon je?'")
  }

  @Test("... skips up to the line expected next, and fails if the bot never says it")
  func skipping() throws {
    let outcome = run(
      """
      === Slaat over
      ...
      Typ een nummer of een woord.
      > 1
      ...
      Typ een nummer of een woord.
      === Zegt het nooit
      ...
      Dit zegt de bot nooit.
      """)
    #expect(outcome.passed == ["Slaat over"])
    let failure = try #require(outcome.failures.first)
    #expect(failure.location.line == 9)
    #expect(
      failure.message == "[Zegt het nooit] Verwacht: 'Dit zegt de bot nooit.', maar de bot zegt dat niet.")
    // The hint says where the bot waits, not where the test began to skip.
    let hint = try #require(failure.hint)
    #expect(hint.hasPrefix("De bot zegt als laatste: '"), "\(hint)")
    #expect(!hint.contains("Hallo! Fijn dat je er bent."), "\(hint)")
    #expect(hint.hasSuffix("Het gesprek wacht op de vraag 'woonplek'."), "\(hint)")
  }

  @Test("{vraag-id} in a later line says the label the participant chose")
  func earlierAnswerInText() {
    let script = withHeader(
      """
      vraag: vervoer keuze
        tekst: Hoe ga je naar de stad?
        optie bus: 🚌 Met de bus
        optie fiets: 🚲 Met de fiets
      vraag: dagen getal
        tekst: Hoeveel dagen ga je {vervoer}?
      zeg: Je gaat {dagen} dagen {vervoer}.
      """)
    #expect(diagnose(script).filter { $0.severity == .error }.isEmpty)
    let outcome = run(
      """
      === Met de fiets
      ...
      > fiets
      Je koos: 🚲 Met de fiets
      Hoeveel dagen ga je met de fiets?
      Typ een getal.
      > 3
      Je typte: 3
      Je gaat 3 dagen met de fiets.
      [einde]
      """, script: script)
    #expect(
      outcome.failures.isEmpty, "\(outcome.failures.map(\.message)) \(outcome.failures.compactMap(\.hint))")
  }

  @Test("begeleider: a line for the supporter stands with the question, marked, and is never read aloud")
  func supporterLine() {
    let script = withHeader(
      """
      vraag: bewind ja/nee
        tekst: Heb je een bewindvoerder?
        begeleider: Leg uit wat een bewindvoerder is: iemand die je geld regelt.
      """)
    #expect(diagnose(script).filter { $0.severity == .error }.isEmpty)
    // The supporter's line gets the B1 language rules: a sentence of 21 words is an error.
    let long = script.replacingOccurrences(
      of: "iemand die je geld regelt.",
      with:
        "iemand die voor jou je geld en je rekeningen regelt als dat zelf niet lukt en die je helpt met je post."
    )
    #expect(diagnose(long).contains { $0.code == .veryLongSentence && $0.location.line == 9 })
    let outcome = run(
      """
      === Met uitleg voor de begeleider
      Heb je een bewindvoerder?
        1. 👍 Ja
        2. 👎 Nee
      Typ een nummer of een woord.
      Voor de begeleider: Leg uit wat een bewindvoerder is: iemand die je geld regelt.
      > nee
      Je koos: 👎 Nee
      [einde]
      """, script: script)
    #expect(
      outcome.failures.isEmpty, "\(outcome.failures.map(\.message)) \(outcome.failures.compactMap(\.hint))")
    var conversation = Conversation(script: parseScript(script), texts: dutch)
    let spoken = SpeechText.of(conversation.start().messages)
    #expect(spoken.contains("bewindvoerder?") && !spoken.contains("Leg uit"))
  }

  @Test("min: and max: on a multiple choice say how many to choose, and ask again outside them")
  func howManyToChoose() {
    let script = withHeader(
      """
      vraag: vervoer meerkeuze
        tekst: Hoe reis je?
        optie bus: 🚌 Met de bus
        optie fiets: 🚲 Met de fiets
        optie lopen: 🚶 Lopend
        max: 2
      """)
    #expect(diagnose(script).filter { $0.severity == .error }.isEmpty)
    let outcome = run(
      """
      === Te veel gekozen
      Hoe reis je?
        1. 🚌 Met de bus
        2. 🚲 Met de fiets
        3. 🚶 Lopend
      Kies er niet meer dan 2. Typ de nummers, bijvoorbeeld: 1 3
      > 1 2 3
      Kies er niet meer dan 2.
      Bijvoorbeeld: 1 3
      > 1 3
      Je koos: 🚌 Met de bus, 🚶 Lopend
      [einde]
      """, script: script)
    #expect(
      outcome.failures.isEmpty, "\(outcome.failures.map(\.message)) \(outcome.failures.compactMap(\.hint))")
    let impossible = script.replacingOccurrences(of: "max: 2", with: "min: 4")
    #expect(diagnose(impossible).contains { $0.code == .badNumber })
  }

  @Test("alleen: an option that stands alone on a multiple choice is never taken with others")
  func aloneOption() {
    let script = withHeader(
      """
      vraag: hulp meerkeuze
        tekst: Wie helpt jou?
        optie familie: 👪 Mijn familie
        optie begeleider: 🙋 Een begeleider
        optie niemand: 🚫 Niemand
        alleen: niemand
      """)
    #expect(diagnose(script).filter { $0.severity == .error }.isEmpty)
    let outcome = run(
      """
      === Niemand en familie
      ...
      > 1 3
      Niemand kies je alleen, zonder iets anders.
      ...
      > 3
      Je koos: 🚫 Niemand
      [einde]
      """, script: script)
    #expect(
      outcome.failures.isEmpty, "\(outcome.failures.map(\.message)) \(outcome.failures.compactMap(\.hint))")
    #expect(
      diagnose(script.replacingOccurrences(of: "alleen: niemand", with: "alleen: geen")).contains {
        $0.code == .unknownOptionValue
      })
  }

  @Test("[pauze] and [einde] check how the conversation stands")
  func pauseAndEnd() throws {
    let outcome = run(
      """
      === Even stoppen
      ...
      > pauze
      We stoppen even. Je kunt later verder gaan.
      [pauze]
      === Helemaal klaar
      ...
      > 1
      ...
      > 2
      ...
      > ja
      ...
      [einde]
      === Nog niet klaar
      ...
      > 1
      ...
      [einde]
      === Niet gepauzeerd
      ...
      [pauze]
      """)
    #expect(outcome.passed == ["Even stoppen", "Helemaal klaar"])
    #expect(outcome.failures.map(\.location.line) == [19, 22])
    #expect(outcome.failures.first?.message == "[Nog niet klaar] Verwacht: einde.")
    #expect(outcome.failures.first?.hint == "Het gesprek wacht op de vraag 'tevreden'.")
    #expect(outcome.failures.last?.message == "[Niet gepauzeerd] Verwacht: pauze.")
  }

  @Test("typing after the end is a difference")
  func inputAfterEnd() throws {
    let outcome = run(
      """
      === Te veel getypt
      ...
      > 1
      ...
      > 1
      ...
      > 1
      ...
      > 1
      """)
    let failure = try #require(outcome.failures.first)
    #expect(failure.location.line == 9)
    #expect(failure.message == "[Te veel getypt] Het gesprek wacht niet op een antwoord.")
    #expect(failure.hint == "Het gesprek is klaar.")
  }

  @Test("seed: is read, and the conversation runs with that seed")
  func seed() throws {
    let script = parseScript(randomScript)
    let first = { (seed: UInt64) in play(script, seed: seed).asked.first }
    let seedA: UInt64 = 1
    let seedB = try #require((UInt64(2)..<50).first { first($0) != first(seedA) })
    let firstID = try #require(first(seedA))
    let firstText = try #require(script.question(firstID)?.text.last)
    let source = """
      === Eerste vraag bij seed \(seedA)
      seed: \(seedA)
      We doen een paar vragen door elkaar.
      \(firstText)
      ...
      """
    let (transcript, problems) = Transcript.parse(source, fileName: "test.transcript")
    #expect(problems.isEmpty)
    #expect(transcript.cases.first?.seed == seedA)
    let runner = TranscriptRunner(texts: dutch)
    #expect(runner.run(transcript, script: script, fileName: "t").failures.isEmpty)

    var other = transcript
    other.cases[0].seed = seedB
    #expect(runner.run(other, script: script, fileName: "t").failures.count == 1)
  }

  @Test("a seed that is not a number is R001")
  func badSeed() {
    let (_, problems) = Transcript.parse(
      """
      === Test
      seed: twee
      """, fileName: "test.transcript")
    #expect(problems.map(\.brief) == ["R001 2:1"])
  }

  @Test("the parser turns lines into steps; lines before === form a first case")
  func parseSteps() throws {
    let (transcript, _) = Transcript.parse(
      """
      Hallo!
      ===
      >   1
      …
      [EINDE]
      """, fileName: "test.transcript")
    #expect(transcript.cases.map(\.name) == ["test 1", "test 2"])
    let steps = try #require(transcript.cases.last?.steps)
    #expect(
      steps == [
        .input("1", .init(line: 3, column: 1)), .skip(.init(line: 4, column: 1)),
        .expectFinished(.init(line: 5, column: 1)),
      ])
  }
}

/// `modus: echt`: the real anonymiser, the nickname check and the supporter's review.
@Suite struct TranscriptProductionTests {
  static let script = """
    id: kort
    titel: Kort
    methode: gesprek
    thema: wonen
    fase: agendavorming
    versie: 1

    vraag: waarom open
      tekst: Wat maakt dat zo?
    """

  static func run(_ transcript: String, anonymiser: (any Anonymiser)?) -> TranscriptRunner.Outcome {
    let script = ScriptParser().parse(Self.script, fileName: "kort.gesprek").script
    let (parsed, problems) = Transcript.parse(transcript, fileName: "kort.transcript")
    #expect(problems.isEmpty)
    return TranscriptRunner(texts: dutch, anonymiser: anonymiser).run(
      parsed, script: script, fileName: "kort.transcript")
  }

  @Test("the review shows in the transcript, and what the supporter types changes what is kept")
  func reviewShows() {
    let outcome = Self.run(
      """
      === nakijken
      modus: echt
      Wat maakt dat zo?
      > Mijn buurman Kees Bakker maakt lawaai.
      Zo bewaren we het: Mijn buurman [naam 1] maakt lawaai.
      Goed zo? Typ ja. Of typ de woorden die weg moeten.
      Wil je het anders zeggen? Typ nee.
      > buurman
      Zo bewaren we het: Mijn [weggehaald] [naam 1] maakt lawaai.
      ...
      > ja
      Bewaard.
      Dank je. Ik heb het opgeschreven.
      ...
      [einde]
      """, anonymiser: AnonymiserFixture.anonymiser)
    #expect(outcome.failures.isEmpty, "\(outcome.failures.map(\.message))")
    #expect(outcome.passed == ["nakijken"])
  }

  @Test("without 'modus: echt' there is no review; with it but without lists, the case fails")
  func modes() {
    let plain = Self.run(
      """
      Wat maakt dat zo?
      > Mijn buurman maakt lawaai.
      Dank je. Ik heb het opgeschreven.
      ...
      [einde]
      """, anonymiser: AnonymiserFixture.anonymiser)
    #expect(plain.failures.isEmpty, "\(plain.failures.map(\.message))")
    let missing = Self.run("modus: echt\n=== a\nWat maakt dat zo?\n", anonymiser: nil)
    #expect(missing.failures.first?.message.contains("modus: echt") == true)
    let (_, problems) = Transcript.parse("modus: soms\n", fileName: "x.transcript")
    #expect(problems.first?.message.contains("modus:") == true)
  }
}
