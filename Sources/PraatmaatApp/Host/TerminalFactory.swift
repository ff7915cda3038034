import Foundation
import PraatmaatCore

/// How the screen and voice behave, from the command line.
public struct TerminalSettings: Sendable {
  /// Read every line aloud with espeak-ng at this many words a minute; nil: silent.
  public var speakRate: Int?
  /// Extra spacing for people with low vision.
  public var large = false
  /// A gentle hint after a long silence (on a terminal only).
  public var idleHint = true
  /// The supporter reviews open answers before they are kept; nil: only on a terminal.
  public var review: Bool?

  public init() {}
}

/// Picks the terminal: readline when stdin is a TTY, plain lines otherwise; with a voice
/// when asked.
public enum TerminalFactory {
  public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

  /// `texts` gives the calm hint after a long silence.
  public static func make(_ settings: TerminalSettings = TerminalSettings(), texts: PhraseBook)
    throws(AppError) -> (
      terminal: any Terminal, prompt: String
    )
  {
    let base: any Terminal
    let prompt: String
    if isInteractive {
      var style = TerminalStyle.forStandardOutput()
      style.large = settings.large
      base = ReadlineTerminal(style: style, idleHint: settings.idleHint ? texts.list(.idle) : [])
      prompt = style.prompt
    } else {
      SignalFlags.install()
      base = PlainTerminal()
      prompt = ""
    }
    return (try speaking(base, settings), prompt)
  }

  /// A terminal that reads aloud, or nil when espeak-ng is not installed.
  public static func speakingIfPossible(_ terminal: any Terminal, rate: Int) -> (any Terminal)? {
    EspeakSpeaker(rate: rate).map { SpeakingTerminal(terminal, speaker: $0) }
  }

  /// Wraps a terminal with read-aloud when the settings ask for it.
  public static func speaking(_ terminal: any Terminal, _ settings: TerminalSettings) throws(AppError)
    -> any Terminal
  {
    guard let rate = settings.speakRate else { return terminal }
    guard let speaker = EspeakSpeaker(rate: rate) else {
      throw AppError.usage(
        "Voorlezen kan niet: espeak-ng is niet geïnstalleerd. Installeer het met: apt-get install espeak-ng (scripts/run doet dat bij --speak)."
      )
    }
    return SpeakingTerminal(terminal, speaker: speaker)
  }
}
