import Foundation
import VoordeurKit

/// The personal-data check on a 2,000-character text full of what it looks for, and the redactor on the same text.
enum PrivacyBench {
    static func text(length: Int) -> String {
        let sentences = [
            "Mevrouw van den Berg deed open; haar zus belt op (070) 362 18 45 of 06-98765432.",
            "Ik zie een gat van 12 cm in de deur op 150 cm hoogte, bezoek op 22-11-2026 om 09.30 uur.",
            "Volgens Fatima woont de ex op de laan van Meerdervoort 1200, 2563 VG 112a.",
            "Op tafel lag een brief met bsn 131.860.914 en rekening NL32ABNA8426846563.",
            "Zijn auto 34-KLT-7 stond voor de deur; mail naar rob_hendriks[at]ziggo.nl.",
            "Werkorder WO-2026-1187, complex 4711; Veilig Thuis 0800-2000 gebeld.",
            "De jongste is geboren op 14-09-2016 en Kevin riep dat ik weg moest.",
        ]
        var out = ""
        var index = 0
        while out.count < length { out += sentences[index % sentences.count] + " "; index += 1 }
        return String(out.prefix(length))
    }

    static func run(_ sink: inout Int) {
        let sample = text(length: 2000)
        _ = measure("privacy scan: 2,000 characters full of personal data", runs: 2000) {
            sink &+= PersonalDataScanner.scan(sample).count
        }
        _ = measure("privacy scan: one typical sentence (~60 characters)", runs: 5000) {
            sink &+= PersonalDataScanner.scan("Ik zie dat de vrouw een blauwe plek op haar arm heeft.").count
        }
    }
}
