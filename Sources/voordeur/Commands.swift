import ArgumentParser
import Foundation
import VoordeurKit

struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: tr("cli.open.abstract"))
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp(tr("cli.argument.id"))) var id: String?

    func run() throws {
        if let id, !CommandWord.isDraftIDShape(id) {
            throw CLIFailure(message: tr("cli.notanid", ["id": TextSanitizer.singleLine(id)]))
        }
        let context = try common.context()
        try TerminalLauncher.launch(context: context, forceNew: false, id: id)
    }
}

struct Nieuw: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "nieuw", abstract: tr("cli.nieuw.abstract"))
    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.context()
        try TerminalLauncher.launch(context: context, forceNew: true)
    }
}

struct Lijst: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lijst", abstract: tr("cli.lijst.abstract"))
    @OptionGroup var common: CommonOptions

    func run() throws {
        let context = try common.unlockedContext()
        try DataFolderCheck.requireOwnFolder(context.store.folder)
        let (visits, problems) = context.store.summaries()
        for problem in problems { printError(tr("cli.note", ["tekst": problem])) }
        if visits.isEmpty {
            printLine(tr("cli.lijst.none", ["pad": context.store.folder.path]))
            return
        }
        // One write for the whole table, built on bytes: every part of a row is ASCII the program made or checked (a
        // draft's id is validated when it is read), so no row needs the sanitiser.
        var out: [UInt8] = []
        for (heading, width) in [(tr("cli.lijst.id"), 20), (tr("cli.lijst.started"), 18), (tr("cli.lijst.workorder"), 16),
                                 (tr("cli.lijst.status"), 14), (tr("cli.lijst.signals"), 10)] { out += heading.padded(to: width).utf8 }
        out += (tr("cli.lijst.kept") + "\n").utf8
        out.reserveCapacity(out.count * (visits.count + 1))
        /// Cuts or pads what was appended since `start` to `width` columns (ASCII: one byte a column).
        func fit(from start: Int, _ width: Int) {
            if out.count - start > width { out.removeSubrange((start + width)...) }
            out += repeatElement(UInt8(ascii: " "), count: width - (out.count - start))
        }
        func column(_ text: String, _ width: Int) {
            let start = out.count
            out += text.utf8
            guard out[start...].allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
                out.removeSubrange(start...)
                out += text.padded(to: width).utf8
                return
            }
            fit(from: start, width)
        }
        func number(_ n: Int) {
            if n < 0 { out.append(UInt8(ascii: "-")) }
            let magnitude = n.magnitude
            var divisor: UInt = 1
            while divisor <= magnitude / 10 { divisor *= 10 }
            repeat {
                out.append(0x30 + UInt8(magnitude / divisor % 10))
                divisor /= 10
            } while divisor > 0
        }
        let now = Date()
        for visit in visits {
            let id = out.count
            if DraftID.isValid(visit.id) { out += visit.id.utf8 } else { out += TextSanitizer.singleLine(visit.id).utf8 }
            if out[id...].allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
                fit(from: id, 20)
            } else {
                out.removeSubrange(id...)
                column(TextSanitizer.singleLine(visit.id), 20)
            }
            let date = out.count
            DateText.appendDateTime(visit.startedAt, to: &out)
            fit(from: date, 18)
            // The work order, so that the worker recognises the visit (the summary's reference is single-line).
            column(visit.homeReference.isEmpty ? "-" : DisplayWidth.truncate(visit.homeReference, to: 15), 16)
            let status = out.count
            out += tr("status.\(visit.status.rawValue)").utf8
            fit(from: status, 14)
            let signals = out.count
            number(visit.signalCount)
            fit(from: signals, 10)
            let left = DataLayout.daysLeft(retentionDays: context.config.retentionDays, changed: visit.updatedAt, now: now)
            out += (trCount("cli.lijst.daysleft", left) + "\n").utf8
        }
        print(String(decoding: out, as: UTF8.self), terminator: "")
    }
}

struct Kaart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kaart", abstract: tr("cli.kaart.abstract"))
    @OptionGroup var common: CommonOptions

    func run() throws {
        print(try common.context().card.renderedAsText(otherCauseTitle: tr("card.othercause"), tipLabel: tr("visit.tip")), terminator: "")
    }
}

struct Wis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wis", abstract: tr("cli.wis.abstract"))
    @OptionGroup var common: CommonOptions
    @Argument(help: ArgumentHelp(tr("cli.argument.id"))) var id: String?
    @Flag(name: .customLong("alles"), help: ArgumentHelp(tr("cli.wis.alles"))) var alles = false
    @Flag(name: .customLong("ja"), help: ArgumentHelp(tr("cli.wis.ja"))) var ja = false

    func validate() throws {
        if alles == (id != nil) {
            throw ValidationError(tr("cli.wis.idoralles"))
        }
    }

    func run() throws {
        // Deliberately no config or card: a broken file must never stand in the way of deleting data.
        let store = try common.checkedStore()
        try DataFolderCheck.requireOwnFolder(store.folder)
        guard try WisConfirmation.ask(alles ? tr("cli.wis.askall", ["pad": store.folder.path]) : tr("cli.wis.askone", ["id": id ?? ""]),
                                      skip: ja) else {
            printError(tr("cli.wis.nothing"))
            return
        }
        do {
            if alles {
                let count = try store.deleteAll()
                printLine(trCount("cli.wis.deleted", count, ["pad": store.folder.path]))
            } else if let id {
                let deletion = try store.deleteVisit(id: id)
                guard deletion.draftDeleted else {
                    throw CLIFailure(message: tr("cli.nodraft", ["id": TextSanitizer.singleLine(id)]))
                }
                printLine(deletion.notice)
            }
        } catch let error as StorageError {
            throw CLIFailure(message: error.message)
        }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: tr("cli.config.abstract"))
    @OptionGroup var common: CommonOptions
    @Flag(name: .customLong("nieuw"), help: ArgumentHelp(tr("cli.config.nieuw")))
    var nieuw = false

    func run() throws {
        if nieuw {
            let url = common.config.map { URL(fileURLWithPath: DataFolder.expandTilde($0)) } ?? Config.defaultLocation()
            guard !FileManager.default.fileExists(atPath: url.path) else {
                throw CLIFailure(message: tr("cli.config.exists", ["pad": url.path]))
            }
            do {
                try SecureFile.ensurePrivateFolder(url.deletingLastPathComponent(), tightenExisting: false)
                try SecureFile.write(Data(Config.template().utf8), to: url, overwrite: false)
            } catch let error as StorageError {
                throw CLIFailure(message: error.message)
            }
            printLine(tr("cli.config.written", ["pad": url.path]))
            return
        }
        print(try common.context().config.renderedAsText(), terminator: "")
        let speller = Speller.shared
        print("# " + (speller.dictionaryInstalled ? tr("cli.config.spellingon", ["pad": speller.dictionaryPath])
                      : tr("cli.config.spellingoff")))
    }
}

