import CHunspell
import Foundation

/// Spelling help with Hunspell and the Dutch OpenTaal dictionary (Debian `hunspell-nl`).
///
/// Loading the dictionary takes about 130 ms and 19 MB, so it happens on a background thread: until `isReady`
/// the speller knows nothing and says so, and callers carry on without it. Without the dictionary installed
/// `state` is `.unavailable` for good and `statusText` tells the worker that spelling help is off.
/// Every answer is cached per word; suggestions are computed only for unknown words.
/// One Hunspell handle is not safe to share between threads, so every call into it holds `lock`.
public final class Speller: @unchecked Sendable {
    public enum State: Equatable, Sendable {
        case notLoaded
        case loading
        case ready
        /// No dictionary: the reason in Dutch.
        case unavailable(String)
    }

    /// The places searched for the Dutch dictionary, in order.
    public static let dictionarySearchPaths: [(aff: String, dic: String)] = [
        ("/usr/share/hunspell/nl.aff", "/usr/share/hunspell/nl.dic"),
        ("/usr/share/hunspell/nl_NL.aff", "/usr/share/hunspell/nl_NL.dic"),
        ("/usr/share/myspell/nl.aff", "/usr/share/myspell/nl.dic"),
        ("/usr/share/myspell/dicts/nl_NL.aff", "/usr/share/myspell/dicts/nl_NL.dic"),
    ]

    /// The one speller of the process, over the first dictionary found (`VOORDEUR_HUNSPELL_DIR` overrides the
    /// search; set it to an empty folder to switch spelling help off). Nothing is loaded until `startLoading()`.
    public static let shared: Speller = {
        if let folder = ProcessEnvironment.current["VOORDEUR_HUNSPELL_DIR"] {
            let base = URL(fileURLWithPath: folder)
            return Speller(affix: base.appendingPathComponent("nl.aff").path, dictionary: base.appendingPathComponent("nl.dic").path)
        }
        let found = dictionarySearchPaths.first { FileManager.default.isReadableFile(atPath: $0.dic) && FileManager.default.isReadableFile(atPath: $0.aff) }
        return Speller(affix: found?.aff ?? dictionarySearchPaths[0].aff, dictionary: found?.dic ?? dictionarySearchPaths[0].dic)
    }()

    public let affixPath: String
    public let dictionaryPath: String
    /// Accepted abbreviations and field words, folded (`Assets/spelling.afkortingen`). Read on first use (the loading
    /// thread touches it), not when the speller is made: that happens before the first frame.
    public var accepted: Set<String> {
        acceptedLock.lock()
        defer { acceptedLock.unlock() }
        if let acceptedWords { return acceptedWords }
        let words = makeAccepted()
        acceptedWords = words
        return words
    }
    private let acceptedLock = NSLock()
    private var acceptedWords: Set<String>?
    private let makeAccepted: @Sendable () -> Set<String>

    private let lock = NSLock()
    private var handle: OpaquePointer?
    private var currentState: State = .notLoaded
    private var known: [String: Bool] = [:]
    private var suggestionCache: [String: [String]] = [:]
    private var waiters: [() -> Void] = []
    private var suggestionsComputed = 0
    private let loaded = DispatchGroup()

    /// `accepted`: nil for the embedded list.
    public init(affix: String, dictionary: String, accepted: Set<String>? = nil) {
        affixPath = affix
        dictionaryPath = dictionary
        if let accepted { makeAccepted = { accepted } } else { makeAccepted = { Speller.defaultAccepted() } }
    }

    deinit {
        if let handle { Hunspell_destroy(handle) }
    }

    /// The embedded list of accepted abbreviations ("mevr", "ca", "nr", "ff", "wc", …), folded.
    public static func defaultAccepted() -> Set<String> {
        parseAccepted(EmbeddedAssets.files["spelling.afkortingen"] ?? "")
    }

