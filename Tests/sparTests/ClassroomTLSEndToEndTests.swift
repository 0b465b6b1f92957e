import Foundation
import Testing

/// `spar serve --tls-cert --tls-key` and `spar join --server https://… --ca-cert`: a class played
/// over wss with a certificate made for the test, a client that does not trust it told so at once,
/// and the server's refusals of missing or mismatched files.
@Suite("Classroom over TLS (built binary)", .serialized)
struct ClassroomTLSEndToEndTests {
    typealias Ready = ClassroomEndToEndTests.Ready

    /// A self-signed certificate for 127.0.0.1 and its key, made with openssl; nil when there is no openssl.
    private static func makeCertificate(in folder: URL, name: String) throws -> (certificate: String, key: String)? {
        let certificate = folder.appendingPathComponent("\(name).pem").path
        let key = folder.appendingPathComponent("\(name)-key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-keyout", key, "-out", certificate,
                             "-subj", "/CN=spar test classroom", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        do { try openssl.run() } catch { return nil }
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else { return nil }
        return (certificate, key)
    }

    private static var hasOpenSSL: Bool {
        ["/usr/bin/openssl", "/usr/local/bin/openssl", "/bin/openssl"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test("a class over wss: a trainee trusting the classroom's certificate finishes; one who does not is told why",
          .enabled(if: hasOpenSSL, "needs openssl to make a test certificate"), .timeLimit(.minutes(4)))
    func playsOverTLS() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try #require(try Self.makeCertificate(in: folder, name: "class"), "openssl could not make a certificate")
        let inputs = try SparBinary.run(["explore", "valve-retrofit", "--inputs", "best"]).stdout.split(separator: "\n").map(String.init)
        let local = try SparBinary.run(["play", "valve-retrofit", "--out", folder.appendingPathComponent("local").path],
                                       input: inputs.joined(separator: "\n") + "\n",
                                       environment: ["XDG_STATE_HOME": folder.appendingPathComponent("local-state").path])
        let localOverall = try #require(ClassroomEndToEndTests.overall(in: local.stdout))

        let (server, ready) = try ClassroomEndToEndTests.startServer(
            db: folder.appendingPathComponent("classroom.sqlite").path, readyFile: folder.appendingPathComponent("ready.json").path,
            scenarios: ["valve-retrofit"], extra: ["--tls-cert", made.certificate, "--tls-key", made.key])
        defer { server.kill() }
        #expect(ready.url.hasPrefix("https://127.0.0.1:"), "\(ready.url)")
        let code = ready.classes[0].code

        let trainee = try BackgroundSpar(["join", code, "--server", ready.url, "--name", "tls-trainee", "--ca-cert", made.certificate],
                                         environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path])
        trainee.send(inputs)
        trainee.closeInput()
        #expect(trainee.wait(seconds: 120) == 0, "\(trainee.stderr)")
        #expect(ClassroomEndToEndTests.overall(in: trainee.stdout) == localOverall, "\(trainee.stdout.suffix(600))")

        // The trainer's commands go over https too.
        let roster = try SparBinary.run(["class", "roster", code, "--server", ready.url, "--token", ready.trainer_token,
                                         "--ca-cert", made.certificate])
        #expect(roster.status == 0, "\(roster.stderr)")
        #expect(roster.stdout.contains("tls-trainee"), "\(roster.stdout)")

        // Without the certificate the system's store does not trust it: said at once, no retry loop.
        let started = Date()
        let untrusting = try SparBinary.run(["join", code, "--server", ready.url, "--name", "stranger"], input: "1\n",
                                            environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state2").path,
                                                          "SPAR_CA_CERT": ""])
        #expect(untrusting.status == 1)
        #expect(untrusting.stderr.contains("is not trusted") && untrusting.stderr.contains("--ca-cert"), "\(untrusting.stderr)")
        #expect(Date().timeIntervalSince(started) < 8, "the client retried instead of saying the certificate is not trusted")
        // Nor does it take a plain ws:// client.
        let plain = try SparBinary.run(["join", code, "--server", ready.url.replacingOccurrences(of: "https://", with: "http://"),
                                        "--name", "plain"], input: "1\n",
                                       environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state3").path])
        #expect(plain.status != 0)
        #expect(!plain.stdout.contains("Joined") && !plain.stdout.contains("已加入"))
    }

    @Test("spar serve names a missing certificate, a file that is not one, and a key that is not the certificate's",
          .enabled(if: hasOpenSSL, "needs openssl to make a test certificate"))
    func refusesBadCertificateFiles() throws {
        let folder = try SparBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try #require(try Self.makeCertificate(in: folder, name: "first"))
        let second = try #require(try Self.makeCertificate(in: folder, name: "second"))
        let notPEM = folder.appendingPathComponent("notes.txt").path
        try "not a certificate\n".write(toFile: notPEM, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("classroom.sqlite").path
        func serve(_ certificate: String, _ key: String) throws -> SparBinary.Result {
            try SparBinary.run(["serve", "valve-retrofit", "--port", "0", "--db", db, "--tls-cert", certificate, "--tls-key", key])
        }
        let missing = try serve(folder.appendingPathComponent("nowhere.pem").path, first.key)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("spar serve: --tls-cert \(folder.appendingPathComponent("nowhere.pem").path): no such file"), "\(missing.stderr)")
        let garbage = try serve(notPEM, first.key)
        #expect(garbage.status == 1)
        #expect(garbage.stderr.contains("--tls-cert \(notPEM): not a PEM certificate"), "\(garbage.stderr)")
        let badKey = try serve(first.certificate, notPEM)
        #expect(badKey.status == 1)
        #expect(badKey.stderr.contains("--tls-key \(notPEM): not a PEM private key"), "\(badKey.stderr)")
        let mismatched = try serve(first.certificate, second.key)
        #expect(mismatched.status == 1)
        #expect(mismatched.stderr.contains("is not the key of the certificate"), "\(mismatched.stderr)")
        let alone = try SparBinary.run(["serve", "valve-retrofit", "--port", "0", "--db", db, "--tls-cert", first.certificate])
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("--tls-cert and --tls-key go together"), "\(alone.stderr)")
    }
}
