// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode is the package default; these upcoming
/// features keep existentials explicit and imports honest. Release builds on Linux put each
/// function in its own section (so the linker can drop unused ones and place the start-up path
/// together) and optimise our own modules for size.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .unsafeFlags(["-Xfrontend", "-function-sections", "-Osize"], .when(platforms: [.linux], configuration: .release)),
]

/// How release binaries are linked on Linux: lld with packed relative relocations (DT_RELR, so the
/// binary needs glibc 2.36+), no exported dynamic symbol table, identical functions folded into
/// one, libstdc++ linked statically (`link/static-libstdc++`), no unwind tables, and the functions
/// the daemon runs from start to idle placed side by side (`bench/startup-order`) next to the
/// functions that have no symbol (`link/release.ld`), so an idle daemon maps few pages of its code.
let releaseLink: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-use-ld=lld", "-Xlinker", "--no-export-dynamic", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
            "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/bench/startup-order/openfang.order",
            "-Xlinker", "--no-warn-symbol-ordering",
            "-Xlinker", "--icf=all", "-Xlinker", "-T", "-Xlinker", "\(Context.packageDirectory)/link/release.ld",
            "-L", "\(Context.packageDirectory)/link/static-libstdc++",
        ], .when(platforms: [.linux], configuration: .release))
]

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")
let sqliteNIO: Target.Dependency = .product(name: "SQLiteNIO", package: "sqlite-nio")
let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")
let asyncHTTPClient: Target.Dependency = .product(name: "AsyncHTTPClient", package: "async-http-client")
let hummingbird: Target.Dependency = .product(name: "Hummingbird", package: "hummingbird")
let serviceLifecycle: Target.Dependency = .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let httpTypes: Target.Dependency = .product(name: "HTTPTypes", package: "swift-http-types")
let websocket: Target.Dependency = .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket")
let nio: [Target.Dependency] = [
    .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
    .product(name: "NIOHTTP1", package: "swift-nio"),
]

/// A library target with its test target; tests also see `OpenFangTesting`.
func module(
    _ name: String, dependencies: [Target.Dependency] = [], testDependencies: [Target.Dependency] = [],
    testExclude: [String] = []
) -> [Target] {
    [
        .target(name: name, dependencies: dependencies, swiftSettings: swiftSettings),
        .testTarget(
            name: "\(name)Tests",
            dependencies: [.target(name: name), "OpenFangTesting"] + testDependencies,
            exclude: testExclude,
            swiftSettings: swiftSettings
        ),
    ]
}

let package = Package(
    name: "OpenFang",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "openfang", targets: ["openfang"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.6.2"),
    ],
    targets: module("OpenFangTypes", testDependencies: [crypto], testExclude: ["Fixtures"])
        + module("OpenFangMemory", dependencies: ["OpenFangTypes", sqliteNIO], testDependencies: ["openfang-memory-probe"])
        + module("OpenFangRuntime", dependencies: ["OpenFangTypes", "OpenFangMemory", asyncHTTPClient] + nio)
        + module("OpenFangWire", dependencies: ["OpenFangTypes"])
        + module("OpenFangExtensions", dependencies: ["OpenFangTypes"])
        + module("OpenFangSkills", dependencies: ["OpenFangTypes"])
        + module("OpenFangHands", dependencies: ["OpenFangTypes"])
        + module("OpenFangChannels", dependencies: ["OpenFangTypes"])
        + module(
            "OpenFangKernel",
            dependencies: [
                "OpenFangTypes", "OpenFangMemory", "OpenFangRuntime", "OpenFangWire", "OpenFangExtensions",
                "OpenFangSkills", "OpenFangHands", "OpenFangChannels", serviceLifecycle,
            ]
        )
        + module(
            "OpenFangAPI",
            dependencies: [
                "OpenFangKernel", "OpenFangRuntime", "OpenFangTypes", hummingbird, websocket, logging, httpTypes, serviceLifecycle,
                .product(name: "NIOWebSocket", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "HummingbirdCore", package: "hummingbird"),
            ],
            testDependencies: [
                .product(name: "HummingbirdTesting", package: "hummingbird"), "OpenFangMemory", httpTypes, asyncHTTPClient,
                .product(name: "WSClient", package: "swift-websocket"),
            ])
        + module("OpenFangMigrate", dependencies: ["OpenFangTypes"])
        + module(
            "OpenFangCLI",
            dependencies: [
                "OpenFangKernel", "OpenFangMemory", "OpenFangRuntime", "OpenFangAPI", "OpenFangMigrate", argumentParser, serviceLifecycle, logging,
                asyncHTTPClient, .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ] + nio,
            testDependencies: ["openfang", "OpenFangMemory", "OpenFangRuntime"]
        )
        + [
            .executableTarget(name: "openfang", dependencies: ["OpenFangCLI"], swiftSettings: swiftSettings, linkerSettings: releaseLink),
            .target(
                name: "OpenFangTesting", dependencies: ["OpenFangTypes", "OpenFangMemory", "OpenFangRuntime"] + nio,
                swiftSettings: swiftSettings),
            // Benchmarks (not run by the tests): swift run -c release --scratch-path .build-bench MemoryBenchmark
            .executableTarget(
                name: "MemoryBenchmark", dependencies: ["OpenFangMemory", "OpenFangTypes", sqliteNIO], path: "bench/memory",
                swiftSettings: swiftSettings),
            // swift run -c release --scratch-path .build-bench TurnBenchmark
            .executableTarget(
                name: "TurnBenchmark",
                dependencies: ["OpenFangRuntime", "OpenFangMemory", "OpenFangTypes", "OpenFangTesting", asyncHTTPClient] + nio, path: "bench/turn",
                swiftSettings: swiftSettings),
            // bash scripts/release --bench, then .build-bench/release/APIBenchmark OPENFANG HELLO (see BENCHMARKS.md)
            .executableTarget(
                name: "APIBenchmark", dependencies: ["OpenFangTesting", asyncHTTPClient] + nio, path: "bench/api", swiftSettings: swiftSettings),
            .executableTarget(
                name: "APIHelloServer", dependencies: [hummingbird], path: "bench/api-hello", swiftSettings: swiftSettings, linkerSettings: releaseLink),
            // Test-only helper process: writes to a store in a loop so tests can kill -9 it (not shipped).
            .executableTarget(
                name: "openfang-memory-probe", dependencies: ["OpenFangMemory", "OpenFangTypes"], path: "Tests/Probes/MemoryProbe",
                swiftSettings: swiftSettings),
        ],
    swiftLanguageModes: [.v6]
)
