import XCTest
@testable import VoordeurKit

/// The coach's grammar (issue 9), one test per class, with sentences of our own.
final class CoachGrammarTests: XCTestCase {
    static let coach = Coach()
    /// The same coach without any dictionary: everything but typo matching must work the same.
    static let noDictionary = Coach(speller: Speller(affix: "/nonexistent/nl.aff", dictionary: "/nonexistent/nl.dic"))
    static let lexicon = CoachLexicon.defaultLexicon()

    func found(_ text: String, _ coach: Coach = coach) -> [String] {
        coach.analyse(text).findings.map { "\($0.category.name):\($0.match)" }
    }

    func assertFlags(_ text: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
        for coach in [Self.coach, Self.noDictionary] {
            let got = found(text, coach)
            for item in expected {
                XCTAssertTrue(got.contains(item), "\(text): expected \(item), got \(got)", file: file, line: line)
            }
        }
    }

    /// `text` gets no opmerking, and a tip on `match`.
    func assertTip(_ text: String, _ match: String, file: StaticString = #filePath, line: UInt = #line) {
        let report = Self.coach.analyse(text)
        XCTAssertEqual(report.findings.map { "\($0.category.name):\($0.match)" }, [], text, file: file, line: line)
        XCTAssertEqual(report.tips.map(\.match), [match], text, file: file, line: line)
        XCTAssertEqual(report.tips.map(\.level), [.tip], text, file: file, line: line)
    }

    func assertClean(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(found(text), [], text, file: file, line: line)
        XCTAssertEqual(found(text, Self.noDictionary), [], text, file: file, line: line)
    }

    var dictionary: Bool { Speller.shared.dictionaryInstalled }

    func testDoneWhen() throws {
        let report = Self.coach.analyse("hij is echt een zuiplap en t huis is smerrig")
        let zuiplap = try XCTUnwrap(report.findings.first { $0.match == "zuiplap" })
        XCTAssertEqual([zuiplap.category.name, "\(zuiplap.start)", "\(zuiplap.end)"], ["oordeel", "16", "23"])
        assertClean("Het is 21 graden binnen en de koelkast is leeg.")
        guard dictionary else { throw XCTSkip("Dutch dictionary (hunspell-nl) not installed") }
        let smerrig = try XCTUnwrap(report.findings.first { $0.match == "smerrig" })
        XCTAssertEqual([smerrig.category.name, "\(smerrig.start)", "\(smerrig.end)"], ["oordeel", "37", "44"])
    }

    func testWordClassesAreDataAndHoldTheirWords() {
        let expected: [String: [String]] = [
            "persoon": ["huurder", "mevrouw", "buurman", "zoon", "kinderen"],
            "woning": ["huis", "keuken", "portiekwoning"],
            "spreken": ["zei", "zegt", "vertelde", "beweert"],
            "geweld": ["ingegooid", "ingetrapt", "kapotgemaakt", "vernield"],
            "twist": ["ruzie", "scheldpartij", "klap"],
            "etiket": ["zuiplap", "kot", "drugspand", "kutzooi", "klotehuis"],
            "waarneming": ["stond", "lagen", "zag", "12"],
            "telwoord": ["3", "drie"],
            "keer": ["keer", "maal"],
        ]
        for (name, words) in expected {
            let wordClass = Self.lexicon.wordClass(name)
            for word in words { XCTAssertTrue(wordClass.matches(word), "<\(name)> should hold \(word)") }
        }
        XCTAssertFalse(Self.lexicon.wordClass("spreken").matches("gezegd"), "a participle is the worker's report")
        XCTAssertFalse(Self.lexicon.wordClass("etiket").matches("vuilniszak"))
        XCTAssertEqual(Self.lexicon.normalisation["t"], ["het"])
        XCTAssertEqual(Self.lexicon.normalisation["as"], ["als"])
        XCTAssertEqual(Self.lexicon.normalisation["ff"], ["even"])
        XCTAssertEqual(Self.lexicon.normalisation["denkik"], ["denk", "ik"])
        XCTAssertEqual(Set(Self.lexicon.senses.map(\.name)), ["geur", "geluid", "gedrag"])
    }

    func testAClassCanBeExtendedAndAnUnknownClassIsReported() throws {
        var lexicon = CoachLexicon.defaultLexicon()
        try lexicon.extend(with: "[klasse etiket]\nprobleemgeval\n", source: "extra.woorden")
        XCTAssertEqual(Coach(lexicon: lexicon).analyse("Hij is een probleemgeval.").findings.map(\.category), [.oordeel])
        var broken = CoachLexicon.defaultLexicon()
        try broken.extend(with: "[categorie vaag]\n<bestaatniet> woord\n", source: "extra.woorden")
        XCTAssertThrowsError(try broken.validate(source: "extra.woorden")) { XCTAssertTrue("\($0)".contains("<bestaatniet>"), "\($0)") }
        var bad = CoachLexicon.defaultLexicon()
        XCTAssertThrowsError(try bad.extend(with: "[normalisatie]\nzonder gelijkteken\n", source: "extra.woorden"))
    }

    func testCopulaAndComparisonFrames() {
        assertFlags("Het huis is net een drugspand.", ["oordeel:is net een drugspand"])
        assertFlags("Meneer leeft als een kluizenaar.", ["oordeel:leeft als"])
        assertFlags("De flat lijkt wel een stal.", ["oordeel:lijkt wel een"])
        assertFlags("Die jongen is een echte klootzak.", ["oordeel:klootzak"])
        assertFlags("Het is daar een kot.", ["oordeel:kot"])
        assertFlags("Het huis is een varkenshok.", ["oordeel:huis is een varkenshok"])
        assertClean("Er is wel een rookmelder, maar die doet het niet.")
        assertClean("Het is precies een meter breed.")
        assertClean("De fietsenstal is open.")
        // Measurable and sensory predicates are observations.
        assertClean("De badkamer is koud en nat.")
        assertClean("De deur is open, de kamer is leeg.")
        assertClean("Het gat is zo groot als een vuist.")
        assertClean("De kraan is net een week oud.")
    }

