import Foundation
import VoordeurKit

// Benchmarks. Run in release mode:  swift run -c release voordeur-bench
// Each figure is the median of many runs after a warm-up, measured with ContinuousClock.

func median(_ samples: [Duration]) -> Duration { samples.sorted()[samples.count / 2] }

/// VOORDEUR_BENCH_SCALE=0.01 runs 1% of the iterations (for profiling under valgrind).
let scale = Double(ProcessInfo.processInfo.environment["VOORDEUR_BENCH_SCALE"] ?? "") ?? 1

/// VOORDEUR_BENCH_ONLY=coach measures only the lines whose name contains "coach" (the others print "skipped").
let only = ProcessInfo.processInfo.environment["VOORDEUR_BENCH_ONLY"] ?? ""

func measure(_ name: String, runs fullRuns: Int, _ body: () -> Void) -> Duration {
    if !only.isEmpty && !name.contains(only) { return .zero }
    let runs = max(3, Int(Double(fullRuns) * scale))
    for _ in 0..<min(runs, 20) { body() }
    let clock = ContinuousClock()
    var samples: [Duration] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs { samples.append(clock.measure(body)) }
    let m = median(samples)
    let p95 = samples.sorted()[samples.count * 95 / 100]
    print("\(name.padded(to: 52)) median \(format(m))  p95 \(format(p95))")
    return m
}

func format(_ d: Duration) -> String {
    let micro = Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
    return String(format: "%8.1f µs", micro)
}

/// A realistic 2,000-character description: observations mixed with judgements the coach must flag.
func description(length: Int) -> String {
    let sentences = [
        "Ik zie twee gaten ter grootte van een vuist in de slaapkamerdeur, op ongeveer anderhalve meter hoogte.",
        "De woning is vies en de keuken is een puinhoop.",
        "Het slot van de badkamerdeur is aan de binnenkant losgetrokken.",
        "De buren zeggen dat er vaak wordt geschreeuwd.",
        "Ik denk dat de vrouw bang is voor haar man.",
        "In de koelkast staan alleen een pak melk en een fles ketchup.",
        "De huurder zei: \"Dat is al heel oud, hoor.\"",
        "Er lagen veel lege flessen op het balkon.",
    ]
    return repeated(sentences, length: length)
}

/// A 2,000-character description typed as workers type: no capitals, typos, sms spelling.
func field(length: Int) -> String {
    let sentences = [
        "lekkage onder gootsteen verholpen, sifon vervangen.",
        "de keuken was smerrig, er stond vuile afwas tot aan de kraan en er lagen 2 volle vuilniszakken.",
        "t stonk as de hel in de gang, denkik dat de kattenbak al dagen niet schoon is.",
        "mevrouw was zenuwachtug en keek 3 keer naar de voordeur.",
        "de buurvrouw zei dat hij haar iedere nacht slaat.",
        "in de wc deur zit een gat van ca 15 cm op kniehoogte, die is ingetrapt.",
        "hij is echt een zuiplap, er stonden 9 lege blikken op tafel.",
        "het is 21 graden binnen en de koelkast is leeg.",
    ]
    return repeated(sentences, length: length)
}

/// `sentences` one after another, as often as needed, cut at `length` characters.
func repeated(_ sentences: [String], length: Int) -> String {
    var text = ""
    var index = 0
    while text.count < length {
        text += sentences[index % sentences.count] + " "
        index += 1
    }
    return String(text.prefix(length))
}

var sink = 0
let coach = Coach()
let text2000 = description(length: 2000)
print("Voordeur benchmarks (\(ProcessInfo.processInfo.processorCount) cores)")
_ = measure("coach: 2,000-character description", runs: 2000) { sink &+= coach.analyse(text2000).findings.count }
_ = measure("coach: one typical sentence (~60 characters)", runs: 5000) {
    sink &+= coach.analyse("Ik zie dat de vrouw een blauwe plek op haar arm heeft.").findings.count
}
_ = measure("start-up: default card + coach word lists", runs: 200) {
    sink &+= CardLoader.defaultCard().allSignals.count
    sink &+= Coach(lexicon: .defaultLexicon()).lexicon.patternCount
}
// Spelling (issue 9): the dictionary loads in the background; figures after it is ready.
let speller = Speller.shared
let loadClock = ContinuousClock()
let loadTime = loadClock.measure { Speller(affix: speller.affixPath, dictionary: speller.dictionaryPath).waitUntilLoaded() }
speller.waitUntilLoaded()
print("\("spelling: loading the Dutch dictionary (background)".padded(to: 52)) once   \(format(loadTime))  (\(speller.statusText))")
let typed = field(length: 2000)
_ = measure("coach: 2,000 characters as workers type (typos, sms)", runs: 2000) { sink &+= coach.analyse(typed).findings.count }
_ = measure("spelling: unknown words in 2,000 characters", runs: 2000) { sink &+= speller.unknownWords(in: typed).count }
var typedFlip = false
let typed10k = field(length: 10000)
_ = measure("spelling: one keystroke, 10,000 characters", runs: 500) {
    typedFlip.toggle()
    sink &+= speller.unknownWords(in: typedFlip ? typed10k + "x" : typed10k).count
}
_ = measure("coach: 10,000 characters as workers type", runs: 300) { sink &+= coach.analyse(typed10k).findings.count }
let offline = Coach(spelling: .off)
_ = measure("coach without spelling help: same text", runs: 2000) { sink &+= offline.analyse(typed).findings.count }
BenchExtras.run(&sink)
PrivacyBench.run(&sink)
DraftsBench.run(&sink)
CryptoBench.run(&sink)
if sink == 42 { print("") }
