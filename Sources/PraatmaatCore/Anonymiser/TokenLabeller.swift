import Foundation

/// A learned token labeller next to the rules: a linear model over many weak signals at once
/// (the word, its shape and affixes, its lists, the words around it, what the rules said),
/// the way statistical de-identifiers beat hand rules on text they have not seen.
///
/// The weights are data (`Content/anonimiseren/labeller.gewichten`), trained offline by
/// `scripts/train-anonymiser` on features this type computes, so training and use can never
/// disagree about a feature.
public struct TokenLabeller: Sendable {
  /// What a token can be: nothing personal, or part of a person's, place's or organisation's name.
  public enum Tag: Int, Sendable, CaseIterable {
    case none = 0, person, location, institution
    /// What the rules found on weak evidence only: a feature, never an answer of the model.
    case weakPerson = 5, weakLocation, weakInstitution

    var label: PIISpan.Label? {
      switch self {
      case .none: nil
      case .person, .weakPerson: .person
      case .location, .weakLocation: .location
      case .institution, .weakInstitution: .institution
      }
    }

    /// The weak form of a rule's tag.
    var weak: Tag? {
      switch self {
      case .person: .weakPerson
      case .location: .weakLocation
      case .institution: .weakInstitution
      default: nil
      }
    }

    var isWeak: Bool { rawValue >= Tag.weakPerson.rawValue }
  }

  /// Hashed features: 2^18 buckets.
  public static let featureBits = 18
  public static var featureCount: Int { 1 << featureBits }
  /// The model's answers: none, person, location, institution.
  static let tags = 4

  /// `featureCount × 4` weights, one row per feature.
  let weights: [Float]
  /// A token no rule took is tagged when the chance that it is not `none` is at least this.
  public let threshold: Float
  /// A name the rules found on weak evidence stays when that chance is at least this.
  public let keepThreshold: Float
  /// Whether ordinary words in lower case that a list also has as a name are looked at.
  public let broad: Bool

  public init?(weights: [Float], threshold: Float, keepThreshold: Float, broad: Bool) {
    guard weights.count == Self.featureCount * Self.tags else { return nil }
    self.weights = weights
    self.threshold = threshold
    self.keepThreshold = keepThreshold
    self.broad = broad
  }

  /// The weights file: "PMTL", version 2, a flags byte (1: broad), two bytes unused, then the
  /// threshold and the keep threshold (Float32), then the weights as little-endian Float32,
  /// feature by feature. Everything `scripts/train-anonymiser` chose by cross-validation.
  public init?(file bytes: [UInt8]) {
    let header = 16
    guard bytes.count == header + Self.featureCount * Self.tags * 4, bytes.starts(with: Array("PMTL".utf8)),
      bytes[4] == 2
    else { return nil }
    func float(_ at: Int) -> Float {
      Float(
        bitPattern: UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
          | UInt32(bytes[at + 3]) << 24)
    }
    var weights = [Float](repeating: 0, count: Self.featureCount * Self.tags)
    weights.withUnsafeMutableBytes { out in
      bytes.withUnsafeBytes { raw in
        out.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[header...]))
      }
    }
    self.init(weights: weights, threshold: float(8), keepThreshold: float(12), broad: bytes[5] & 1 == 1)
  }

  /// Whether the labeller looks at a token of this candidacy.
  func looks(at candidacy: Candidacy) -> Bool {
    candidacy == .always || (candidacy == .listedWord && broad)
  }

  /// The chance of each tag for a token with these features.
  func probabilities(_ features: [Int]) -> SIMD4<Float> {
    var scores = SIMD4<Float>(repeating: 0)
    weights.withUnsafeBufferPointer { w in
      w.baseAddress!.withMemoryRebound(to: SIMD4<Float>.self, capacity: Self.featureCount) { rows in
        for f in features { scores += rows[f] }
      }
    }
    let top = scores.max()
    var e = SIMD4<Float>(
      exp(scores[0] - top), exp(scores[1] - top), exp(scores[2] - top), exp(scores[3] - top))
    e /= e.sum()
    return e
  }

  /// The tag of each candidate token, or nil when the model is not sure enough.
  func tag(_ features: [Int], threshold: Float? = nil) -> Tag? {
    let p = probabilities(features)
    guard 1 - p[0] >= threshold ?? self.threshold else { return nil }
    var best = 1
    for t in 2..<Self.tags where p[t] > p[best] { best = t }
    return Tag(rawValue: best)
  }
}