    /// One word a line; '#' starts a comment.
    public static func parseAccepted(_ text: String) -> Set<String> {
        var words = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let word = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { words.insert(DutchText.fold(word)) }
        }
        return words
    }

    /// Whether the dictionary files are there (cheap: nothing is loaded).
    public var dictionaryInstalled: Bool {
        FileManager.default.isReadableFile(atPath: affixPath) && FileManager.default.isReadableFile(atPath: dictionaryPath)
    }

    public var state: State { lock.withLock { currentState } }
    /// Grows whenever the dictionary becomes ready or new suggestions are computed: an editor that shows coach
    /// or spelling marks computed with `CoachSpelling.whenReady` re-analyses when this changed.
    public var generation: Int { lock.withLock { (currentState == .ready ? 1 : 0) + suggestionsComputed } }
    public var isReady: Bool { state == .ready }

    /// One line for `voordeur config` and the settings screen, in the screen's language.
    public var statusText: String {
        switch state {
        case .ready: return tr("spelling.on", ["pad": dictionaryPath])
        case .loading, .notLoaded:
            return dictionaryInstalled ? tr("spelling.loading", ["pad": dictionaryPath]) : Self.offText
        case .unavailable(let reason): return tr("spelling.unavailable", ["reden": reason])
        }
    }

    static var offText: String { tr("spelling.notinstalled") }

    /// Starts loading the dictionary on a background thread; returns at once. Calling it again does nothing.
    /// `whenDone` runs (on that thread) once the speller is ready or known to be unavailable.
    public func startLoading(whenDone: (() -> Void)? = nil) {
        let start: Bool = lock.withLock {
            if let whenDone {
                if currentState == .ready || { if case .unavailable = currentState { return true }; return false }() {
                    return false
                }
                waiters.append(whenDone)
            }
            guard currentState == .notLoaded else { return false }
            currentState = .loading
            loaded.enter()
            return true
        }
        if !start {
            if let whenDone, lock.withLock({ currentState != .loading && currentState != .notLoaded }) { whenDone() }
            return
        }
        let thread = Thread { [self] in load() }
        thread.name = "voordeur-hunspell"
        thread.start()
    }

    /// Loads the dictionary if needed and waits for it (for the command line, which has no first frame).
    @discardableResult
    public func waitUntilLoaded() -> Bool {
        startLoading()
        loaded.wait()
        return isReady
    }

    private func load() {
        _ = accepted
        var newHandle: OpaquePointer?
        var newState = State.ready
        if dictionaryInstalled, let created = Hunspell_create(affixPath, dictionaryPath) {
            newHandle = created
        } else {
            newState = .unavailable("geen Nederlands woordenboek gevonden; installeer het pakket hunspell-nl")
        }
        let toCall: [() -> Void] = lock.withLock {
            handle = newHandle
            currentState = newState
            let list = waiters
            waiters = []
            return list
        }
        loaded.leave()
        for call in toCall { call() }
    }

    /// Whether Hunspell knows `word` (or it is an accepted abbreviation); nil while the dictionary is not ready.
    public func isKnown(_ word: String) -> Bool? {
        lock.withLock { knownLocked(word) }
    }

    private func knownLocked(_ word: String) -> Bool? {
        guard currentState == .ready, let handle else { return nil }
        if let cached = known[word] { return cached }
        var answer = Hunspell_spell(handle, word) != 0
        if !answer {
            let folded = DutchText.fold(word)
            answer = accepted.contains(folded) || accepted.contains(folded.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
        }
        known[word] = answer
        return answer
    }

    /// Hunspell's suggestions for an unknown word, best first; [] for a known word or while not ready. Cached.
    /// Can take up to about 150 ms for a hard word the first time: call it off the keystroke path.
    public func suggestions(for word: String) -> [String] {
        lock.withLock {
            guard let handle, knownLocked(word) == false else { return [] }
            if let cached = suggestionCache[word] { return cached }
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_suggest(handle, &list, word)
            var result: [String] = []
            if let items = list, count > 0 {
                for i in 0..<Int(count) { if let item = items[i] { result.append(String(cString: item)) } }
                Hunspell_free_list(handle, &list, count)
            }
            suggestionCache[word] = result
            suggestionsComputed += 1
            return result
        }
    }

    /// Suggestions already computed for `word`, without computing them.
    public func cachedSuggestions(for word: String) -> [String]? {
        lock.withLock { suggestionCache[word] }
    }

    /// The stretches of `text` that are words the dictionary does not know, in Character offsets (end exclusive).
    /// Empty while the dictionary is not ready or not installed. Numbers, single letters, words with digits and
    /// short all-capital words (acronyms) are never marked. Cheap: a check is a dictionary lookup, cached per word.
    /// The text is read sentence by sentence and each sentence's answer is cached, so a keystroke re-checks
    /// only the sentence it changed.
    public func unknownWords(in text: String) -> [Range<Int>] {
        guard isReady else { return [] }
        var spans: [Range<Int>] = []
        let characters = Array(text)
        var start = 0
        lock.withLock {
            var index = 0
            while index <= characters.count {
                let atEnd = index == characters.count
                if atEnd || Self.endsSentence(characters, at: index) {
                    let end = atEnd ? index : index + 1
                    if end > start {
                        let sentence = String(characters[start..<end])
                        let local: [Range<Int>]
                        if let cached = sentenceCache[sentence] {
                            local = cached
                        } else {
                            local = Self.words(in: sentence).compactMap { knownLocked($0.0) == false ? $0.1 : nil }
                            if sentenceCache.count >= 4096 { sentenceCache.removeAll(keepingCapacity: true) }
                            sentenceCache[sentence] = local
                        }
                        for range in local { spans.append((range.lowerBound + start)..<(range.upperBound + start)) }
                    }
                    start = end
                }
                index += 1
            }
        }
        return spans
    }

    private var sentenceCache: [String: [Range<Int>]] = [:]

    /// Whether `text` is mostly not Dutch: of its words (at least four), a third or more are unknown to the Dutch
    /// dictionary. A third, not a half: English shares many short words with Dutch ("the", "door", "was", "had"),
    /// so an English sentence has a third to a half unknown, a Dutch one with a typo or two well under a fifth
    /// (NotDutchTests). The coach reads Dutch only; on such a text it says so. False while the dictionary is not ready.
    public func looksNotDutch(_ text: String) -> Bool {
        guard isReady else { return false }
        return Self.looksNotDutch(words: Self.words(in: text).count, unknown: unknownWords(in: text).count)
    }

    /// The same judgement from counts: `IncrementalAnalysis` counts a text's words and unknown words per piece, so a
    /// keystroke does not cut the whole text into words again.
    public static func looksNotDutch(words: Int, unknown: Int) -> Bool { words >= 4 && unknown * 3 >= words }

    /// A sentence ends at a newline, or at . ! ? followed by a space or the end.
    @inline(__always)
    static func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        let ch = characters[index]
        if ch == "\n" { return true }
        guard ch == "." || ch == "!" || ch == "?" else { return false }
        return index + 1 == characters.count || characters[index + 1] == " " || characters[index + 1] == "\n"
    }

    /// The words of `text` a speller should look at, with their Character ranges.
    static func words(in text: String) -> [(String, Range<Int>)] {
        // Classify each Character once, with a fast path for ASCII: Character.isLetter is slow.
        var kinds: [UInt8] = [] // 0 other, 1 letter, 2 digit, 3 apostrophe or hyphen, 4 uppercase letter
        kinds.reserveCapacity(text.utf8.count)
        var characters: [Character] = []
        characters.reserveCapacity(text.utf8.count)
        for ch in text {
            characters.append(ch)
            if let ascii = ch.asciiValue {
                switch ascii {
                case 97...122: kinds.append(1)
                case 65...90: kinds.append(4)
                case 48...57: kinds.append(2)
                case 39, 45: kinds.append(3)
                default: kinds.append(0)
                }
            } else if ch.isLetter {
                kinds.append(ch.isUppercase ? 4 : 1)
            } else if ch == "’" {
                kinds.append(3)
            } else {
                kinds.append(ch.isNumber ? 2 : 0)
            }
        }
        var result: [(String, Range<Int>)] = []
        var index = 0
        let count = kinds.count
        while index < count {
            guard kinds[index] == 1 || kinds[index] == 4 else { index += 1; continue }
            let start = index
            var hasDigit = false
            var allUpper = true
            while index < count {
                let kind = kinds[index]
                if kind == 1 { allUpper = false; index += 1; continue }
                if kind == 4 { index += 1; continue }
                if kind == 2 { hasDigit = true; index += 1; continue }
                // An apostrophe or hyphen inside a word ("zo'n", "wc-pot") belongs to it.
                if kind == 3, index + 1 < count, kinds[index + 1] == 1 || kinds[index + 1] == 4 { index += 1; continue }
                break
            }
            let length = index - start
            if hasDigit || length < 2 { continue }
            if length <= 5 && allUpper { continue }
            let word = String(characters[start..<index])
            // Not String.contains(String): that is Foundation's, a hundred times slower on this path.
            result.append((word.unicodeScalars.contains("’") ? word.replacingOccurrences(of: "’", with: "'") : word, start..<index))
        }
        return result
    }
}
