import PraatmaatCore

// The Dutch text of every typed error, in one place: what happened, and what to do.

extension SessionError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unknownCode(let code): "Er is geen gesprek met de code \(code)."
    case .alreadyFinished(let code): "Het gesprek \(code) is al klaar."
    case .withdrawn(let code): "Het gesprek \(code) is gewist."
    case .elsewhere(let code): "Het gesprek \(code) kan hier niet verder (het komt van een andere laptop)."
    case .questionGone(let script, let question):
      "Het script '\(script)' is veranderd: de vraag '\(question)' bestaat niet meer. Dit gesprek kan niet verder; de antwoorden tot nu toe blijven bewaard."
    case .newerFormat: "Dit gesprek is bewaard door een nieuwere praatmaat. Werk praatmaat eerst bij."
    case .fileHoldsOtherScript(let file, let found, let expected):
      "Het bestand \(file) is nu het script '\(found)', niet meer '\(expected)'. Dit gesprek kan niet verder."
    case .scriptNotFound(let expected): "Het gesprek hoort bij het script '\(expected)', dat ik niet vind."
    case .givenOtherScript(let given, let found, let code, let expected):
      "\(given) is het script '\(found)', maar gesprek \(code) hoort bij '\(expected)'."
    case .scriptFileGone(let code, let file):
      "Het script van gesprek \(code) staat niet meer op \(file). Zet het bestand terug om verder te gaan."
    case .notInContent(let script, let code):
      "Het script '\(script)' staat niet in Content/scripts. Geef het bestand mee: praatmaat resume \(code) --script PAD"
    case .olderScript(let script, let version, let ran):
      "Het script '\(script)' is versie \(version), maar dit gesprek liep al met versie \(ran). Gebruik het nieuwste script."
    case .goesRound(let script, let part):
      "Het script '\(script)' springt rond zonder vraag, in het deel '\(part)'. Het gesprek stopt. Kijk met: praatmaat check"
    }
  }
}

extension ContentError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noContentFolder: "Ik vind de map Content/scripts niet. Zet PRAATMAAT_CONTENT op de map Content."
    case .unreadableFolder(let path): "Kan de map \(path) niet lezen."
    case .noSuchFile(let path): "Het bestand \(path) bestaat niet."
    case .transcriptWithoutScript(let transcript, let script):
      "\(transcript) is een transcript. Het script \(script) ernaast bestaat niet."
    case .unknownScript(let name, let known):
      "Het script '\(name)' bestaat niet. Kies uit: \(known.joined(separator: ", "))."
    case .scriptHasErrors(let name): "Het script \(name) heeft fouten. Kijk met: praatmaat check \(name)"
    case .idTaken(let problem): problem
    case .unreadable(let name): "Kan \(name) niet lezen."
    case .tooLarge(let name): "\(name) is te groot voor een script."
    case .notText(let name): "\(name) is geen tekstbestand in UTF-8."
    case .missingWordList(let path):
      "De woordenlijst \(path) ontbreekt of is niet te lezen. Zet de bestanden van Content/begrip terug; er is niets gevraagd of bewaard."
    case .brokenWordList(let problem): "Fout in Content/begrip/\(problem)."
    case .missingTexts(let path):
      "De teksten \(path) ontbreken of zijn geen tekst in UTF-8. Zet de bestanden van Content/teksten terug."
    case .brokenTexts(let error): error.description
    case .brokenLabeller(let file, let folder):
      "\(file) in \(folder) is beschadigd. Maak het opnieuw met scripts/train-anonymiser; er is niets gevraagd of bewaard."
    }
  }
}
