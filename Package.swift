// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "spar",
    products: [
        .executable(name: "spar", targets: ["spar"]),
        .executable(name: "spar-dev", targets: ["spar-dev"]),
        .library(name: "SalesMethod", targets: ["SalesMethod"]),
        .library(name: "SparKit", targets: ["SparKit"]),
        .library(name: "SparClassroom", targets: ["SparClassroom"]),
        .library(name: "SparServer", targets: ["SparServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The classroom: its store (SQLite), the server and the join client.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        // The classroom store on PostgreSQL, for several servers on one database.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // Tests only: property-based random walks (determinism, score bounds).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(name: "SalesMethod"),
        .target(
            name: "SparKit",
            dependencies: ["SalesMethod", .product(name: "Yams", package: "Yams")]
        ),
        // The classroom's domain and its store: classes, seats, each seat's transcript entries.
        .target(
            name: "SparClassroom",
            dependencies: ["SparKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The classroom store on PostgreSQL, kept apart so only what opens a store links postgres-nio.
        .target(
            name: "SparClassroomPostgres",
            dependencies: [
                "SparClassroom", "SparKit",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The classroom server: trainees over WebSocket, the trainer's HTTP API.
        .target(
            name: "SparServer",
            dependencies: [
                "SparClassroom", "SparKit", "SparLRS",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // The trainer's dashboard, compiled in: the server serves it with no files beside it.
            resources: [
                .embedInCode("Dashboard/Assets/dashboard.html"), .embedInCode("Dashboard/Assets/dashboard.js"),
                .embedInCode("Dashboard/Assets/dashboard.css"),
            ]
        ),
        // Statements to a learning record store (xAPI over HTTP): batches, retries, the failures named.
        .target(
            name: "SparLRS",
            dependencies: ["SparKit", .product(name: "AsyncHTTPClient", package: "async-http-client")]
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
                // The bare WebSocket echo server, the classroom load benchmark's floor.
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command lines of play and the menu, and their reading without the argument parser;
        // help in the language asked for (Chinese laid out by display width).
        .target(
            name: "SparCommandLine",
            dependencies: ["SparKit", "SalesMethod", "SparTerminal", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "spar",
            dependencies: [
                "SparKit", "SparTerminal", "ShippedScenarios", "SparCommandLine", "SparClassroom", "SparClassroomPostgres", "SparServer", "SparLRS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
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
            name: "SparServerTests",
            dependencies: [
                "SparServer", "SparClassroom", "SparKit", "SparLRS", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ]
        ),
        .testTarget(
            name: "SparCommandLineTests",
            dependencies: ["SparCommandLine", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "ClassroomStoreConformanceTests",
            dependencies: ["SparClassroom", "SparClassroomPostgres", "SparKit"]
        ),
        .testTarget(name: "SparLRSTests", dependencies: ["SparLRS", "SparKit"]),
        .testTarget(name: "sparTests", dependencies: ["SparKit", "SparTerminal", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
