import Foundation
import Testing

/// The LMS commands' command lines through the built binary: what is refused before anything is
/// sent, and the cmi5 course `spar cmi5 package` writes. (Posting to a real LRS and cmi5 launches
/// are checked by scripts/test-lrs against Ralph.)
@Suite("LMS commands (built binary)")
struct LMSCommandsEndToEndTests {
    static let golden = "transcripts/valve-retrofit/best.jsonl"

    @Test("export says where statements may go, and checks --lrs and --auth before reading anything")
    func exportRefusesBadLRSOptions() throws {
        let cases: [([String], String)] = [
            (["export", Self.golden], "--xapi FILE, --lrs URL, or both"),
            (["export", "--lrs", "http://127.0.0.1:9/xAPI/", Self.golden], "--auth USER:PASS or $SPAR_LRS_AUTH"),
            (["export", "--lrs", "ftp://lrs.example", "--auth", "a:b", Self.golden], "must be an http:// or https:// URL"),
            (["export", "--lrs", "http://lrs.example", "--auth", "no-colon", Self.golden], "USER:PASS"),
            (["export", "--xapi", "-", "--auth", "a:b", Self.golden], "give --lrs URL too"),
        ]
        for (arguments, message) in cases {
            let result = try SparBinary.run(arguments, environment: ["SPAR_LRS_AUTH": ""])
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test("a closed port: status 1, the LRS named, how many statements arrived, no stack trace", .timeLimit(.minutes(2)))
    func exportToAClosedPort() throws {
        let result = try SparBinary.run(["export", "--lrs", "http://127.0.0.1:9/xAPI/", Self.golden], environment: ["SPAR_LRS_AUTH": "key:secret"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot reach the learning record store at http://127.0.0.1:9/xAPI/"), "\(result.stderr)")
        #expect(result.stderr.contains("0 of 24 statements reached the store"), "\(result.stderr)")
    }

    @Test("cmi5 package: one unit per scenario, mastered at the pass mark, launched on the server; the ZIP holds cmi5.xml")
    func cmi5Package() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = folder.appendingPathComponent("cmi5.xml").path
        let result = try SparBinary.run(["cmi5", "package", "valve-retrofit", "saas-renewal", "--server", "https://spar.example.com:8443/",
                                         "--out", xml, "--title", "Sales <B2B> & more"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: xml, encoding: .utf8)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">"))
        #expect(text.contains("<title><langstring lang=\"en-US\">Sales &lt;B2B&gt; &amp; more</langstring></title>"))
        for id in ["valve-retrofit", "saas-renewal"] {
            #expect(text.contains("<au id=\"https://spar.local/scenarios/\(id)\" moveOn=\"Passed\" masteryScore=\"0.8\" launchMethod=\"AnyWindow\">"),
                    "\(text)")
            #expect(text.contains("<url>https://spar.example.com:8443/cmi5/launch/\(id)?mode=exam</url>"), "\(text)")
        }
        let zip = folder.appendingPathComponent("course.zip").path
        #expect(try SparBinary.run(["cmi5", "package", "valve-retrofit", "saas-renewal", "--server", "https://spar.example.com:8443/",
                                    "--out", zip, "--title", "Sales <B2B> & more"]).status == 0)
        // Stored, not compressed: the XML is there byte for byte, between a local header and the end record
        // (scripts/test-lrs reads the archive with Python's zipfile, which checks its CRC).
        let archive = try Data(contentsOf: URL(fileURLWithPath: zip))
        #expect(archive.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(archive.range(of: Data(text.utf8)) != nil)
        #expect(archive.range(of: Data("cmi5.xml".utf8)) != nil)
        #expect(archive.suffix(22).starts(with: [0x50, 0x4B, 0x05, 0x06]))
        let bad = try SparBinary.run(["cmi5", "package", "valve-retrofit", "--server", "spar.example.com", "--out", zip])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--server is the spar server's http:// or https:// address"))
    }
}
