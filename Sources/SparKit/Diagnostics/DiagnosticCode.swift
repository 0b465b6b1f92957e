/// Stable codes for every diagnostic; `docs/diagnostics.md` has an entry for each.
/// Never renumber: editors, scripts and trainers' notes refer to them.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file could not be read, or is not UTF-8 text.
    case unreadableFile = "SP0001"
    /// libyaml could not parse the text.
    case yamlSyntax = "SP0002"
    /// A key the format does not know (with a did-you-mean when one is close).
    case unknownKey = "SP0003"
    /// A value of the wrong YAML type (a list where a mapping is expected, …).
    case wrongType = "SP0004"
    /// A required key is missing.
    case missingKey = "SP0005"
    /// A method identifier (stage, task, role, …) that the method does not define (docs/method.md).
    case unknownIdentifier = "SP0006"
    /// A `speaker` or `/map` target that is not among the contacts.
    case unknownContact = "SP0007"
    /// A `goto` that names no node.
    case unresolvedGoto = "SP0008"
    /// `start` is missing or names no node.
    case missingStart = "SP0009"
    /// An `if` or `set` expression that does not parse.
    case expressionSyntax = "SP0010"
    /// An expression that reads a name nothing defines.
    case unknownName = "SP0011"
    /// The same key twice in one mapping.
    case duplicateKey = "SP0012"
    /// Meeting minutes or closing window that cannot work.
    case badMeeting = "SP0013"
    /// A value out of its range (negative minutes, empty text, …).
    case invalidValue = "SP0014"
    /// A node with neither choices nor an ending: play would stop there.
    case deadEnd = "SP0015"
    /// A transcript line that is not valid JSON or not a transcript event.
    case badTranscript = "SP0016"

    // MARK: - Warnings from analysing the whole scenario (spar lint)

    /// A node no choice leads to.
    case unreachableNode = "SP0020"
    /// A choice whose `if` holds in no reachable state.
    case conditionNeverHolds = "SP0021"
    /// An ending no path reaches.
    case unreachableEnding = "SP0022"
    /// Nodes that lead only to each other: once in, play can never end.
    case cycleWithoutExit = "SP0023"
    /// A `goto` that jumps over a lifecycle stage.
    case edgeSkipsStage = "SP0024"
    /// A `goto` that moves the relationship back a stage.
    case edgeMovesBackwards = "SP0025"
    /// A `signed` ending with no sponsor among the contacts: it can only become follow-up.
    case signedWithoutSponsor = "SP0026"
    /// No path spends enough minutes to reach the closing window.
    case closingWindowUnreachable = "SP0027"
    /// A score dimension nothing in the scenario can score.
    case dimensionNeverScored = "SP0028"
    /// A variable set but never read.
    case variableNeverRead = "SP0029"
    /// A variable read but never set or declared.
    case variableNeverSet = "SP0030"
    /// Two choices of one node share a `match` phrase: typed answers cannot tell them apart.
    case duplicateMatchPhrase = "SP0031"
    /// Two choices of a node that typed answers cannot tell apart (their phrases read as each other).
    case indistinctChoices = "SP0032"
    /// An objection raised at a node from which no node `resolves` it: no close can follow its removal.
    case objectionNeverResolved = "SP0033"
    /// Unquoted text followed by ` #`: YAML reads the rest of the line as a comment and drops it.
    case textCutByComment = "SP0034"

    // MARK: - Limits that keep loading a hostile file cheap

    /// A scenario file over 64 MB.
    case fileTooLarge = "SP0040"
    /// Mappings and lists nested more than 64 deep.
    case nestingTooDeep = "SP0041"
    /// More than 10,000 aliases, or aliases that expand the file past 1,000,000 values.
    case aliasesExpandTooFar = "SP0042"
    /// One text (a value or a key) over 64 KB.
    case textTooLong = "SP0043"
}
