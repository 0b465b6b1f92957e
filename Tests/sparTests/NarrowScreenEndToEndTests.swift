import Foundation
import Testing

/// A 40-column terminal: the menu breaks its lines only between the details of an entry, never
/// inside an id or a length, and names the meeting's minutes as the story's clock.
@Suite struct NarrowScreenEndToEndTests {
    @Test func theMenuAt40ColumnsKeepsEveryIdAndLengthWhole() throws {
        let state = try SparBinary.temporaryDirectory()
        var terminal = PtySession(columns: 40)
        terminal.environment = ["XDG_STATE_HOME": state.path]
        let result = try terminal.run(["--no-resume"], steps: [.expect("choose (1–"), .send("q\r")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = PtySession.plain(result.stdout).split(separator: "\n").map(String.init)
        for id in ["audit-cold-call-en", "channel-upsell-en", "saas-renewal", "audit-cold-call", "channel-upsell",
                   "components-first-visit", "saas-demo", "tender-evaluation", "valve-retrofit"] {
            #expect(lines.contains { $0.hasPrefix("     \(id) · ") || $0 == "     \(id)" }, "\(id) is not whole at a line's start")
        }
        #expect(lines.contains { $0.contains("会谈90分钟") })
        #expect(lines.contains { $0.contains("meeting 75 min") })
        #expect(!lines.contains { $0.hasPrefix("     · ") || $0.hasSuffix(" ·") })
    }
}