    func testMultiWordExpressions() {
        assertFlags("Mevrouw is de weg kwijt.", ["diagnose:de weg kwijt"])
        assertFlags("Ze was ten einde raad.", ["emotie:ten einde raad"])
        assertFlags("Daar wonen is geen pretje.", ["oordeel:geen pretje"])
        assertFlags("Zij heeft thuis niks te zeggen.", ["conclusie:heeft thuis niks te zeggen"])
        assertFlags("Hij ging door het lint.", ["emotie:door het lint"])
        assertFlags("De kinderen lopen er maar wat bij.", ["oordeel:lopen er maar wat bij"])
    }

    func testCausesAndPassivesWithoutAWitnessedActor() {
        assertFlags("De ruit in de achterdeur is ingegooid.", ["conclusie:ingegooid"])
        assertFlags("Het toilet is kapotgemaakt door zijn zoon.", ["conclusie:kapotgemaakt door zijn zoon"])
        assertFlags("De deuk in de deur is ontstaan na een ruzie.", ["conclusie:na een ruzie"])
        assertFlags("De plek komt van een klap.", ["conclusie:komt van een klap"])
        assertClean("Ik zag hoe de jongen de bal tegen de ruit gooide.")
        assertClean("Het slot van de badkamerdeur is aan de binnenkant losgetrokken.")
        assertClean("Ik heb de oude tegels stukgeslagen en afgevoerd.")
        assertClean("Ik zette de ladder bij de trap.")
    }

    func testRecordsPhrasesSwitchOffOnlyTheRecordsPart() {
        assertClean("Volgens de administratie is de huur betaald.")
        assertClean("Volgens het huurdersdossier woont mevrouw hier sinds 2019.")
        assertClean("Het was 23 graden volgens de thermostaat.")
        // What the record says is the record's, named as its source, for the consulent to weigh.
        assertClean("Volgens de planning: raam vernield door de zoon.")
        assertClean("binnendeur badkamer vervangen, volgens werkbon ingetrapt.")
        // Without the record the same words are the worker's conclusion.
        assertFlags("Raam vernield door de zoon.", ["conclusie:vernield door de zoon"])
        assertFlags("Volgens de buurman drinkt hij.", ["horen-zeggen:Volgens"])
    }

    func testEpistemicModalsButNotModalsAboutThePlan() {
        assertFlags("Hij moet haar wel geslagen hebben.", ["speculatie:moet haar wel geslagen hebben"])
        assertFlags("Het kan haast niet anders.", ["speculatie:kan haast niet anders"])
        assertFlags("Ik kreeg de indruk dat ze niet alleen naar buiten mag.", ["speculatie:kreeg de indruk"])
        XCTAssertEqual(found("ik heb de indruk dat ze weg wil"), ["speculatie:heb de indruk"], "one remark, not two")
        assertFlags("hij moet haar geslagen hebben", ["conclusie:geslagen hebben"])
        assertFlags("het zal wel door de drank komen", ["speculatie:zal wel", "conclusie:door de drank"])
        assertClean("Ik heb de spijkers er weer in geslagen.")
        assertClean("Ik vroeg of een afspraak kan op dinsdag.")
        assertClean("De kraan moet vervangen worden.")
    }

    func testIndirectSpeechOfOthersButNotLiteralQuotes() {
        assertFlags("De overbuurman zei dat ze vaak ruzie hebben.", ["horen-zeggen:overbuurman zei dat"])
        // What the person he talks to says to him is first-hand (issue 19): a tip to quote it, no remark.
        assertTip("Mevrouw zegt dat ze alleen woont.", "Mevrouw zegt dat")
        assertFlags("Van de buren begreep ik dat hij drinkt.", ["horen-zeggen:Van de buren begreep ik"])
        assertTip("mevrouw had een dikke lip en zei dat ze gevallen was", "mevrouw had een dikke lip en zei dat")
        assertClean("De buurvrouw zei: \"Ik hoor hem elke nacht schreeuwen.\"")
        assertClean("Ik heb mevrouw verteld dat ik volgende week terugkom.")
        assertClean("Mevrouw zei dat ze morgen de hele dag thuis is voor de monteur.")
        assertClean("Mevrouw vertelde dat de lekkage al twee weken bezig is.")
        assertClean("Ze vroeg me om niet tegen haar man te zeggen dat ze had gebeld.")
    }

    func testFrequencyInClaimsVersusCountedFacts() {
        assertFlags("Hij slaat haar iedere nacht.", ["generalisatie:iedere nacht"])
        assertFlags("Ze is altijd alleen thuis.", ["generalisatie:altijd"])
        assertClean("Vanochtend hoorde ik 3 keer een harde klap.")
        assertClean("Ze keek steeds naar de deur, 4 keer in tien minuten.")
        assertClean("Ik kom iedere dag langs tot de lekkage over is.")
    }

    func testSmsDialectAndMissingSpaces() {
        assertFlags("t stonk as de hel in de gang", ["vaag:as de hel"])
        assertFlags("denkik dat ze bang is", ["speculatie:denkik"])
        assertFlags("ikdenk dat het klopt", ["speculatie:ikdenk"])
        assertFlags("volgensmij woont er nog iemand", ["speculatie:volgensmij"])
        assertFlags("ws door de kat", ["speculatie:ws"])
        assertFlags("meneer is nie normaal", ["oordeel:nie normaal"])
        assertFlags("wat een kutzooi", ["oordeel:kutzooi"])
        assertFlags("het huis is helemaal vervuilt", ["oordeel:vervuilt"])
        assertFlags("het stinkt er een uur in de wind", ["vaag:een uur in de wind"])
        assertFlags("meneer was laveloos, hij kon nauwelijks op zn benen staan", ["diagnose:laveloos"])
        assertClean("ff de kraan dichtgedraaid, t lekt niet meer")
    }

