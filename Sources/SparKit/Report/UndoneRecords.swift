/// Which records of a transcript `/back` and `/restart` took back. The session restores the state from
/// before the last answer, so that answer and anything recorded after it (a checkpoint) no longer
/// count; `/restart` takes back everything. Their points are not in the scorecard, so show's totals
/// and the report's mistakes leave them out too.
public enum UndoneRecords {
    public static func indices(in records: [TranscriptRecord]) -> Set<Int> {
        var undone: Set<Int> = []
        var answerStarts: [Int] = []
        for (index, record) in records.enumerated() {
            switch record.type {
            case .turn:
                answerStarts.append(index)
            case .back:
                guard let start = answerStarts.popLast() else { continue }
                for earlier in start..<index where isScored(records[earlier]) { undone.insert(earlier) }
            case .restart:
                for earlier in 0..<index where isScored(records[earlier]) { undone.insert(earlier) }
                answerStarts.removeAll()
            default:
                continue
            }
        }
        return undone
    }

    static func isScored(_ record: TranscriptRecord) -> Bool {
        [RecordKind.turn, .classify, .map, .unmatched, .unclear].contains(record.type)
    }
}
