import Foundation
import Testing

@Suite struct ClassifyCommandTests {
    @Test func jsonNamesClassReasonsAndCycle() throws {
        let result = try SparBinary.run(["classify", "--kp", "second", "--need", "yes", "--can-pay", "yes",
                                         "--sees-value", "yes", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["class"] as? String == "B")
        #expect(object["holds"] as? [String] == ["kp_second", "need", "can_pay", "sees_value"])
        #expect(object["fails"] as? [String] == ["not_kp_first"])
        #expect(object["cycle_days"] as? [Int] == [20, 20])
    }

    @Test func anyFailingFactMakesD() throws {
        let result = try SparBinary.run(["classify", "--kp", "first", "--need", "yes", "--can-pay", "no", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["class"] as? String == "D")
        #expect(object["cycle_days"] == nil)
    }

    @Test func textOutputInChinese() throws {
        let result = try SparBinary.run(["classify", "--kp", "first", "--need", "yes", "--can-pay", "yes"])
        #expect(result.stdout.contains("A类"))
        #expect(result.stdout.contains("7–10天"))
    }
}