    func testTyposThroughTheDictionary() throws {
        // Without a dictionary a typo stays unknown, and nothing else changes.
        XCTAssertEqual(found("meneer was aggresief", Self.noDictionary), [])
        guard dictionary else { throw XCTSkip("Dutch dictionary (hunspell-nl) not installed") }
        XCTAssertEqual(found("meneer was aggresief"), ["oordeel:aggresief"])
        XCTAssertEqual(found("de keuken was smerrig"), ["oordeel:smerrig"])
        XCTAssertEqual(found("mevrouw was zenuwachtug"), ["emotie:zenuwachtug"])
        XCTAssertEqual(found("waarschijnluk gevallen"), ["speculatie:waarschijnluk"])
        XCTAssertEqual(found("Ik zag een gele kattenbak bij de Jansens."), [], "an unknown name is no typo of a listed word")
    }

    func testAutomaticSpellingWaitsOnlyWithoutATerminal() {
        XCTAssertEqual(CoachSpelling.automatic.resolved, isatty(0) != 0 ? .whenReady : .waitForDictionary)
        XCTAssertEqual(CoachSpelling.off.resolved, .off)
        XCTAssertEqual(CoachSpelling.whenReady.resolved, .whenReady)
    }

    func testTheEditorModeNeverWaits() throws {
        guard dictionary else { throw XCTSkip("Dutch dictionary (hunspell-nl) not installed") }
        let speller = Speller(affix: Speller.shared.affixPath, dictionary: Speller.shared.dictionaryPath)
        let coach = Coach(speller: speller, spelling: .whenReady)
        let clock = ContinuousClock()
        var first: [String] = []
        let elapsed = clock.measure { first = found("meneer was erg smerrrig", coach) }
        XCTAssertLessThan(elapsed, .milliseconds(60), "the first analysis must not wait for the dictionary")
        XCTAssertEqual(first, ["vaag:erg"])
        let deadline = Date().addingTimeInterval(20)
        var later = first
        while Date() < deadline && later == first {
            Thread.sleep(forTimeInterval: 0.02)
            later = found("meneer was erg smerrrig", coach)
        }
        XCTAssertEqual(later, ["vaag:erg", "oordeel:smerrrig"])
        XCTAssertGreaterThan(speller.generation, 1)
    }

    func testQuestionsFollowTheSense() {
        let smell = Self.coach.analyse("t stonk enorm in de gang").findings[0]
        XCTAssertTrue(smell.question.hasPrefix("Wat rook je, waar, hoe sterk?"), smell.question)
        let behaviour = Self.coach.analyse("het kind was heel stil").findings[0]
        XCTAssertTrue(behaviour.question.hasPrefix("Wat deed of zei hij of zij?"), behaviour.question)
        let sound = Self.coach.analyse("Ik hoorde enorm veel lawaai.").findings[0]
        XCTAssertTrue(sound.question.hasPrefix("Wat hoorde je"), sound.question)
        let amount = Self.coach.analyse("Er lagen veel flessen.").findings[0]
        XCTAssertTrue(amount.question.contains("(aantal of maat)"), amount.question)
        for finding in [smell, behaviour, sound, amount] { XCTAssertTrue(finding.question.contains("___")) }
    }

    func testSofterRemarkWhenTheObservationFollows() {
        let text = "de keuken was smerig, er stonden 12 vuile borden op het aanrecht"
        let finding = Self.coach.analyse(text).findings[0]
        XCTAssertEqual(finding.match, "smerig")
        XCTAssertEqual(finding.explanation,
                       "Je beschrijft het al: \"er stonden 12 vuile borden op het aanrecht\". Laat het oordeel 'smerig' weg, dan blijft je waarneming over.")
        let bare = Self.coach.analyse("de keuken was smerig.").findings[0]
        XCTAssertTrue(bare.explanation.hasPrefix("'smerig' is een oordeel"), bare.explanation)
        assertClean("Ik zag vuile afwas in de gootsteen.")
        assertClean("De ketel heeft te veel druk: 3,1 bar.")
        assertClean("Het raam in de keuken is nog heel.")
        assertClean("De ruit is heel, alleen de kit is los.")
        assertClean("De voordeur sluit niet goed, het slot is versleten.")
    }
    // Classes added after developing on set B, with sentences of our own.

    func testSmsAbbreviationsForAGuess() {
        assertFlags("vgm woont er nog een man", ["speculatie:vgm"])
        assertFlags("hij drinkt mss wel", ["speculatie:mss"])
        assertFlags("wsl heeft ze geen geld", ["speculatie:wsl"])
        assertFlags("wrs is hij weer weg", ["speculatie:wrs"])
        assertFlags("msch is de vader weg", ["speculatie:msch"])
        assertFlags("dat is imo geen goede plek voor een kind", ["speculatie:imo"])
        assertFlags("denk 'k dat ze alleen is", ["speculatie:denk 'k"])
        assertFlags("denk dat hij haar bang maakt", ["speculatie:denk dat"])
        assertFlags("kgok dat het de zoon was", ["speculatie:kgok"])
        assertFlags("zalwel door de ruzie komen", ["speculatie:zalwel"])
        assertFlags("kweenie maar er klopt iets niet", ["speculatie:kweenie maar"])
        assertFlags("Het kan best zijn dat ze nog een kind heeft.", ["speculatie:kan best zijn dat"])
        assertFlags("Naar mijn idee is ze daar niet veilig.", ["speculatie:Naar mijn idee"])
        assertClean("ff de mss-kabel vervangen") // not a word of its own
        assertClean("Denk om de kinderen: het traphekje is vervangen.")
    }

