import Foundation
import VoordeurKit

/// `--taal nl|en`, else `taal` under [voordeur] in the configuration, else the locale, else Dutch: chosen before
/// anything is parsed or printed, because argument-parser reads its help texts once. `--taal` is taken out of the
/// arguments here, so every command accepts it in any place; the top-level help lists it.
enum ScreenLanguage {
    static func setUp(_ arguments: [String]) -> Result<[String], CLIFailure> {
        var rest: [String] = []
        var option: String?
        var configPath: String?
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" {
                rest += arguments[index...]
                break
            }
            if word == "--taal", index + 1 < arguments.count {
                option = arguments[index + 1]
                index += 2
                continue
            }
            if word.hasPrefix("--taal=") {
                option = String(word.dropFirst("--taal=".count))
                index += 1
                continue
            }
            if word == "--config", index + 1 < arguments.count { configPath = arguments[index + 1] }
            if word.hasPrefix("--config=") { configPath = String(word.dropFirst("--config=".count)) }
            rest.append(word)
            index += 1
        }
        if let option, Language(rawValue: option.lowercased()) == nil {
            return .failure(CLIFailure(message: Strings.shared["cli.badlanguage", ["waarde": TextSanitizer.singleLine(option)]]))
        }
        // A configuration that cannot be read says so later, in the language chosen without it.
        let configured = option == nil ? (try? Config.load(explicit: configPath))?.language : nil
        Strings.chooseForScreen(Language.choose(option: option, configured: configured?.rawValue,
                                                environment: ProcessEnvironment.current))
        return .success(rest)
    }
}
