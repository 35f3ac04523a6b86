// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "voordeur",
    products: [
        .executable(name: "voordeur", targets: ["voordeur"]),
    ],
    dependencies: [
        // Command-line parsing with Dutch help texts; the only package dependency.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Turns the files in Assets/ into Swift string constants, so the binary carries its default card and coach
        // lexicon and still works when copied alone to another folder; the default card is parsed here, at build
        // time, with VoordeurFormats' CardParser, so start-up parses nothing.
        .executableTarget(name: "AssetEmbedder", dependencies: ["VoordeurFormats"], path: "Sources/AssetEmbedder"),
        // The file formats the program and the build plugin share: key = value files, the card, the sanitiser.
        .target(name: "VoordeurFormats", path: "Sources/VoordeurFormats"),
        .plugin(name: "EmbedAssets", capability: .buildTool(), dependencies: ["AssetEmbedder"], path: "Plugins/EmbedAssets"),

        // Domain: the signalenkaart, visits, storage, the wording coach, the handover note. No terminal code.
        .target(name: "VoordeurKit", dependencies: ["VoordeurFormats", "CHunspell", "CSodium"], path: "Sources/VoordeurKit",
                plugins: ["EmbedAssets"]),

        // Hunspell, as a system library (Debian: libhunspell-dev to build, hunspell-nl for the Dutch dictionary).
        // `bash Packaging/setup.sh` installs both; the providers make `swift build` name the package when it is missing.
        .systemLibrary(name: "CHunspell", path: "Sources/CHunspell", pkgConfig: "hunspell",
                       providers: [.apt(["libhunspell-dev", "hunspell-nl"])]),

        // libsodium, as a system library (Debian: libsodium-dev to build, libsodium23 at run time): the PIN's Argon2id
        // and the XChaCha20-Poly1305 seal on every file in the data folder.
        .systemLibrary(name: "CSodium", path: "Sources/CSodium", pkgConfig: "libsodium",
                       providers: [.apt(["libsodium-dev"])]),

        // ncursesw, as a system library (Debian: libncursesw5-dev).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncursesw5-dev"])]),

        // prctl(2), which Swift cannot call directly (it is variadic): part of glibc, nothing to link.
        .systemLibrary(name: "CPrctl", path: "Sources/CPrctl"),

        // Pure app: state, messages, update, render into a cell grid. No terminal code either.
        .target(name: "VoordeurApp", dependencies: ["VoordeurKit"], path: "Sources/VoordeurApp"),

        // The one thin ncurses driver.
        .target(name: "VoordeurTerminal", dependencies: ["VoordeurApp", "VoordeurKit", "CNcursesw"],
                path: "Sources/VoordeurTerminal"),

        .executableTarget(
            name: "voordeur",
            dependencies: [
                "VoordeurKit", "VoordeurApp", "VoordeurTerminal", "CPrctl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/voordeur"),

        // Benchmarks: `swift run -c release voordeur-bench`.
        .executableTarget(name: "voordeur-bench", dependencies: ["VoordeurKit", "VoordeurApp", "CSodium"],
                          path: "Sources/voordeur-bench"),

        .testTarget(name: "VoordeurKitTests", dependencies: ["VoordeurKit"], path: "Tests/VoordeurKitTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "VoordeurAppTests", dependencies: ["VoordeurApp", "VoordeurKit"],
                    path: "Tests/VoordeurAppTests", resources: [.copy("Golden")]),
        .testTarget(name: "VoordeurTerminalTests", dependencies: ["VoordeurTerminal", "VoordeurApp", "VoordeurKit", "CNcursesw"],
                    path: "Tests/VoordeurTerminalTests"),
        .testTarget(name: "EndToEndTests", dependencies: ["voordeur"], path: "Tests/EndToEndTests"),
    ],
    swiftLanguageModes: [.v5]
)