    func testIdiomsAboutSomeonesState() {
        assertFlags("Mevrouw zat met de handen in het haar.", ["emotie:met de handen in het haar"])
        assertFlags("Sinds de scheiding zit hij diep in de put.", ["emotie:zit hij diep in de put"])
        assertFlags("Ze was op van de zenuwen toen ik kwam.", ["emotie:op van de zenuwen"])
        assertFlags("Meneer ziet het niet meer zitten.", ["emotie:ziet het niet meer zitten"])
        assertFlags("De vader is een beetje de kluts kwijt.", ["emotie:de kluts kwijt"])
        assertFlags("Mevrouw zat behoorlijk in de rats over de huur.", ["emotie:in de rats"])
        assertFlags("Ze heeft het niet makkelijk met drie kleine kinderen.", ["emotie:heeft het niet makkelijk"])
        assertFlags("Meneer zuipt, denk ik.", ["diagnose:zuipt"])
        assertFlags("Die buurman heeft volgens mij een schroefje los.", ["diagnose:schroefje los"])
        assertFlags("Oma is niet helemaal snik meer.", ["diagnose:niet helemaal snik"])
        assertFlags("De moeder zit er echt doorheen.", ["diagnose:moeder zit er echt doorheen"])
        assertFlags("Hij had al een stuk in zijn kraag.", ["diagnose:een stuk in zijn kraag"])
        assertFlags("Meneer is echt de draad kwijt.", ["diagnose:Meneer is echt de draad kwijt"])
        assertFlags("Ze loopt thuis op haar tenen.", ["emotie:loopt thuis op haar tenen"])
        assertFlags("Zij zit bij hem onder de plak.", ["conclusie:onder de plak"])
        assertFlags("Hij deelt thuis de lakens uit.", ["conclusie:deelt thuis de lakens uit"])
        assertFlags("Ze heeft niks in te brengen.", ["conclusie:heeft niks in te brengen"])
        assertFlags("Hij houdt haar aan een kort lijntje.", ["conclusie:aan een kort lijntje"])
        // The same words about a drain, a screw or the worker himself are no remark.
        assertClean("De sleutel van de meterkast viel in de put bij de voordeur.")
        assertClean("De verstopping zit in de put achter het huis.")
        assertClean("De boor zit er helemaal doorheen, de plug past.")
        assertClean("De schroef zit er nu doorheen en de plank zit vast.")
        assertClean("Ik zag het niet zitten om de ladder op de natte trap te zetten.")
    }

    func testViolenceParticiplesAndCompoundsAsCauses() {
        assertFlags("De kastdeur is kapotgeschopt.", ["conclusie:kapotgeschopt"])
        assertFlags("De deur van de berging is opengeramd.", ["conclusie:opengeramd"])
        assertFlags("Het schuurtje is opengebroken.", ["conclusie:opengebroken"])
        assertFlags("De tussendeur is ingebeukt en de kast is omvergegooid.", ["conclusie:ingebeukt", "conclusie:omvergegooid"])
        assertFlags("Er zit een schopdeuk in de koelkast.", ["conclusie:schopdeuk"])
        assertFlags("Ik zag knijpplekken op haar bovenarm.", ["conclusie:knijpplekken"])
        assertFlags("In de badkamerdeur zitten twee vuistgaten.", ["conclusie:vuistgaten"])
        assertFlags("Hij is gisteren afgetuigd.", ["conclusie:afgetuigd"])
        assertFlags("De achterdeur is uit de sponning getrapt.", ["conclusie:is uit de sponning getrapt"])
        XCTAssertTrue(Self.lexicon.wordClass("geweld").matches("stukgesmeten"))
        XCTAssertTrue(Self.lexicon.wordClass("geweldspoor").matches("bijtwond"))
        for word in ["vuist", "trapgat", "vuistregel", "gebroken", "doorgeslagen", "uitgeslagen", "opgeslagen"] {
            XCTAssertFalse(Self.lexicon.wordClass("geweld").matches(word) || Self.lexicon.wordClass("geweldspoor").matches(word), word)
        }
        assertClean("Het gat in de deur is zo groot als een vuist.")
        assertClean("Er zit een gebroken ruit in de achterdeur, 30 bij 40 cm.")
        assertClean("De badkamervloer is opengebroken voor de nieuwe afvoer.")
        assertClean("De stoep voor het hele blok is opengebroken voor de glasvezel.")
        assertClean("Ik heb de oude kast kapotgeslagen en afgevoerd.")
        assertClean("De muur in de gang is uitgeslagen door vocht.")
        assertClean("Ik zag blauwe plekken op de onderarm van het kind.")
    }

    func testACauseAfterAConjunction() {
        assertFlags("Ze slaapt bij haar zus sinds hij haar sloeg.", ["conclusie:sinds hij haar sloeg"])
        assertFlags("De deur zit op slot omdat de vader het kind opsloot.", ["conclusie:omdat de vader het kind opsloot"])
        assertFlags("Hij vertrok nadat ze was geslagen.", ["conclusie:nadat ze was geslagen"])
        assertFlags("Het kind huilt doordat hij het bedreigde.", ["conclusie:doordat hij het bedreigde"])
        assertClean("Ik belde 112 nadat ik twee harde klappen hoorde.")
        assertClean("De deur klemt omdat het hout is uitgezet.")
        assertClean("Ik kwam terug nadat de monteur de ketel had vervangen.")
        assertClean("Het kind lachte omdat het de bal tegen de muur trapte.")
    }

    func testSpellingByEar() throws {
        for (heard, listed) in [("onhygienies", "onhygienisch"), ("chaotiese", "chaotische"), ("vreseleik", "vreselijk"),
                                ("slordich", "slordig"), ("agresief", "agressief"), ("benouwd", "benauwd"),
                                ("gestoort", "gestoord"), ("sgizofreen", "schizofreen"), ("psigoties", "psychotisch")] {
            XCTAssertEqual(DutchText.earKey(heard), DutchText.earKey(listed), heard)
        }
        XCTAssertNotEqual(DutchText.earKey("vuil"), DutchText.earKey("veel"))
        // Without a dictionary nothing is heard: many real words sound like a listed one (lekken, leken).
        XCTAssertEqual(found("de keuken was chaoties", Self.noDictionary), [])
        guard dictionary else { throw XCTSkip("Dutch dictionary (hunspell-nl) not installed") }
        XCTAssertEqual(found("de keuken was chaoties"), ["oordeel:chaoties"])
        XCTAssertEqual(found("het is een onhygienise badkamer"), ["oordeel:onhygienise"])
        XCTAssertEqual(found("meneer is sgizofreen"), ["diagnose:sgizofreen"])
        XCTAssertEqual(found("het kind leek psigoties"), ["speculatie:leek", "diagnose:psigoties"])
        XCTAssertEqual(found("Ik zag lippen en wangen zonder wondjes."), [], "a real word is never read as a listed one")
        XCTAssertEqual(found("De visser van de overkant was er ook."), [])
    }

