import Foundation
import PackagePlugin

/// Embeds every file in the package's `Assets/` folder as a Swift string constant (see AssetEmbedder).
@main
struct EmbedAssets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let assets = context.package.directoryURL.appendingPathComponent("Assets")
        let names = try FileManager.default.contentsOfDirectory(atPath: assets.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = names.map { assets.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedAssets.swift")
        return [
            .buildCommand(
                displayName: "Embedding Assets/ into \(target.name)",
                executable: try context.tool(named: "AssetEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
