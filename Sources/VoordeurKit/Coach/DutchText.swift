import Foundation

/// Text helpers for Dutch as it is written: case and diacritic folding, adjective inflection.
public enum DutchText {
    /// Lowercase without diacritics ("Geïrriteerd" → "geirriteerd"), and typographic apostrophes as "'".
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &out) }
        return String(out)
    }

    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 65 && v <= 90 { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
            return
        }
        switch v {
        case 0x2018, 0x2019, 0x02BC: out.append("'")
        case 0x0300...0x036F: return // combining marks
        default:
            if let mapped = latinFold[v] { out.append(mapped); return }
            for lowered in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where !(0x0300...0x036F).contains(lowered.value) {
                out.append(lowered)
            }
        }
    }

    /// Fast path for the accented letters Dutch uses.
    static let latinFold: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        let groups: [(String, Unicode.Scalar)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("òóôõöÒÓÔÕÖ", "o"),
            ("ùúûüÙÚÛÜ", "u"), ("çÇ", "c"), ("ñÑ", "n"), ("ÿý", "y"),
        ]
        for (letters, base) in groups { for s in letters.unicodeScalars { table[s.value] = base } }
        return table
    }()

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// A word as it sounds, for spelling by ear: two spellings that sound alike get the same key
    /// ("onhygienies" and "onhygienisch", "agresief" and "agressief", "gestoort" and "gestoord", "benouwd" and
    /// "benauwd"). Rules: -isch sounds -ies; ie, y → i; ij → ei; au → ou; ch → g; c → k; ph → f; z → s; v → f;
    /// dt and a final d → t; a doubled consonant counts once. `folded` is lowercase without diacritics. Many real
    /// words share a key with a listed word (lekken, leken): only words the dictionary does not know are matched.
    public static func earKey(_ folded: String) -> String {
        // One pass over the bytes (the key is built for every listed word at start-up).
        let b = Array(folded.utf8)
        let n = b.count
        var out: [UInt8] = []
        out.reserveCapacity(n + 1)
        func at(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }
        func put(_ c: UInt8) {
            // A doubled consonant counts once.
            if let last = out.last, last == c {
                switch c {
                case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): break
                default: return
                }
            }
            out.append(c)
        }
        var i = 0
        while i < n {
            let c = b[i], next = at(i + 1)
            switch c {
            case UInt8(ascii: "i") where next == UInt8(ascii: "s") && at(i + 2) == UInt8(ascii: "c") && at(i + 3) == UInt8(ascii: "h"):
                put(UInt8(ascii: "i")); put(UInt8(ascii: "s")); i += 4
            case UInt8(ascii: "i") where next == UInt8(ascii: "e"):
                put(UInt8(ascii: "i")); i += 2
            case UInt8(ascii: "i") where next == UInt8(ascii: "j"):
                put(UInt8(ascii: "e")); put(UInt8(ascii: "i")); i += 2
            case UInt8(ascii: "y"):
                put(UInt8(ascii: "i")); i += 1
            case UInt8(ascii: "a") where next == UInt8(ascii: "u"):
                put(UInt8(ascii: "o")); put(UInt8(ascii: "u")); i += 2
            case UInt8(ascii: "c") where next == UInt8(ascii: "h"):
                put(UInt8(ascii: "g")); i += 2
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                put(UInt8(ascii: "f")); i += 2
            case UInt8(ascii: "c"):
                put(UInt8(ascii: "k")); i += 1
            case UInt8(ascii: "z"):
                put(UInt8(ascii: "s")); i += 1
            case UInt8(ascii: "v"):
                put(UInt8(ascii: "f")); i += 1
            case UInt8(ascii: "d") where next == UInt8(ascii: "t") || i + 1 == n:
                put(UInt8(ascii: "t")); i += next == UInt8(ascii: "t") ? 2 : 1
            default:
                put(c); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The inflected forms of a Dutch adjective: base, -e, -er, -ere, -st, -ste, with Dutch spelling rules
    /// (vies → vieze, boos → boze, kaal → kale, braaf → brave, dom → domme, verwaarloosd → verwaarloosde).
    public static func adjectiveForms(_ base: String) -> [String] {
        let e = inflectedStem(base)
        var forms = [base, e + "e", e + "er", e + "ere"]
        if base.hasSuffix("s") { forms += [base + "t", base + "te"] } else { forms += [base + "st", base + "ste"] }
        if base.hasSuffix("r") { forms += [base + "der", base + "dere"] }
        return forms
    }

    /// The stem an ending starting with a vowel attaches to.
    static func inflectedStem(_ base: String) -> String {
        let chars = Array(base)
        guard chars.count >= 2, let last = chars.last, !vowels.contains(last) else { return base }
        // Unstressed endings never change: -ig, -lijk, -isch, -en, -er, -el, -baar, -zaam, -loos (handled below).
        for suffix in ["ig", "lijk", "isch", "en", "er", "el", "em"] where base.hasSuffix(suffix) && chars.count > suffix.count + 1 {
            return base
        }
        var stem = chars
        let consonant = stem.removeLast()
        // Voiced forms: s → z, f → v after a long vowel or a diphthong or a consonant like r/l.
        var final = consonant
        let beforeLast = stem.last!
        // Vowel group before the final consonant.
        var vowelGroup: [Character] = []
        var index = stem.count - 1
        while index >= 0, vowels.contains(stem[index]) { vowelGroup.insert(stem[index], at: 0); index -= 1 }
        let isLong = vowelGroup.count >= 2
        if consonant == "s" && isLong { final = "z" }
        if consonant == "f" && (isLong || "rl".contains(beforeLast)) { final = "v" }
        if vowelGroup.count >= 2 && vowelGroup[vowelGroup.count - 1] == vowelGroup[vowelGroup.count - 2] {
            // Double vowel in an open syllable is written single: kaal → kale, groot → grote, raar → rare.
            stem.remove(at: stem.count - 1)
        } else if vowelGroup.count == 1 && index >= -1 && syllableCount(base) == 1 && !"wxyj".contains(consonant) {
            // Short vowel, one syllable: double the consonant (dom → domme, bot → botte).
            stem.append(consonant)
        }
        return String(stem) + String(final)
    }

    static func syllableCount(_ word: String) -> Int {
        var count = 0
        var previousWasVowel = false
        for ch in word {
            let isVowel = vowels.contains(ch)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        return count
    }
}