    func testAVagueAdjectiveAboutAPersonIsAJudgement() {
        assertFlags("Het is een heftige man.", ["oordeel:heftige man"])
        assertFlags("Rare vent, die buurman.", ["oordeel:Rare vent"])
        assertFlags("Ze heeft een lastig kind.", ["oordeel:lastig kind"])
        XCTAssertFalse(found("Het is een heftige man.").contains("vaag:heftige"), "one remark, as a judgement")
        assertFlags("Het was een heftige klap.", ["vaag:heftige"])
    }

    /// Third round, from the misses on held-out sets C and D: sentences of our own for each class that was added.
    func testHearsayAfterTheSentenceWithoutDat() {
        // A daughter in the home speaks first-hand; a caretaker who was not there is hearsay.
        XCTAssertEqual(Self.coach.analyse("hij drinkt elke dag, zegt zijn dochter").tips.map(\.match), ["zegt zijn dochter"])
        assertFlags("mevrouw doet nooit open, zei de huismeester.", ["horen-zeggen:zei de huismeester"])
        assertFlags("ze gaat niet meer naar buiten zegt d'r moeder", ["horen-zeggen:zegt d'r moeder"])
        // The worker's own words to the tenant are not hearsay.
        assertClean("Ik zei de bewoner gedag en ben om 10.15 vertrokken.")
    }

    func testWhatSomeoneMayDoByAnothersLeaveIsAConclusion() {
        assertFlags("zij mag van hem niet zelf de deur opendoen", ["conclusie:mag van hem niet"])
        assertFlags("van hem mag ze geen vriendinnen zien", ["conclusie:van hem mag ze geen"])
        assertClean("Ik mag van de opzichter de kraan vervangen.")
    }

    func testAPassiveWithTheParticipleFirst() {
        assertFlags("ik denk niet dat die jongen geslagen wordt", ["conclusie:geslagen wordt"])
        assertFlags("een blauwe plek, die heeft haar man haar gegeven", ["conclusie:die heeft haar man haar gegeven"])
        assertClean("De ruit is om 10.00 door mij vervangen.")
    }

    func testLoanwordsSlangAndAbbreviations() {
        for (text, flag) in [("de sfeer was creepy", "oordeel:creepy"), ("vader is een control freak", "oordeel:control freak"),
                             ("hij was zwaar agro", "oordeel:agro"), ("de kids waren stressed", "emotie:stressed"),
                             ("die gast was doorgesnoven", "diagnose:doorgesnoven"), ("de vent is een zatlap", "oordeel:zatlap"),
                             ("mevrouw is paranoide", "diagnose:paranoide"), ("zij was doodsbenauwd", "emotie:doodsbenauwd"),
                             ("ze zijn als de dood voor hem", "emotie:als de dood"), ("hij keek aldoor naar buiten", "generalisatie:aldoor")] {
            assertFlags(text, [flag])
        }
        // An abbreviated role is still a person who says something.
        assertTip("mevr zegt dat ze het zelf gedaan heeft", "mevr zegt dat")
    }

    func testGuessesAndVagueFeelingsInOtherWords() {
        assertFlags("Mijn inschatting is dat de bewoonster niet rondkomt.", ["speculatie:Mijn inschatting is"])
        assertFlags("t zit niet lekker daar", ["vaag:t zit niet lekker"])
        assertFlags("er is daar iets goed mis", ["vaag:iets goed mis"])
        assertFlags("mevrouw mag vast niks van hem", ["speculatie:vast niks"])
        // Stuck, tight, still: the same words as facts.
        assertClean("De kraan zit niet lekker vast; ik heb hem 2 slagen aangedraaid.")
        assertClean("De deur zat vast. Om 14.10 was er nog steeds niemand thuis.")
        assertClean("Hij hield zich vast aan de deurpost.")
        // The worker's own feeling, marked as his, is allowed.
        assertClean("ik was zelf even van slag toen ik binnenkwam")
    }

    /// From the misses on set F (fourth round), again with sentences of our own.
    func testWhoAllowsOrGivesWhatAndWhereAMarkCameFrom() {
        assertFlags("ze mag van hem haar moeder niet bellen", ["conclusie:mag van hem haar moeder niet bellen"])
        assertFlags("mevrouw krijgt van hem nooit zakgeld", ["conclusie:krijgt van hem nooit"])
        assertFlags("de kinderen krijgen niet genoeg te eten", ["conclusie:niet genoeg te eten"])
        assertFlags("die deuk komt van een schop", ["conclusie:komt van een schop"])
        assertClean("De lekkage kwam door een gescheurde sifon; ik heb hem vervangen.")
        assertClean("Ik hoorde hem 3 keer met zijn hand op de tafel slaan en zag hem 2 keer tegen de deur trappen.")
    }

    func testRecordsOfOurOwnAndDirtyPartsAreNotJudgements() {
        assertClean("Volgens ons systeem is de ketel in 2019 geplaatst.")
        assertClean("Het rooster van de afzuiging was vies, ik heb het schoongemaakt.")
        assertFlags("het huis was vies", ["oordeel:vies"])
        assertClean("De bewoner vroeg 2 keer hoe laat ik klaar zou zijn.")
        assertFlags("de politie zou er al geweest zijn", ["horen-zeggen:zou er al geweest zijn"])
    }

