import ArgumentParser
import Foundation
import SparCommandLine
import SparLRS

/// `--lrs URL --auth USER:PASS`: the learning record store `export` posts to and `serve` forwards to.
struct LRSOptions: ParsableArguments {
    @Option(name: .long, help: helpText(zh: "把语句发送到这个学习记录库的 xAPI 地址（例如 https://lrs.example.com/xAPI/）。", en: "Send the statements to this learning record store's xAPI endpoint (e.g. https://lrs.example.com/xAPI/)."))
    var lrs: String?

    @Option(name: .long, help: helpText(zh: "LRS 的登录凭据 USER:PASS（默认：$SPAR_LRS_AUTH，这样凭据不会出现在进程列表里）。", en: "The LRS's credentials, USER:PASS (default: $SPAR_LRS_AUTH, which keeps them out of the process list)."))
    var auth: String?

    func validate() throws {
        _ = try endpoint()
    }

    /// The endpoint with its credentials (nil without --lrs), or why they cannot be used.
    func endpoint() throws -> LRSEndpoint? {
        guard let lrs else {
            if auth != nil { throw ValidationError("--auth is the credentials of --lrs; give --lrs URL too") }
            return nil
        }
        let fromEnvironment = ProcessInfo.processInfo.environment["SPAR_LRS_AUTH"].flatMap { $0.isEmpty ? nil : $0 }
        guard let credentials = auth ?? fromEnvironment else {
            throw ValidationError("--lrs needs the store's credentials: --auth USER:PASS or $SPAR_LRS_AUTH")
        }
        do {
            return try LRSEndpoint(url: lrs, credentials: credentials)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
