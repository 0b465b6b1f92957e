// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "spar",
    products: [
        .executable(name: "spar", targets: ["spar"]),
        .executable(name: "spar-dev", targets: ["spar-dev"]),
        .library(name: "SalesMethod", targets: ["SalesMethod"]),
        .library(name: "SparKit", targets: ["SparKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Tests only: property-based random walks (determinism, score bounds).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "SalesMethod"),
        .target(
            name: "SparKit",
            dependencies: ["SalesMethod", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Terminal pieces for the CLI: line editor over readline, display width, wrapping, colour.
        .target(name: "SparTerminal", dependencies: ["CReadline"]),
        // The shipped scenarios, copied next to the binary so `spar` finds them anywhere.
        .target(
            name: "ShippedScenarios",
            path: "scenarios",
            exclude: ["README.md"],
            resources: [.copy("zh"), .copy("en")]
        ),
        // Developer tooling, kept out of the trainee's binary: synthetic scenarios and transcripts,
        // the matcher's evaluation, and `spar-dev`, which drives them for the scripts.
        .target(name: "SparDevKit", dependencies: ["SparKit", "SalesMethod"]),
        .executableTarget(
            name: "spar-dev",
            dependencies: [
                "SparDevKit", "SparKit", "SalesMethod",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The command lines of play and the menu, and their reading without the argument parser.
        .target(
            name: "SparCommandLine",
            dependencies: ["SparKit", "SalesMethod", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "spar",
            dependencies: [
                "SparKit", "SparTerminal", "ShippedScenarios", "SparCommandLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["SparKit"], path: "Tests/TestSupport"),
        .testTarget(name: "SalesMethodTests", dependencies: ["SalesMethod"]),
        .testTarget(
            name: "SparKitTests",
            dependencies: ["SparKit", "SparDevKit", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "SparDevKitTests", dependencies: ["SparDevKit", "SparKit", "SalesMethod"]),
        .testTarget(name: "SparTerminalTests", dependencies: ["SparTerminal"]),
        .testTarget(
            name: "SparCommandLineTests",
            dependencies: ["SparCommandLine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "sparTests", dependencies: ["SparKit", "SparTerminal", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
