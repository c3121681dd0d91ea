// swift-tools-version:6.1
import PackageDescription

/// Settings every target shares: Swift 6 language mode is the package default; these upcoming
/// features keep existentials explicit and imports honest.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: module("OpenFangTypes", testExclude: ["Fixtures"])
        + module("OpenFangMemory", dependencies: ["OpenFangTypes"])
        + module("OpenFangRuntime", dependencies: ["OpenFangTypes", "OpenFangMemory"])
        + module("OpenFangWire", dependencies: ["OpenFangTypes"])
        + module("OpenFangExtensions", dependencies: ["OpenFangTypes"])
        + module("OpenFangSkills", dependencies: ["OpenFangTypes"])
        + module("OpenFangHands", dependencies: ["OpenFangTypes"])
        + module("OpenFangChannels", dependencies: ["OpenFangTypes"])
        + module(
            "OpenFangKernel",
            dependencies: [
                "OpenFangTypes", "OpenFangMemory", "OpenFangRuntime", "OpenFangWire", "OpenFangExtensions",
                "OpenFangSkills", "OpenFangHands", "OpenFangChannels",
            ]
        )
        + module("OpenFangAPI", dependencies: ["OpenFangKernel"])
        + module("OpenFangMigrate", dependencies: ["OpenFangTypes"])
        + module(
            "OpenFangCLI",
            dependencies: ["OpenFangKernel", "OpenFangAPI", "OpenFangMigrate", argumentParser],
            testDependencies: ["openfang"]
        )
        + [
            .executableTarget(name: "openfang", dependencies: ["OpenFangCLI"], swiftSettings: swiftSettings),
            .target(name: "OpenFangTesting", dependencies: ["OpenFangTypes"], swiftSettings: swiftSettings),
        ],
    swiftLanguageModes: [.v6]
)