    func testMoreWordsForStatesHearsayAndVagueness() {
        for (text, flag) in [("het zoontje is hyperactief", "diagnose:hyperactief"), ("mevrouw heeft een eetstoornis", "diagnose:eetstoornis"),
                             ("wat een toxic huishouden", "oordeel:toxic"), ("de tuin is een schande", "oordeel:schande"),
                             ("meneer ergerde zich aan de hond", "emotie:ergerde zich"), ("hij draagt eeuwig dezelfde trui", "generalisatie:eeuwig"),
                             ("er was wat gedoe bij de lift", "vaag:gedoe"), ("het duurde best lang", "vaag:best lang"),
                             ("in de flat wordt gezegd dat hij dealt", "horen-zeggen:wordt gezegd dat"),
                             ("hij is weer terug zegt de glazenwasser", "horen-zeggen:zegt de glazenwasser")] {
            assertFlags(text, [flag])
        }
        assertClean("Ik voelde me niet op mijn gemak en ben om 11.20 vertrokken.")
    }
    // Fifth round (issue 9, set I), each class with sentences of our own and the clean counter-examples.

    func testIndirectSpeechAfterAnySpeechVerbButNotTheWorkersOwn() {
        assertFlags("die zei dat het al jaren zo gaat", ["horen-zeggen:die zei dat"])
        assertFlags("de buurman zei gisteren bij de lift dat ze vaak ruzie hebben", ["horen-zeggen:buurman zei gisteren bij de lift dat"])
        assertFlags("mijn collega kwam vertellen dat het weer mis was", ["horen-zeggen:collega kwam vertellen dat"])
        assertClean("ik zei dat ik morgen om 9 uur terugkom")
        assertClean("ik zei tegen mevrouw dat ik de ketel morgen vervang")
    }

    func testAComparisonAfterBehaviourOrLooksButNotAMeasure() {
        assertFlags("hij ging tekeer als een beest", ["oordeel:ging tekeer als een"])
        // A comparison of looks is a judgement of looks (issue 19): the pattern was unreachable before the `a|b c` check.
        assertFlags("meneer zag eruit als een zwerver", ["oordeel:meneer zag eruit als", "oordeel:zwerver"])
        assertClean("De vlek was zo groot als een euro.")
        assertClean("Ik zag een gat zo groot als een vuist in de deur.")
        assertClean("Het is precies een meter breed.")
    }

    func testTheWorkersOwnExperienceAndTechnicalCausesAreNotFlagged() {
        assertClean("ik vond het lastig om daar antwoord op te geven")
        assertClean("ik heb niks gevraagd, ik vond het eng eerlijk gezegd")
        // "ik vond het …" is the worker's own experience in any words (issue 19): never a remark.
        assertClean("ik vond het huis eng")
        assertFlags("ik vond hem eng", ["oordeel:eng"])
        assertClean("De afvoer was verstopt door haar en vet.")
        assertFlags("de ruit is kapot door haar vriend", ["conclusie:door haar vriend"])
    }

    /// The second round of classes (issue 19), each with sentences of our own, either way.
    func testSpeechRecordsAndTechnicalSensesAreSilent() {
        assertTip("dhr gaf toe dat hij de deur had dichtgesmeten", "gaf toe dat")
        assertTip("mw legde uit dat haar vriend de ruit heeft ingegooid", "mw legde uit dat")
        assertClean("volgens de reparatiehistorie is het slot al twee keer vervangen")
        assertClean("volgens afdeling wonen staat alleen mw op het contract")
        assertClean("de scheur in het plafond komt door een lekkende afvoer")
        assertFlags("de scheur in de deur komt door zijn vuist", ["conclusie:komt door"])
        assertClean("aardlek slaat telkens uit, fout gevonden in de wasmachine")
        assertFlags("hij schreeuwt telkens tegen haar", ["generalisatie:telkens"])
        assertClean("het filter van de afzuiging was vies, vervangen")
        assertFlags("de kinderen waren vies", ["oordeel:vies"])
        assertClean("de jongen stond de hele tijd in de gang")
    }

    func testPurposesControlUntruthLooksAndRecordsAreRemarks() {
        assertFlags("hij hield haar vast om indruk op mij te maken", ["conclusie:om indruk op mij te maken"])
        assertFlags("ze mag niets van hem", ["conclusie:mag niets van hem"])
        assertFlags("dat verhaal over de kat klopt gewoon niet", ["conclusie:verhaal over de kat klopt gewoon niet"])
        assertFlags("de moeder zag eruit als een spook", ["oordeel:moeder zag eruit als"])
        assertFlags("het gat zag eruit als een inslag", ["speculatie:zag eruit als"])
        assertFlags("de vader is eerder gearresteerd", ["conclusie:eerder gearresteerd"])
        assertFlags("mw zei dat het meevalt maar hij slaat haar", ["conclusie:maar hij slaat"])
        assertFlags("rare situatie bij nr 12", ["vaag:rare situatie"])
    }

    func testMoreConclusionsFeelingsAndVagueAmounts() {
        assertFlags("de ex van mevrouw heeft het gedaan", ["conclusie:heeft het gedaan"])
        assertFlags("de jongen zat er nog kapot van", ["emotie:zat er nog kapot van"])
        assertFlags("alle bewoners van de galerij klagen over hem", ["generalisatie:alle bewoners van de galerij klagen"])
        assertFlags("de voordeur was aardig beschadigd", ["vaag:aardig beschadigd"])
        assertFlags("de sfeer was gewoon niet oké", ["vaag:sfeer was gewoon niet oké"])
        assertFlags("die man is van het padje", ["diagnose:van het padje"])
        assertClean("De boor zit er helemaal doorheen.")
    }

    /// A word that only looks like a pronoun glued to a listed word stays whole ("meter" is not "me" + "ter"), with
    /// and without the dictionary; a real glued pronoun is still split.
    func testAGluedPronounIsSplitOnlyWhenTheWordIsNotARealOne() {
        XCTAssertEqual(found("De leiding is drie meter lang.", Self.noDictionary), [])
        XCTAssertEqual(found("De leiding is drie meter lang."), [])
        assertFlags("denkik dat ze bang is", ["speculatie:denkik"])
    }

