import ArgumentParser
import Foundation
import SparLRS

/// `--lrs URL --auth USER:PASS`: the learning record store `export` posts to and `serve` forwards to.
struct LRSOptions: ParsableArguments {
    @Option(name: .long, help: "Send the statements to this learning record store's xAPI endpoint (e.g. https://lrs.example.com/xAPI/).")
    var lrs: String?

    @Option(name: .long, help: "The LRS's credentials, USER:PASS (default: $SPAR_LRS_AUTH, which keeps them out of the process list).")
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
