import Foundation

/// The word lists of the personal-data check, read from data (`Assets/persoonsgegevens.woorden`).
public struct PrivacyLexicon: Sendable {
    public static let defaultFileName = "persoonsgegevens.woorden"

    var streetSuffixes: [String] = []
    var streetSuffixSet: Set<String> = []
    var streetSuffixLengths: [Int] = []
    var shortestStreetSuffix = 0
    var streetStarts: Set<String> = []
    /// Endings of street names without a street word (Hoogeind, Kalverbos): an address only where one is expected.
    var placeNameEndings: [String] = []
    /// Abbreviated street words (str, ln): also street words, and may be followed by a dot.
    var streetAbbreviations: [String] = []
    var notStreets: Set<String> = []
    var particles: Set<String> = []
    var titles: Set<String> = []
    var twoWordTitles: [(String, String)] = []
    var speechVerbs: Set<String> = []
    var commonWords: Set<String> = []
    var firstNames: Set<String> = []
    var relatives: Set<String> = []
    /// Professions and functions, also as the last part of a word (wijkconsulent, huismeester), by length.
    var professions: Set<String> = []
    var professionLengths: Set<Int> = []
    var verbs: Set<String> = []
    var ambiguousNames: Set<String> = []
    var units: Set<String> = []
    /// Companies named after a person ("albert heijn"), and legal forms after a company's name (bv, vof).
    var companies: Set<String> = []
    var legalForms: Set<String> = []
    var notPostcodeLetters: Set<String> = []
    var referenceWords: Set<String> = []
    var birthCues: Set<String> = []
    var eventCues: Set<String> = []
    /// Words after which a name is expected: an account holder ("rekeninghouder", "t.n.v."), one to ask for ("vraag naar").
    var nameCues: [[String]] = []
    /// Words of place that Dutch surnames after "van de" are made of ("vd berg", "v.d. meer"): a surname after an
    /// abbreviated particle even though the dictionary knows them.
    var particleSurnames: Set<String> = []

    public static let shared: PrivacyLexicon = {
        guard let text = EmbeddedAssets.files[defaultFileName] else { preconditionFailure("privacy word lists not embedded") }
        do { return try parse(text, source: "ingebouwde lijst persoonsgegevens") } catch {
            preconditionFailure("the embedded privacy word lists are broken: \(error)")
        }
    }()

    public static func parse(_ text: String, source: String) throws -> PrivacyLexicon {
        let doc = try KeyValueDocument(parsing: text, source: source, allowBareLines: true)
        var lexicon = PrivacyLexicon()
        func words(_ name: String) throws -> [String] {
            guard let section = doc.sections(name).first else {
                throw FileProblem(file: source, line: nil, message: "kop [\(name)] ontbreekt")
            }
            return section.bareLines.flatMap { $0.value.split(separator: " ").map { $0.lowercased() } }
        }
        lexicon.streetAbbreviations = try words("straatafkortingen")
        // Longest suffix first, so "gracht" wins over "acht"-like shorter ones.
        lexicon.streetSuffixes = (try words("straatwoorden") + lexicon.streetAbbreviations).sorted { $0.count > $1.count }
        lexicon.streetSuffixSet = Set(lexicon.streetSuffixes)
        lexicon.streetSuffixLengths = Array(Set(lexicon.streetSuffixes.map(\.utf8.count))).sorted()
        lexicon.shortestStreetSuffix = lexicon.streetSuffixLengths.first ?? 0
        lexicon.streetStarts = Set(try words("straatbegin"))
        lexicon.placeNameEndings = try words("plaatsnaamdelen")
        lexicon.notStreets = Set(try words("geen-straat"))
        lexicon.nameCues = try words("naam-volgt").map { $0.split(separator: "_").map(String.init) }
        lexicon.particleSurnames = Set(try words("tussenvoegsel-achternamen"))
        lexicon.particles = Set(try words("tussenvoegsels"))
        for title in try words("titels") {
            let parts = title.split(separator: "_").map(String.init)
            if parts.count == 2 { lexicon.twoWordTitles.append((parts[0], parts[1])) } else { lexicon.titles.insert(title) }
        }
        lexicon.speechVerbs = Set(try words("spreekwerkwoorden"))
        lexicon.commonWords = Set(try words("gewone-woorden"))
        lexicon.firstNames = Set(try words("voornamen"))
        lexicon.relatives = Set(try words("verwanten"))
        lexicon.professions = Set(try words("beroepen"))
        lexicon.professionLengths = Set(lexicon.professions.map(\.utf8.count))
        lexicon.verbs = Set(try words("werkwoorden"))
        lexicon.ambiguousNames = Set(try words("voornaam-en-woord"))
        lexicon.units = Set(try words("eenheden"))
        lexicon.companies = Set(try words("bedrijven").map { $0.replacingOccurrences(of: "_", with: " ") })
        lexicon.legalForms = Set(try words("rechtsvormen"))
        lexicon.notPostcodeLetters = Set(try words("geen-postcode"))
        lexicon.referenceWords = Set(try words("geen-bsn"))
        lexicon.birthCues = Set(try words("geboorte"))
        lexicon.eventCues = Set(try words("gebeurtenis"))
        return lexicon
    }

    /// Whether `word` names a profession or ends in one: "beheerder", "wijkconsulent", "jongerenwerker".
    func isProfession(_ word: String) -> Bool {
        let bytes = word.utf8
        return professionLengths.contains { bytes.count >= $0 && professions.contains(String(decoding: bytes.suffix($0), as: UTF8.self)) }
    }
}
