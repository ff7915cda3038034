import Foundation
import PraatmaatApp
import PraatmaatCore

/// Training rows for the learned labeller, for `scripts/train-anonymiser`:
///   praatmaat-bench labeller-rows CONTENT OUT LABELLED...
/// writes one line per candidate token of every labelled text: the text's number, its file's
/// number, the tag (0 none, 1 person, 2 location, 3 institution), what the rules made of it
/// (the same numbers, 5-7 for weak evidence), how far the labeller may look at it (0 never, 1
/// a listed ordinary word, 2 always) and the hashed features, so the trainer needs to know
/// nothing about how a feature is made.
enum LabellerRows {
  static func write(content: String, out: String, files: [String]) {
    let folder = URL(fileURLWithPath: content).appendingPathComponent(Anonymisers.listsFolder)
    let lexicon: AnonymiserLexicon
    do { lexicon = try Anonymisers.lexicon(in: folder) } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      exit(2)
    }
    let anonymiser = DutchAnonymiser(lexicon: lexicon)
    var lines: [String] = []
    var texts = 0
    var perFile: [Int] = []
    for (number, file) in files.enumerated() {
      let samples = AnonymiserBench.samples(file)
      perFile.append(samples.count)
      for sample in samples {
        for row in anonymiser.trainingRows(sample.text, labelled: sample.spans) {
          lines.append(
            "\(texts)\t\(number)\t\(row.tag)\t\(row.rule)\t\(row.candidacy)\t"
              + row.features.map(String.init).joined(separator: " "))
        }
        texts += 1
      }
    }
    // The first line says how many texts each file has, so rows can be traced to their file.
    let header = "# texts per file: " + perFile.map(String.init).joined(separator: " ")
    FileManager.default.createFile(
      atPath: out, contents: Data(([header] + lines).joined(separator: "\n").utf8 + Data("\n".utf8)))
    print("labeller rows: \(lines.count) tokens from \(texts) texts in \(files.count) files")
  }
}
