import Testing
import SalesMethod

@Test func catalogListsEveryIdentifierTypeOnce() {
    let typeNames = allIdentifierTypes().map { String(describing: $0) }
    #expect(SalesMethodCatalog.entries.map(\.typeName) == typeNames)
    #expect(Set(SalesMethodCatalog.entries.map(\.key)).count == SalesMethodCatalog.entries.count)
}

@Test func catalogEntriesCarryIdsAndNames() throws {
    let roles = try #require(SalesMethodCatalog.entry(named: "buyer_role"))
    #expect(roles.identifiers == BuyerRole.identifiers)
    #expect(roles.names.first?.zh == "批准者")
    #expect(SalesMethodCatalog.entry(named: "CustomerClass")?.identifiers == ["A", "B", "C", "D", "unknown"])
    #expect(SalesMethodCatalog.entry(named: "nothing") == nil)
}
