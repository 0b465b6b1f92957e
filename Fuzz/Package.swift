// swift-tools-version:6.0
// libFuzzer targets over spar's parsers, built and run by `scripts/fuzz TARGET SECONDS`.
// A package of its own: each target is an executable whose `main` libFuzzer supplies, which the
// main package's `swift build` could not link.
import PackageDescription

let package = Package(
    name: "SparFuzz",
    dependencies: [.package(name: "spar", path: "..")],
    targets: [
        .executableTarget(name: "LoaderFuzz", dependencies: [.product(name: "SparKit", package: "spar")]),
        .executableTarget(name: "ExpressionFuzz", dependencies: [.product(name: "SparKit", package: "spar")]),
        .executableTarget(name: "TranscriptFuzz", dependencies: [.product(name: "SparKit", package: "spar")]),
    ],
    swiftLanguageModes: [.v6]
)