    /// Objective sentences written next to the broad vocabulary (`Assets/coach.woordenschat`) by the helper who
    /// wrote it, using its words' objective senses: none may get a remark. One sentence is labelled otherwise
    /// there: "een tijdje" is vague to the coach (how long?).
    func testTheBroadVocabularyLeavesObjectiveSentencesAlone() throws {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/coach-woordenschat-objectief.tsv", withExtension: nil))
        var sentences = 0
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { XCTFail("malformed: \(line)"); continue }
            sentences += 1
            let got = found(parts[1]).map { String($0.prefix(while: { $0 != ":" })) }
            if parts[0] == "objectief" { XCTAssertEqual(got, [], parts[1]) } else { XCTAssertTrue(got.contains(parts[0]), parts[1]) }
        }
        XCTAssertEqual(sentences, 140)
    }
    // Sixth round (issue 9, set J).

    func testWhoDidItMoneyHittingHungerAndTheCauseOfDamage() {
        assertFlags("dat heeft haar broer gedaan", ["conclusie:dat heeft haar broer gedaan"])
        assertFlags("hij plukt zijn moeder kaal", ["conclusie:plukt zijn moeder kaal"])
        assertFlags("hij geeft de kinderen klappen", ["conclusie:geeft de kinderen klappen"])
        assertFlags("een vader die klappen geeft", ["conclusie:klappen geeft"])
        assertFlags("de deuk in de deur is van een schop", ["conclusie:is van een schop"])
        assertFlags("ze zitten tot hun nek in de schulden", ["conclusie:tot hun nek in de schulden"])
        assertClean("Ik heb de afvoer gedaan en de kraan vervangen.")
        assertClean("De kras op de vloer is van de verhuizing in 2019, staat in het opnamerapport.")
    }

    func testGuessesFeelingsOfOthersAndWholeNeighbourhoods() {
        assertFlags("het zou me niks verbazen als hij weer drinkt", ["speculatie:zou me niks verbazen"])
        assertFlags("mevrouw vond het niet oké", ["emotie:vond het niet oké"])
        assertFlags("de hele buurt weet dat hij slaat", ["generalisatie:de hele buurt weet"])
        assertClean("De hele flat was van 9.00 tot 11.00 uur zonder water.")
        assertClean("Ik liep naar de meterkast om te kijken of de groep eruit was.")
        assertClean("De jongen (9 jaar volgens huurdersdossier) zat in de gang.")
    }
    // Seventh round (issue 9, set K).

    func testMoneyMarksFeelingsAndRumoursInOtherWords() {
        assertFlags("ze hebben gewoon geen geld", ["conclusie:hebben gewoon geen geld"])
        assertFlags("die blauwe plek heeft hij haar gegeven", ["conclusie:heeft hij haar gegeven"])
        assertFlags("de jongen baalde ervan", ["emotie:baalde ervan"])
        assertFlags("hij wilde me zo snel mogelijk weg hebben", ["emotie:wilde me zo snel mogelijk weg hebben"])
        assertFlags("het verhaal in de straat is dat hij drinkt", ["horen-zeggen:verhaal in de straat is dat"])
        assertFlags("mevrouw had een paar plekjes in haar nek", ["vaag:een paar plekjes"])
        assertClean("Ik had geen geld bij me voor de parkeerautomaat.")
        assertClean("De ruit was gesprongen door spanning in het glas, geen inslagpunt te zien.")
        assertClean("Ik baalde ervan dat het onderdeel niet op voorraad was.")
    }
    // Eighth round (issue 9, set L).

    func testAGuessAfterTheFactEnglishWordsAndWithheldMoney() {
        assertFlags("de buurman is dement geloof ik", ["speculatie:geloof ik"])
        assertFlags("dat zag je zo", ["speculatie:zag je zo"])
        assertFlags("hij houdt haar uitkering achter", ["conclusie:houdt haar uitkering achter"])
        assertFlags("ze was scared", ["emotie:scared"])
        assertFlags("er lagen een stuk of wat zakken", ["vaag:stuk of wat"])
        assertFlags("er zou vorige week de politie bij de voordeur geweest zijn", ["horen-zeggen:zou vorige week de politie bij de voordeur geweest zijn"])
        assertClean("Ik zag 3 vuilniszakken in de tuin.")
        assertClean("ik was even scared toen de deur dichtsloeg")
    }

    /// Issue 19's examples: first-hand speech, the worker's own experience and technical senses get no opmerking;
    /// hearsay from a neighbour and a group label used as explanation do.
    func testIssue19Examples() {
        assertTip("mevrouw vertelde dat ze vannacht op de bank had geslapen", "mevrouw vertelde dat")
        assertClean("ik vond het er benauwend en ik had er een naar gevoel bij")
        XCTAssertEqual(Self.coach.analyse("de schakelaar zit vast en er staat nog spanning op de lamp in de hal").tips, [])
        assertClean("de schakelaar zit vast en er staat nog spanning op de lamp in de hal")
        assertFlags("de overbuurvrouw zegt dat hij haar slaat", ["horen-zeggen:overbuurvrouw zegt dat"])
        XCTAssertFalse(found("het is een Turks gezin, daar is dat normaal").isEmpty)
        assertClean("in de pauze een broodje bij de turkse bakker gehaald")
    }

    /// One sentence of our own per class of issue 19, each way.
    func testIssue19Classes() {
        assertClean("ze gaf aan dat ze bang is als hij thuiskomt")                       // first-hand speech
        assertClean("kreeg er kippenvel van toen ik de trap afliep")                       // own experience
        assertClean("vermoedelijk is de vlotter van de stortbak versleten")                // technical sense
        assertClean("ik hoorde duidelijk een kind huilen achter de deur")                  // duidelijk with a sense verb
        assertClean("ik vroeg of de kinderen altijd zo laat naar bed gaan")               // inside his question
        assertClean("van 9.00 tot 9.40 stond meneer de hele tijd in de deuropening")       // a stated period
        assertClean("volgens de werkorder is de deur vorige maand al vervangen")           // a source the program asks for
        assertFlags("vermoedelijk heeft hij haar geslagen", ["speculatie:vermoedelijk"])
        assertFlags("de buren zeggen dat hij drinkt", ["horen-zeggen:buren zeggen dat"])
        assertFlags("hij snapt er niks van", ["oordeel:snapt er niks van"])
        assertFlags("hij doet dat om haar te controleren", ["conclusie:doet dat om"])
        assertFlags("hij heeft een strafblad", ["conclusie:strafblad"])
        assertFlags("hoe kun je zo leven", ["oordeel:hoe kun je"])
    }

    /// Third round of classes, our own sentences: a contradiction of what someone said, a prison record, a home or an
    /// origin as explanation, keeping someone in, a vague situation; and, silent, a defect that recurs, the state of a
    /// part, a repeated look bounded by the visit, a question of the person present.
    func testContradictionsRecordsAndBoundedRepeats() {
        assertFlags("de jongen vertelde dat hij van zijn fiets was gevallen, maar zijn stiefmoeder heeft hem met een pan geslagen",
                    ["conclusie:maar zijn stiefmoeder heeft hem met een pan geslagen"])
        assertFlags("volgens mw is de baby zelf van de commode gerold terwijl de vriend hem heeft laten vallen",
                    ["conclusie:terwijl de vriend hem heeft laten vallen"])
        assertClean("mw zei dat ze alleen woont maar de vriend zat op de bank met zijn jas aan")
        assertClean("ik klopte drie keer aan maar de buurman heeft niet opengedaan")
        assertFlags("oom is vorig jaar uit de bajes gekomen", ["conclusie:uit de bajes"])
        assertFlags("de zoon werd in mei opgepakt door de politie", ["conclusie:opgepakt door de politie"])
        XCTAssertFalse(found("dat komt door hun achtergrond, daar slaan ze hun kinderen").isEmpty)
        XCTAssertFalse(found("bij die mensen thuis gaat dat gewoon zo").isEmpty)
        assertFlags("hij houdt zijn vrouw overdag binnen", ["conclusie:houdt zijn vrouw overdag binnen"])
        assertFlags("het hek is daar neergezet om te voorkomen dat de kinderen weglopen",
                    ["conclusie:voorkomen dat de kinderen weglopen"])
        assertFlags("gezinssituatie zorgwekkend", ["vaag:gezinssituatie zorgwekkend"])
        assertFlags("daar is het niet pluis", ["vaag:daar is het niet pluis"])
        assertClean("de schuifpui klemt geregeld bij vorst, rails schoongemaakt")
        assertClean("ventilatierooster badkamer ranzig van het stof, rooster vervangen")
        assertClean("het meisje keek elke keer naar haar vader als ik haar iets vroeg")
        assertClean("het slot draait niet lekker, cilinder vervangen")
        assertClean("mw vroeg of ik de ketting op de deur kon zetten zodat haar ex niet meer binnen kan komen")
        // A record that says something, in other words than "volgens"; its words end at the comma.
        assertClean("in het dossier staat dat de zoon de voordeur heeft ingetrapt")
        assertFlags("in het dossier staat dat de deur is hersteld, hij is gewoon een zuiplap", ["oordeel:zuiplap"])
        // Each time the worker did something, in a past form no list holds.
        assertClean("iedere keer als ik de lamp uitschroefde ging het kind huilen")
        assertClean("stortbak loopt om de haverklap door, vlotter vervangen")
        // The verb before the person, and a long act: the class <letsel> holds the class <slaan>.
        assertFlags("mw gaf aan dat het meevalt, alleen heeft haar zwager haar vorige week in de schuur opgesloten",
                    ["conclusie:alleen heeft haar zwager haar vorige week in de schuur opgesloten"])
        assertFlags("mw zei dat hij was uitgegleden maar de oudste broer heeft hem met een stok geslagen",
                    ["conclusie:maar de oudste broer heeft hem met een stok geslagen"])
    }

    /// Vague situations, motives and guesses in other words, our own sentences; and, silent, a count before a vague
    /// amount, the worker's own working day, an installation that knocks each time.
    func testVagueSituationsMotivesAndCountedAmounts() {
        assertFlags("geen prettige toestand bij die mensen", ["vaag:geen prettige toestand"])
        assertFlags("volgens mij speelt er wat bij hun", ["vaag:speelt er wat"])
        assertFlags("het klopt daar niet helemaal", ["vaag:het klopt daar niet helemaal"])
        assertFlags("die vriend is er puur voor haar uitkering", ["conclusie:puur voor haar uitkering"])
        assertFlags("de zoon neemt elke maand haar aow in", ["conclusie:neemt elke maand haar aow in"])
        assertFlags("vast wat van de drank", ["speculatie:vast wat van"])
        assertClean("tussen 10 en 11 kwamen er 3 verschillende vrouwen aan de deur")
        assertClean("badkamer betegeld, halve dag bezig")
        assertClean("de radiator tikte bij elke keer opwarmen, ontlucht")
    }

    /// A generation or a sort of people as a group; and, silent, the degree of a defect in a part.
    func testGenerationsSortsOfPeopleAndDegreesOfDefects() {
        assertFlags("de jeugd van tegenwoordig heeft nergens respect voor", ["generalisatie:jeugd van tegenwoordig"])
        assertFlags("zulk soort lui betalen nooit", ["generalisatie:zulk soort lui"])
        assertClean("de nieuwe bewoner van nr 4 belde over de sleutel")
        assertClean("het kozijn was behoorlijk aangetast door houtrot, deel vervangen")
        assertFlags("de slaapkamer van de kinderen was behoorlijk vervuild", ["vaag:behoorlijk vervuild"])
    }
}
