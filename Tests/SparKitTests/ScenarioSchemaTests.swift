import Foundation
import SalesMethod
@testable import SparKit
import Testing
import TestSupport

/// The scenario format's JSON Schema: the committed docs/scenario.schema.json is exactly what
/// `spar schema` prints, and it offers every key the loader reads and every method identifier.
@Suite struct ScenarioSchemaTests {
    static let committedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/scenario.schema.json").path

    typealias Object = [String: Any]

    static func schema() throws -> Object {
        try #require(try JSONSerialization.jsonObject(with: Data(ScenarioSchema.json().utf8)) as? Object)
    }

    /// Follows a path of keys through nested objects.
    static func at(_ path: [String], in object: Object, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Object {
        var current = object
        for key in path {
            current = try #require(current[key] as? Object, "no object at \(path.joined(separator: "."))",
                                   sourceLocation: sourceLocation)
        }
        return current
    }

    static func enumValues(_ object: Object) -> [String]? {
        object["enum"] as? [String]
    }

    /// The item schema of a property that takes one value or a list (`oneOf: [item, array of item]`).
    static func item(ofListProperty object: Object) throws -> Object {
        let options = try #require(object["oneOf"] as? [Object])
        return try #require(options.first { $0["type"] as? String != "array" })
    }

    // MARK: - The committed copy

