import Foundation
import SalesMethod

/// The scenario format as a JSON Schema (2020-12), built from the same key lists and method
/// identifiers the loader uses, so editors complete exactly what spar accepts.
public enum ScenarioSchema {
    public static let id = "https://spar.local/schemas/scenario-v1.json"

    public static func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(JSONValue.object(schema()))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func enumOf<T: MethodIdentifier>(_ type: T.Type, description: String) -> JSONValue {
        .object(["type": "string", "enum": .array(T.identifiers.map { .string($0) }), "description": .string(description)])
    }

    static func listOf(_ item: JSONValue) -> JSONValue {
        .object(["oneOf": .array([item, .object(["type": "array", "items": item])])])
    }

    static func object(_ properties: [String: JSONValue], required: [String] = [], description: String? = nil) -> JSONValue {
        var schema: [String: JSONValue] = [
            "type": "object", "properties": .object(properties), "additionalProperties": false,
        ]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        if let description { schema["description"] = .string(description) }
        return .object(schema)
    }

    /// Text, as spar reads it: any scalar (a YAML 1.2 loader reads `say: 100` as a number), never empty.
    static let text: JSONValue = .object(["type": ["string", "number", "boolean"], "minLength": 1])
    static let scalar: JSONValue = .object(["type": ["string", "number", "boolean"]])
    static func minutes(_ description: String) -> JSONValue {
        .object(["type": "integer", "minimum": 0, "maximum": 1440, "description": .string(description)])
    }

    /// The words spar reads as true or false (any case), in the spellings people write.
    static let booleanWords = ["true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO",
                               "on", "On", "ON", "off", "Off", "OFF"]

