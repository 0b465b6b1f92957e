import Foundation
import SparKit

/// Any bytes as a scenario file: the loader must end in a scenario or a located error, never a
/// crash or a hang; a scenario that loads must then start and take a few inputs.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let result = ScenarioLoader.load(data: Data(bytes: bytes, count: count), file: "fuzz.yaml")
    for diagnostic in result.diagnostics {
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "unlocated: \(diagnostic)")
        precondition(!diagnostic.message.isEmpty, "a diagnostic without a message")
    }
    guard let scenario = result.scenario else {
        precondition(result.diagnostics.contains { $0.severity == .error }, "no scenario and no error")
        return 0
    }
    var session = Session(scenario: scenario)
    _ = session.begin()
    // Not /hint: it searches the whole play space, which is the analysis's cost, not the loader's.
    for input in ["1", "/status", "未知", "2", "/back", "yes"] { _ = session.handle(input) }
    return 0
}