    @Test func committedSchemaIsExactlyWhatSparPrints() throws {
        let committed = try String(contentsOfFile: Self.committedPath, encoding: .utf8)
        #expect(committed == ScenarioSchema.json(),
                "docs/scenario.schema.json is out of date: run `.build/debug/spar schema > docs/scenario.schema.json`")
    }

    @Test func schemaIsValidJSONForDraft2020() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$id"] as? String == ScenarioSchema.id)
        #expect(schema["type"] as? String == "object")
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(Set(schema["required"] as? [String] ?? []) == ["id", "title", "contacts", "start", "nodes"])
        #expect(ScenarioSchema.json().hasSuffix("}\n"))
    }

    // MARK: - Keys

    static var node: Object { get throws { try at(["properties", "nodes", "additionalProperties"], in: try schema()) } }
    static var choice: Object { get throws { try at(["properties", "choices", "items"], in: try node) } }
    static var contact: Object { get throws { try at(["properties", "contacts", "additionalProperties"], in: try schema()) } }

    @Test func everyKeyTheLoaderReadsIsInTheSchema() throws {
        let top = try Self.at(["properties"], in: try Self.schema())
        #expect(Set(top.keys) == Set(ScenarioLoader.topKeys))
        #expect(Set(try Self.at(["properties"], in: try Self.node).keys) == Set(ScenarioLoader.nodeKeys))
        #expect(Set(try Self.at(["properties"], in: try Self.choice).keys) == Set(ScenarioLoader.choiceKeys))
        for object in [try Self.node, try Self.choice, try Self.contact] {
            #expect(object["additionalProperties"] as? Bool == false, "unknown keys must be rejected, as spar does")
        }
        #expect(Set(try Self.choice["required"] as? [String] ?? []) == ["say", "goto"])
        #expect(Set(try Self.contact["required"] as? [String] ?? []) == ["name", "role", "attitude", "style"])
    }

    // MARK: - Method identifiers

    @Test func nodeIdentifiersListEveryValue() throws {
        let properties = try Self.at(["properties"], in: try Self.node)
        #expect(Self.enumValues(try Self.at(["stage"], in: properties)) == LifecycleStage.identifiers)
        #expect(Self.enumValues(try Self.at(["buying"], in: properties)) == BuyingPhase.identifiers)
        #expect(Self.enumValues(try Self.at(["objection"], in: properties)) == ObjectionKind.identifiers)
        #expect(Self.enumValues(try Self.item(ofListProperty: try Self.at(["signals"], in: properties))) == BuyingSignal.identifiers)
        #expect(Self.enumValues(try Self.at(["ask"], in: properties)) == Checkpoint.allCases.map(\.rawValue))
        let end = try #require(try Self.at(["end"], in: properties)["oneOf"] as? [Object])
        let outcomes = Outcome.allCases.map(\.rawValue)
        #expect(Self.enumValues(end[0]) == outcomes)
        #expect(Self.enumValues(try Self.at(["properties", "outcome"], in: end[1])) == outcomes)
    }

    @Test func choiceIdentifiersListEveryValue() throws {
        let properties = try Self.at(["properties"], in: try Self.choice)
        #expect(Self.enumValues(try Self.at(["task"], in: properties)) == LifecycleTask.identifiers)
        #expect(Self.enumValues(try Self.at(["step"], in: properties)) == SalesStep.identifiers)
        #expect(Self.enumValues(try Self.at(["close"], in: properties)) == ClosingTechnique.identifiers)
        #expect(Self.enumValues(try Self.at(["handles"], in: properties)) == ObjectionHandling.identifiers)
        for key in ["suits", "clashes"] {
            #expect(Self.enumValues(try Self.item(ofListProperty: try Self.at([key], in: properties))) == CommunicationStyle.identifiers)
        }
        let score = try Self.at(["score", "properties"], in: properties)
        #expect(Set(score.keys) == Set(ScoreDimension.allCases.map(\.rawValue)))
        let reveals = try #require(try Self.at(["reveals"], in: properties)["oneOf"] as? [Object])
        let factList = try Self.item(ofListProperty: reveals[1])
        #expect(Self.enumValues(factList) == AccountFact.identifiers)
        #expect(Set(try Self.at(["properties"], in: reveals[0]).keys) == Set(AccountFact.identifiers))
    }

    @Test func contactAndAccountIdentifiersListEveryValue() throws {
        let contact = try Self.at(["properties"], in: try Self.contact)
        // One role or a list of them.
        #expect(Self.enumValues(try Self.item(ofListProperty: try Self.at(["role"], in: contact))) == BuyerRole.identifiers)
        #expect(Self.enumValues(try Self.at(["attitude"], in: contact)) == Attitude.identifiers)
        #expect(Self.enumValues(try Self.at(["style"], in: contact)) == CommunicationStyle.identifiers)
        #expect(Self.enumValues(try Self.at(["kp"], in: contact)) == KPRank.identifiers)

        let schema = try Self.schema()
        let account = try Self.at(["properties", "account", "properties"], in: schema)
        #expect(Self.enumValues(try Self.at(["demand_level"], in: account)) == DemandLevel.identifiers)
        let truth = try Self.at(["truth", "properties"], in: account)
        #expect(Set(truth.keys) == Set(AccountFact.identifiers))
        for fact in [AccountFact.need, .canPay, .seesValue] {
            #expect(Self.enumValues(try Self.at([fact.rawValue], in: truth)) == FactValue.identifiers)
        }
        #expect(Self.enumValues(try Self.at(["kp"], in: truth)) == KPRank.identifiers + [FactValue.unknown.rawValue])
        #expect(Self.enumValues(try Self.at(["properties", "language"], in: schema)) == Language.allCases.map(\.rawValue))
        let weights = try Self.at(["properties", "settings", "properties", "weights", "properties"], in: schema)
        #expect(Set(weights.keys) == Set(ScoreDimension.allCases.map(\.rawValue)))
    }

    // MARK: - What spar accepts, the schema accepts

    @Test func requireSponsorTakesEverySpellingSparAccepts() throws {
        let setting = try Self.at(["properties", "settings", "properties", "require_sponsor"], in: try Self.schema())
        let options = try #require(setting["anyOf"] as? [Object])
        #expect(options.contains { $0["type"] as? String == "boolean" })
        // YAML 1.2 loaders (editors, check-jsonschema) read these as text; spar takes them as true/false.
        let words = Set(options.compactMap(Self.enumValues).flatMap { $0 })
        for word in ["yes", "no", "on", "off", "Yes", "No"] {
            #expect(words.contains(word), "\(word)")
            let yaml = """
            id: t
            title: t
            settings: { require_sponsor: \(word) }
            contacts:
              wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
            start: a
            nodes:
              a:
                end: lost
            """
            #expect(loadScenario(yaml: yaml).scenario != nil, "spar accepts require_sponsor: \(word)")
        }
    }

    @Test func textFieldsTakeNumbersAsSparDoes() throws {
        // spar reads `say: 100` or `goto: 2` as text; a YAML 1.2 loader reads them as numbers.
        let choice = try Self.at(["properties"], in: try Self.choice)
        for key in ["say", "goto", "feedback", "if"] {
            let property = try Self.at([key], in: choice)
            let types = try #require(property["type"] as? [String], "\(key)")
            #expect(Set(types).isSuperset(of: ["string", "number"]), "\(key): \(types)")
        }
        let loaded = loadScenario(yaml: """
        id: 2024
        title: 100
        contacts:
          wang: { name: 王总, role: approver, attitude: sponsor, style: driver }
        start: 1
        nodes:
          1:
            line: 200
            choices:
              - { say: 300, match: [300, 三百], goto: 2 }
          2:
            end: lost
        """)
        #expect(loaded.scenario?.start == "1", "\(loaded.diagnostics.map(\.description))")
    }
}
