/// What a municipality heard, per policy phase and theme: the value every report format
/// is rendered from, and the JSON schema (`praatmaat-verslag`, version 4).
public struct Report: Sendable, Equatable, Codable {
  public static let schemaName = "praatmaat-verslag"
  public static let schemaVersion = 4
  /// What replaces any figure or quote that rests on too few people.
  public static let tooFew = "te weinig mensen om te tonen"

  public var schema = Report.schemaName
  public var version = Report.schemaVersion
  public var filter: ReportFilter
  public var minGroup: Int
  /// The day the report was made (`YYYY-MM-DD`), set by whoever makes it: the core has no clock.
  public var made: String?
  public var overview: Overview
  public var phases: [PhaseReport]
  /// Persona cards in full: fictional people, linked to nobody, each shown once.
  public var personas: [PersonaCard]
  /// How was listened: each script in the report, for the method section.
  public var sources: [Source] = []
  /// What the municipality did with the advice (`--reactie`), each part tied to what it answers.
  public var reaction: [ParticipantReaction.Part] = []

  /// A script the report's answers come from.
  public struct Source: Sendable, Equatable, Codable {
    public var scriptID: String
    public var title: String
    public var method: String
    /// Questions in the script as it is now.
    public var questions: Int
    /// Conversations in this report (perturbed); 0 when fewer than minGroup.
    public var sessions: Int
  }

  /// Who spoke: the sources behind the whole report.
  public struct Overview: Sendable, Equatable, Codable {
    public var sessions: Int
    public var people: Int
    public var answers: Int
    public var methods: [String: Int]
    public var firstMonth: String?
    public var lastMonth: String?
    public var municipalities: [String]
    /// Share of answers given with help or by the supporter, 0…1.
    public var shareWithHelp: Double
    public var suppressed: Bool
    /// The period filter took whole publication rounds, so that no small group shows:
    /// the period covered is wider than asked (see firstMonth and lastMonth).
    public var periodWidened: Bool
    /// Conversations not in this report yet: not finished, or waiting until enough new
    /// people have talked to publish them together.
    public var waiting: Int
    /// Answers left out of this report to protect people, rounded up to a multiple of 5.
    public var hiddenAnswers: Int
  }

  public struct PhaseReport: Sendable, Equatable, Codable {
    public var phase: PolicyPhase
    public var people: Int
    public var themes: [ThemeReport]
    /// "Wat valt op": the strongest signals, each with its numbers.
    public var signals: [Signal]
  }

  public struct ThemeReport: Sendable, Equatable, Codable {
    public var theme: String
    public var sessions: Int
    public var people: Int
    public var methods: [String: Int]
    public var shareWithHelp: Double
    public var suppressed: Bool
    public var closed: [ClosedQuestion]
    public var open: OpenAnswers?
    public var panels: [PanelAdvice]
    /// How many notes supporters made about this theme; their text is never in a report.
    /// 0 when there are none or too few to count.
    public var notes: Int
    /// Answers in this section left out to protect people, rounded up to a multiple of 5.
    public var hiddenAnswers: Int
  }

  /// A closed question: how many people chose each option.
  public struct ClosedQuestion: Sendable, Equatable, Codable {
    public var scriptID: String
    public var questionID: String
    public var text: String
    public var kind: String
    /// Several options per person: each percentage is a share of the people.
    public var multiple: Bool
    public var people: Int
    public var suppressed: Bool
    /// Only options chosen by enough people; empty when suppressed.
    public var options: [OptionCount]
  }

  public struct OptionCount: Sendable, Equatable, Codable {
    public var id: String
    public var label: String
    public var pictogram: String?
    public var count: Int
    /// Of the people who answered, 0…100, one decimal.
    public var percent: Double
  }

  /// The anonymised quotes of a theme, grouped, with the words that come back most.
  public struct OpenAnswers: Sendable, Equatable, Codable {
    public var people: Int
    public var suppressed: Bool
    public var quotes: [Quote]
    public var words: [WordCount]
    public var pairs: [WordCount]
  }

  /// A quote, linked to nobody: no month, no method, no label shared with another quote.
  public struct Quote: Sendable, Equatable, Codable {
    public var text: String
    /// How many answers said (nearly) the same; 0 when too few to count.
    public var mentions: Int
    /// The question it answers: its script, id and whole text.
    public var scriptID: String
    public var questionID: String
    public var question: String
    /// A panel member's reason: the vote it explains (eens, oneens, weet-niet).
    public var vote: String?
  }

  public struct WordCount: Sendable, Equatable, Codable {
    public var word: String
    public var count: Int
  }

  /// A panel's advice on one statement, with its votes.
  public struct PanelAdvice: Sendable, Equatable, Codable {
    public var scriptID: String
    public var questionID: String
    public var statement: String
    public var people: Int
    public var suppressed: Bool
    /// Each 0 when too few people voted so.
    public var agree: Int
    public var disagree: Int
    public var dontKnow: Int
    /// eens, oneens or verdeeld: the advice the panel agreed on (per session, counted).
    public var advice: [String: Int]
  }

  /// A Persona card in full: a fictional person, linked to nobody.
  public struct PersonaCard: Sendable, Equatable, Codable {
    public var lines: [String]
  }

  public struct Signal: Sendable, Equatable, Codable {
    public var text: String
  }
}

/// Which answers a report covers.
public struct ReportFilter: Sendable, Equatable, Codable {
  public var script: String?
  public var theme: String?
  public var phase: PolicyPhase?
  /// `YYYY-MM`, inclusive.
  public var from: String?
  public var to: String?
  /// Only conversations held in this municipality (its official name). Such a report
  /// publishes the municipality's own rounds of at least five people.
  public var municipality: String?

  public init(
    script: String? = nil, theme: String? = nil, phase: PolicyPhase? = nil, from: String? = nil,
    to: String? = nil, municipality: String? = nil
  ) {
    self.municipality = municipality
    self.script = script
    // Themes are names in lower case; a theme typed with capitals is the same theme.
    self.theme = theme?.lowercased()
    self.phase = phase
    self.from = from
    self.to = to
  }

  /// Whether a span of months (a publication round) reaches into the period.
  public func includes(first: String, last: String) -> Bool {
    if let from, last < from { return false }
    if let to, first > to { return false }
    return true
  }

  public func includes(month: String) -> Bool {
    if let from, month < from { return false }
    if let to, month > to { return false }
    return true
  }
}
