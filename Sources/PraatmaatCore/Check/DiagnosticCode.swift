/// Stable diagnostic codes. S = structure, T = taal (language), R = transcript.
/// Documented for writers in Content/README.md; never renumber.
public enum DiagnosticCode: String, Sendable, CaseIterable {
  case syntax = "S001"
  case unknownKey = "S002"
  case misplacedProperty = "S003"
  case missingHeader = "S004"
  case unknownWord = "S005"
  case duplicateQuestion = "S006"
  case duplicateSection = "S007"
  case unknownJumpTarget = "S008"
  case unknownReference = "S009"
  case referenceToLater = "S010"
  case undeclaredVariable = "S011"
  case optionCount = "S012"
  case unknownOptionValue = "S013"
  case missingThemeOrPhase = "S014"
  case unreachable = "S015"
  case noWayOut = "S016"
  case missingText = "S017"
  case badCondition = "S018"
  case badNumber = "S019"
  case duplicateOption = "S020"
  case optionsNotAllowed = "S021"
  case badScale = "S022"
  case invisibleCharacter = "S023"
  case lineTooLong = "S024"
  case badIdentifier = "S025"
  case emptySection = "S026"
  case duplicateHeader = "S027"
  case randomSection = "S028"
  case neverAsked = "S029"
  case loop = "S030"
  case missingPictogram = "S031"
  case duplicateScriptID = "S032"
  case loopWithoutQuestion = "S033"
  case idTaken = "S034"
  case badCardOrder = "S035"
  case unknownTheme = "S036"
  case badComparison = "S037"
  case nameTaken = "S038"
  case statementOutsidePanel = "S039"
  case badPlaceholder = "S040"
  case personalLineAtTable = "S041"
  case groupWordAlone = "S042"
  case badFollowUp = "S043"
  case followUpMissing = "S044"
  case badTally = "S045"
  case badPrivate = "S046"
  case badGroupSize = "S047"
  case notForThisMethod = "S048"
  case unknownBlock = "S049"
  case badRepeat = "S050"

  case longSentence = "T001"
  case veryLongSentence = "T002"
  case severalSentences = "T003"
  case longWord = "T004"
  case jargon = "T005"
  case passive = "T006"
  case negationInQuestion = "T007"
  case leadingQuestion = "T008"
  case abbreviation = "T009"
  case figurative = "T010"
  case unknownAllow = "T011"

  case transcriptSyntax = "R001"
  case transcriptMismatch = "R002"
  case transcriptMissingScript = "R003"

  public var defaultSeverity: Diagnostic.Severity {
    switch self {
    case .referenceToLater, .neverAsked, .missingPictogram, .unknownTheme, .longSentence, .severalSentences,
      .longWord,
      .jargon,
      .passive, .negationInQuestion, .leadingQuestion, .abbreviation, .figurative, .followUpMissing:
      .warning
    default: .error
    }
  }
}
