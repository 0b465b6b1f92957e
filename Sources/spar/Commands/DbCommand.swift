import ArgumentParser
import Foundation
import SparClassroom

/// `spar db …`: the classroom store itself, apart from any running server.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Work on a classroom store: copy its classes to another (SQLite to PostgreSQL, or back).",
        subcommands: [DbCopyCommand.self])
}

struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every class, seat and transcript from one store to another.",
        discussion: """
            FROM and TO are each a SQLite file or postgres://USER@HOST[:PORT]/DB. TO is created and migrated \
            when needed. Trainees keep their seats: spar join against a server on TO goes on where they stood. \
            A class whose code TO already has is left as it is. Copy while no server writes to FROM.
            """)

    @Argument(help: "The store to copy from (it must exist).") var from: String
    @Argument(help: "The store to copy into.") var to: String
    @Option(name: [.customLong("class")], help: "Only this class (join code).") var code: String?

    func run() throws {
        do {
            let source = try ClassroomStoreOpening.open(from, mustExist: true)
            let target = try ClassroomStoreOpening.open(to)
            let counts = try ClassroomStoreCopy.copy(from: source, to: target, classCode: code?.uppercased())
            print("copied \(counts.classes) class\(counts.classes == 1 ? "" : "es"), \(counts.seats) seat\(counts.seats == 1 ? "" : "s"), "
                  + "\(counts.entries) transcript record\(counts.entries == 1 ? "" : "s") to \(ClassroomStoreOpening.shown(to))")
            if !counts.skipped.isEmpty {
                print("left out (already in \(ClassroomStoreOpening.shown(to))): \(counts.skipped.joined(separator: ", "))")
            }
        } catch {
            Console.error("spar db copy: \(error)")
            throw ExitCode(1)
        }
    }
}
