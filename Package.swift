// swift-tools-version:6.0
import PackageDescription

// The targets follow the pipeline, in the order it runs:
// load → parse → link → analyze → render → write. Each stage is its own
// module and hands the next one a single narrow type; DossierPipeline runs
// them. Beside the stages: DossierReport writes `check`'s report formats,
// DossierScaffold writes what `init` and `new` create, and DossierCommands
// is the command line over both. Each target lists exactly the modules its
// sources import.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierPipeline", targets: ["DossierPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // glibc's malloc settings, which its Swift module leaves out.
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .target(name: "DossierModel"),
        // Renders Mustache templates; knows nothing of the dossier.
        .target(name: "DossierMustache"),
        // Reads CycloneDX and SPDX SBOMs; knows nothing of the dossier.
        .target(name: "DossierSBOM"),
        // Reads Threat Modeling Tool and Threat Dragon models; knows nothing of the dossier.
        .target(name: "DossierThreatModel"),
        .target(
            name: "DossierLoad",
            dependencies: [
                "DossierModel",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "DossierParse",
            dependencies: ["DossierModel", "DossierLoad", "DossierSBOM", "DossierThreatModel", "CCmark", "Yams"]
        ),
        .target(name: "DossierLink", dependencies: ["DossierModel", "DossierParse", "DossierSBOM", "DossierThreatModel"]),
        // Beside load: the baseline of change control, the content folder as
        // it was at a git revision or in an earlier copy.
        .target(
            name: "DossierBaseline",
            dependencies: [
                "DossierModel", "DossierLoad",
                .product(name: "Subprocess", package: "swift-subprocess"),
            ]
        ),
        // Beside link: what changed between the baseline's graph and this one.
        .target(name: "DossierChange", dependencies: ["DossierModel", "DossierLink"]),
        .target(name: "DossierAnalyze", dependencies: ["DossierModel", "DossierLink", "DossierChange", "DossierSBOM"]),
        .target(
            name: "DossierRender",
            dependencies: [
                "DossierModel", "DossierParse", "DossierLink", "DossierChange", "DossierSBOM", "DossierThreatModel",
                "CCmark", "DossierMustache",
            ]
        ),
        .target(name: "DossierWrite", dependencies: ["DossierModel"]),
        .target(
            name: "DossierPipeline",
            dependencies: [
                "DossierModel", "DossierLoad", "DossierParse", "DossierLink",
                "DossierAnalyze", "DossierChange", "DossierBaseline", "DossierRender", "DossierWrite", "DossierSBOM",
            ]
        ),
        .target(name: "DossierReport", dependencies: ["DossierModel", "DossierAnalyze", "DossierChange"]),
        .target(name: "DossierScaffold", dependencies: ["DossierModel", "DossierLoad", "DossierParse"]),
        .target(
            name: "DossierServe",
            dependencies: [
                "DossierPipeline", "DossierModel", "DossierLoad", "DossierParse", "DossierLink",
                "DossierAnalyze", "DossierRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "DossierCommands",
            dependencies: [
                "DossierPipeline", "DossierReport", "DossierScaffold", "DossierAnalyze", "DossierServe",
                "DossierModel", "DossierLoad", "DossierRender", "DossierWrite", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "dossier", dependencies: ["DossierCommands"]),

        // Fuzzing: `make fuzz` builds DossierFuzz with libFuzzer.
        .target(
            name: "DossierFuzzHarness",
            dependencies: ["DossierPipeline", "DossierLoad", "DossierModel", "DossierRender"]
        ),
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "DossierFuzz", dependencies: ["DossierFuzzHarness", "CFuzzDriver"]),

        .target(
            name: "DossierTestSupport",
            dependencies: ["DossierPipeline", "DossierLoad", "DossierModel"],
            path: "Tests/DossierTestSupport",
            exclude: ["SBOM"]
        ),
        // Test targets that run the executable list "dossier" so that it is built
        // before them; they do not import it.
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel", "DossierTestSupport"]),
        .testTarget(name: "DossierMustacheTests", dependencies: ["DossierMustache"], exclude: ["Specification"]),
        .testTarget(
            name: "DossierLoadTests",
            dependencies: ["DossierLoad", "DossierModel", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierSBOMTests",
            dependencies: ["DossierSBOM", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierThreatModelTests",
            dependencies: ["DossierThreatModel", "DossierTestSupport"],
            exclude: ["Models", "Oracle"]
        ),
        .testTarget(
            name: "DossierParseTests",
            dependencies: ["DossierParse", "DossierLoad", "DossierModel", "CCmark", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierLinkTests",
            dependencies: ["DossierModel", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierAnalyzeTests",
            dependencies: ["DossierPipeline", "DossierAnalyze", "DossierModel", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierPipelineTests",
            dependencies: ["DossierPipeline", "DossierLoad", "DossierModel", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierRenderTests",
            dependencies: ["DossierPipeline", "DossierRender", "DossierModel", "DossierChange",
                           "DossierThreatModel", "DossierMustache", "DossierTestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "DossierWriteTests",
            dependencies: ["dossier", "DossierWrite", "DossierPipeline", "DossierModel", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierCommandsTests",
            dependencies: ["dossier", "DossierCommands", "CMalloc", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierHardeningTests",
            dependencies: ["dossier", "DossierWrite", "DossierPipeline", "DossierLoad", "DossierModel",
                           "DossierFuzzHarness", "DossierTestSupport",
                           .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["FuzzRegressions"]
        ),
        .testTarget(
            name: "DossierChangeTests",
            dependencies: ["dossier", "DossierChange", "DossierPipeline", "DossierModel", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierWorkflowTests",
            dependencies: ["dossier", "DossierReport", "DossierScaffold", "DossierModel", "DossierPipeline",
                           "DossierServe", "DossierTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)
