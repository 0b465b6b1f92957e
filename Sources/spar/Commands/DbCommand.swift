import ArgumentParser
import Foundation
import SparClassroom
import SparCommandLine

/// `spar db …`: the classroom store itself, apart from any running server.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: helpText(zh: "管理课堂数据库：把其中的班级复制到另一个数据库（SQLite 到 PostgreSQL，或反过来）。", en: "Work on a classroom store: copy its classes to another (SQLite to PostgreSQL, or back)."),
        subcommands: [DbCopyCommand.self])
}

struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: helpText(zh: "把所有班级、座位和会谈记录从一个课堂数据库复制到另一个。", en: "Copy every class, seat and transcript from one store to another."),
        discussion: helpText(zh: """
            FROM 和 TO 各是一个 SQLite 文件或 postgres://USER@HOST[:PORT]/DB。TO 在需要时会创建并升级。\
            学员保留各自的座位：连到使用 TO 的服务器后，spar join 从原处继续。TO 中已有同一加入码的班级保持不变。\
            复制期间不要让任何服务器写入 FROM。
            """, en: """
            FROM and TO are each a SQLite file or postgres://USER@HOST[:PORT]/DB. TO is created and migrated \
            when needed. Trainees keep their seats: spar join against a server on TO goes on where they stood. \
            A class whose code TO already has is left as it is. Copy while no server writes to FROM.
            """))

    @Argument(help: helpText(zh: "复制的来源（必须已存在）。", en: "The store to copy from (it must exist).")) var from: String
    @Argument(help: helpText(zh: "复制的目标。", en: "The store to copy into.")) var to: String
    @Option(name: [.customLong("class")], help: helpText(zh: "只复制这个班级（加入码）。", en: "Only this class (join code).")) var code: String?

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
