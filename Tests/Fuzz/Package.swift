// swift-tools-version:5.4
// libFuzzer targets for praatmaat. A package of its own, so `swift build` and `swift test` of
// praatmaat never build them; scripts/fuzz builds them with -sanitize=fuzzer,address.
//
// The tools version stays at 5.4 on purpose: from 5.5 on SwiftPM renames an executable's
// entry point, and a fuzz target has none (libFuzzer brings `main`).
import PackageDescription

let checks = Target.Dependency.product(name: "PraatmaatFuzzChecks", package: "praatmaat")

let package = Package(
  name: "praatmaat-fuzz",
  dependencies: [.package(name: "praatmaat", path: "../..")],
  targets: ["parser", "matcher", "anonymiser", "bundle"].map {
    .executableTarget(name: "praatmaat-fuzz-\($0)", dependencies: [checks])
  }
)
