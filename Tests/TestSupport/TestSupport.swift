import Foundation
import SparKit

// Helpers shared by the test targets. Kept deliberately small: loading scenarios from text
// or from `Tests/Fixtures`, and reading inline location markers.

/// Loads a scenario from YAML text, as `spar lint` would load a file named `file`.
public func loadScenario(yaml: String, file: String = "test.yaml") -> ScenarioLoadResult {
    ScenarioLoader.load(text: yaml, file: file)
}

/// The absolute path of `Tests/Fixtures/NAME`, wherever the tests run from.
public func fixturePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport.swift
        .deletingLastPathComponent()  // TestSupport/
        .appendingPathComponent("Fixtures")
        .appendingPathComponent(name)
        .path
}

/// A 1-based place in a text, counted the way diagnostics count it: columns are Unicode scalars.
public struct MarkerPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// Removes the keycap markers `0️⃣` … `9️⃣` and `🔟` from `marked` and says where each stood,
/// in the style of swift-format's tests: `goto: 1️⃣nowhere` → the clean text and
/// `["1️⃣": line:col of "nowhere"]`. Each marker may appear once.
public func extractMarkers(_ marked: String) -> (text: String, markers: [String: MarkerPosition]) {
    var text = ""
    var markers: [String: MarkerPosition] = [:]
    var line = 1
    var column = 1
    for character in marked {
        let scalars = character.unicodeScalars
        let isKeycap = scalars.count == 3
            && ("0"..."9").contains(scalars.first!)
            && scalars.dropFirst().first == "\u{FE0F}"
            && scalars.last == "\u{20E3}"
        if isKeycap || character == "🔟" {
            precondition(markers[String(character)] == nil, "marker \(character) used twice")
            markers[String(character)] = MarkerPosition(line: line, column: column)
            continue
        }
        text.append(character)
        if character.isNewline {
            line += 1
            column = 1
        } else {
            column += scalars.count
        }
    }
    return (text, markers)
}
