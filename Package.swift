// swift-tools-version: 6.0
import PackageDescription

/// A release build on Linux carries the Swift runtime and Foundation inside the program; both
/// its compiler and its linker need to know.
let staticRuntime = (
  swift: SwiftSetting.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
  linker: LinkerSetting.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
)

let package = Package(
  name: "praatmaat",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "praatmaat", targets: ["praatmaat"]),
    // For the fuzz targets in Tests/Fuzz, a separate package that is never built by `swift build`.
    .library(name: "PraatmaatFuzzChecks", targets: ["FuzzChecks"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    // Pure core: script model, parser, checker, engine, anonymiser. No I/O.
    .target(name: "PraatmaatCore"),
    // The `AnswerStore` seam, and the embedded SQLite store behind it.
    .target(
      name: "PraatmaatStore",
      dependencies: ["PraatmaatCore", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The region's PostgreSQL adapter behind the same `AnswerStore` seam.
    .target(
      name: "PraatmaatPostgres",
      dependencies: [
        "PraatmaatCore", "PraatmaatStore", .product(name: "PostgresNIO", package: "postgres-nio"),
      ]
    ),
    // Terminals, content lookup and the conversation host: the thin edges.
    .target(
      name: "PraatmaatApp",
      dependencies: ["PraatmaatCore", "PraatmaatStore", "PraatmaatPostgres", "CReadline"]
    ),
    .executableTarget(
      name: "praatmaat",
      dependencies: [
        "PraatmaatApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // A release build carries the Swift runtime and Foundation inside the program instead of
      // loading two dozen shared libraries at every start: the first question comes sooner.
      swiftSettings: [staticRuntime.swift],
      linkerSettings: [staticRuntime.linker]
    ),
    // Made-up sessions for benchmarks and tests: never part of the program.
    .target(name: "PraatmaatSynthetic", dependencies: ["PraatmaatCore"]),
    .executableTarget(name: "praatmaat-bench", dependencies: ["PraatmaatApp", "PraatmaatSynthetic"]),
    // Test helpers every test target shares: scripts from strings, the package's own files.
    .target(name: "CoreTestSupport", dependencies: ["PraatmaatCore"], path: "Tests/CoreTestSupport"),
    .target(
      name: "TestSupport", dependencies: ["PraatmaatApp", "CoreTestSupport"], path: "Tests/TestSupport"),
    // What each fuzz target checks, shared with the regression tests that replay the corpus.
    .target(name: "FuzzChecks", dependencies: ["PraatmaatCore"], path: "Tests/Fuzz/Checks"),
    .testTarget(
      name: "PraatmaatCoreTests", dependencies: ["PraatmaatCore", "FuzzChecks", "CoreTestSupport"],
      // Read through #filePath, not bundled.
      exclude: ["Fixtures"]),
    .testTarget(
      name: "PraatmaatAppTests",
      dependencies: [
        "PraatmaatApp", "PraatmaatPostgres", "PraatmaatSynthetic", "TestSupport", "CoreTestSupport",
      ],
      // Read through #filePath, not bundled.
      exclude: ["Fixtures", "Hostile", "Snapshots", "Understanding"]),
  ]
)
