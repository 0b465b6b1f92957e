import Foundation
import SparKit

/// A cmi5 course structure (`cmi5.xml`): one assignable unit per scenario, launched on a
/// `spar serve` at /cmi5/launch/SCENARIO, passed at the scenario's pass mark.
struct Cmi5CourseStructure {
    var title: String
    var server: String
    var mode: SessionMode
    var scenarios: [Scenario]

    /// The course's id: the same scenarios on the same server make the same course.
    var courseID: String {
        let seed = ([server, mode.rawValue] + scenarios.map { "\($0.id)\u{1F}\($0.sha256)" }).joined(separator: "\u{1F}")
        return "\(XAPIExport.homePage)/courses/\(DeterministicUUID.make("spar-cmi5-course\u{1F}\(seed)"))"
    }

    static func unitURL(server: String, scenario: String, mode: SessionMode) -> String {
        let trimmed = server.hasSuffix("/") ? String(server.dropLast()) : server
        return "\(trimmed)/cmi5/launch/\(XAPIExport.segment(scenario))?mode=\(mode.rawValue)"
    }

    var xml: String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">"#,
            "  <course id=\"\(Self.escape(courseID))\">",
            "    <title><langstring lang=\"en-US\">\(Self.escape(title))</langstring></title>",
            "    <description><langstring lang=\"en-US\">B2B sales role-plays scored by spar: \(scenarios.count) scenario\(scenarios.count == 1 ? "" : "s").</langstring></description>",
            "  </course>",
        ]
        for scenario in scenarios {
            let lang = scenario.language == .zh ? "zh-CN" : "en-US"
            let mastery = Double(scenario.settings.passMark) / 100
            lines += [
                "  <au id=\"\(Self.escape(XAPIExport.scenarioActivityID(scenario.id)))\" moveOn=\"Passed\" masteryScore=\"\(mastery)\" launchMethod=\"AnyWindow\">",
                "    <title><langstring lang=\"\(lang)\">\(Self.escape(scenario.title))</langstring></title>",
                "    <description><langstring lang=\"\(lang)\">\(Self.escape(scenario.summary ?? scenario.title))</langstring></description>",
                "    <url>\(Self.escape(Self.unitURL(server: server, scenario: scenario.id, mode: mode)))</url>",
                "  </au>",
            ]
        }
        lines.append("</courseStructure>")
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default:
                // XML 1.0 has no place for most control characters.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }) { escaped.append(character) }
            }
        }
        return escaped
    }
}