    static func schema() -> [String: JSONValue] {
        let yesNo: JSONValue = .object(["type": "string", "enum": ["yes", "no", "unknown"]])
        let facts = object([
            "need": yesNo, "can_pay": yesNo, "sees_value": yesNo,
            "kp": .object(["type": "string", "enum": ["first", "second", "third", "unknown"]]),
            "budget": scalar, "timeline": scalar, "decision_process": scalar, "competitor": scalar,
        ])
        let reveals: JSONValue = .object(["oneOf": .array([
            facts, listOf(enumOf(AccountFact.self, description: "a fact whose hidden truth this reveals")),
        ])])
        let dimensions = Dictionary(uniqueKeysWithValues: ScoreDimension.allCases.map {
            ($0.rawValue, JSONValue.object(["type": "integer", "minimum": -100, "maximum": 100]))
        })
        let outcome: JSONValue = .object(["type": "string", "enum": .array(Outcome.allCases.map { .string($0.rawValue) })])
        let styles = listOf(enumOf(CommunicationStyle.self, description: "communication style"))
        let shifts: JSONValue = .object([
            "type": "object",
            "additionalProperties": enumOf(Attitude.self, description: "the contact's attitude from here on"),
            "description": "attitudes that change here, by contact id: shifts: {zhao: neutral}",
        ])
        let choice = object([
            "say": text, "match": listOf(text), "gist": text,
            "task": enumOf(LifecycleTask.self, description: "the lifecycle task this answer performs"),
            "step": enumOf(SalesStep.self, description: "the sales step this answer performs"),
            "close": enumOf(ClosingTechnique.self, description: "this answer asks for the order with this technique"),
            "next_step": .object(["type": "boolean", "description": "this answer asks the customer to agree a concrete next step: a close (assumptive unless close says otherwise)"]),
            "handles": enumOf(ObjectionHandling.self, description: "how this answer handles the open objection (LAER)"),
            "suits": styles, "clashes": styles, "reveals": reveals, "shifts": shifts,
            "set": .object(["type": "object", "additionalProperties": scalar]),
            "if": .object(["type": ["string", "number", "boolean"], "minLength": 1, "description": "a condition: facts, variables, elapsed, remaining, in_window, visits(NODE), visited(NODE), known(FACT)"]),
            "score": object(dimensions), "feedback": text, "minutes": minutes("meeting minutes this answer takes"), "goto": text,
        ], required: ["say", "goto"])
        let node = object([
            "stage": enumOf(LifecycleStage.self, description: "relationship stage here (inherited when omitted)"),
            "task": enumOf(LifecycleTask.self, description: "the task of the stage already reached here: the ones before it are behind"),
            "buying": enumOf(BuyingPhase.self, description: "the buyer's phase here (inherited when omitted)"),
            "speaker": text, "line": text, "cue": text,
            "signals": listOf(enumOf(BuyingSignal.self, description: "a buying signal shown here")),
            "objection": enumOf(ObjectionKind.self, description: "an objection raised here"),
            "resolves": enumOf(ObjectionKind.self, description: "the customer accepts the answer: this open objection is removed"),
            "reveals": reveals, "shifts": shifts,
            "ask": .object(["type": "string", "enum": ["classify", "map"]]),
            "minutes": minutes("meeting minutes this beat takes"),
            "choices": .object(["type": "array", "items": choice]),
            "end": .object(["oneOf": .array([outcome, object(["outcome": outcome, "text": text], required: ["outcome"])])]),
        ])
        let contact = object([
            "name": text, "title": text,
            "kp": enumOf(KPRank.self, description: "rank of this key person"),
            "role": listOf(enumOf(BuyerRole.self, description: "role in the project; several as a list, the main one first")),
            "attitude": enumOf(Attitude.self, description: "attitude to us"),
            "style": enumOf(CommunicationStyle.self, description: "communication style"),
            "joins": .object(["type": "string", "description": "the node where this person comes into the meeting; absent: there from the start"]),
        ], required: ["name", "role", "attitude", "style"])
        let properties: [String: JSONValue] = [
            "id": text, "title": text,
            "language": .object(["type": "string", "enum": ["zh", "en"]]),
            "summary": text,
            "notes": object([
                "objectives": listOf(text), "teaches": listOf(text),
                "difficulty": .object(["type": "integer", "minimum": 1, "maximum": 5]),
                "duration": .object(["type": "integer", "minimum": 1, "maximum": 600]),
            ]),
            "meeting": object(["minutes": .object(["type": "integer", "minimum": 1, "maximum": 1440]),
                               "closing_window": minutes("the last minutes of the meeting, when closing counts most")]),
            "account": object(["company": text, "industry": text,
                               "demand_level": enumOf(DemandLevel.self, description: "the buying company's demand level"),
                               "truth": facts, "known": facts], required: ["company"]),
            "contacts": .object(["type": "object", "additionalProperties": contact, "minProperties": 1]),
            "variables": .object(["type": "object", "additionalProperties": scalar]),
            "settings": object([
                "pass_mark": .object(["type": "integer", "minimum": 0, "maximum": 100]),
                "follow_up_chance": .object(["type": "number", "minimum": 0, "maximum": 1]),
                // spar also takes yes/no/on/off, which YAML 1.2 loaders read as text.
                "require_sponsor": .object(["anyOf": [
                    .object(["type": "boolean"]),
                    .object(["type": "string", "enum": .array(booleanWords.map { .string($0) })]),
                ]]),
                "critical_errors_block": .object(["anyOf": [
                    .object(["type": "boolean"]),
                    .object(["type": "string", "enum": .array(booleanWords.map { .string($0) })]),
                ], "description": "a critical error (a D judged A, a wrong classification checkpoint, signing with no sponsor) keeps a session from passing"]),
                "weights": object(Dictionary(uniqueKeysWithValues: ScoreDimension.allCases.map {
                    ($0.rawValue, JSONValue.object(["type": "number", "minimum": 0, "maximum": 100]))
                })),
            ]),
            "synonyms": .object(["type": "object", "additionalProperties": listOf(text),
                                 "description": "extra synonyms for typed answers: a term and the words that mean the same (docs/matching.md)"]),
            "start": text,
            "nodes": .object(["type": "object", "additionalProperties": node, "minProperties": 1]),
        ]
        var schema: [String: JSONValue] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(id),
            "title": "spar scenario",
            "description": "A branching customer script for spar (format v1). See docs/scenario-format.md.",
        ]
        if case .object(let top) = object(properties, required: ["id", "title", "contacts", "start", "nodes"]) {
            schema.merge(top) { $1 }
        }
        return schema
    }
}

/// Just enough JSON to write a schema with sorted keys.
indirect enum JSONValue: Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral,
    ExpressibleByBooleanLiteral {
    case string(String), int(Int), bool(Bool), array([JSONValue]), object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
