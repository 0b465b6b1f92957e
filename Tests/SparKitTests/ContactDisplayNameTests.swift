import SalesMethod
@testable import SparKit
import Testing

/// How a contact is named on screen: with their title in brackets, and a title that has brackets
/// of its own set off instead of nested in more ("刘经理（审计部经理（刘建平））" read badly).
@Suite struct ContactDisplayNameTests {
    func contact(_ title: String?) -> Contact {
        Contact(id: "liu", name: "刘经理", title: title, role: .evaluator, attitude: .neutral, style: .analytical,
                location: SparKit.SourceLocation(file: "t.yaml", line: 1, column: 1))
    }

    @Test func aTitleIsBracketedInTheLanguagesOwnBrackets() {
        #expect(contact("审计部经理").displayName(.zh) == "刘经理（审计部经理）")
        #expect(contact("audit manager").displayName(.en) == "刘经理 (audit manager)")
        #expect(contact(nil).displayName(.zh) == "刘经理")
    }

    @Test func aTitleWithBracketsOfItsOwnIsSetOffNotNested() {
        #expect(contact("审计部经理（刘建平）").displayName(.zh) == "刘经理 · 审计部经理（刘建平）")
        #expect(contact("head of audit (Liu Jianping)").displayName(.en) == "刘经理 · head of audit (Liu Jianping)")
    }
}
