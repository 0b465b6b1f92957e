import SalesMethod

/// The lines a trainee would type to play a path of choice numbers perfectly: every contact
/// mapped right first, each checkpoint answered right. Pipe them into `spar play` to record a
/// golden transcript of the best (or worst) path.
public enum PathInputs {
    public static func lines(for scenario: Scenario, path: [Int], mapContacts: Bool = true) -> [String] {
        var session = Session(scenario: scenario, mode: .practice)
        _ = session.begin()
        var lines: [String] = []
        if mapContacts {
            for contact in scenario.contacts {
                let line = "/map \(contact.id) \(contact.role.rawValue) \(contact.attitude.rawValue) \(contact.style.rawValue)"
                lines.append(line)
                _ = session.handle(line)
            }
        }
        var remaining = path[...]
        var guardCount = 0
        while !session.isFinished, guardCount < 10_000 {
            guardCount += 1
            let line: String
            switch session.state.pending {
            case .classify?:
                let expected = Classifier.classify(session.state.known.accountFacts)
                line = ([expected.customerClass.rawValue] + expected.expectedReasons.map(\.rawValue)).joined(separator: " ")
            case .map(let ids)?:
                guard let contact = ids.first.flatMap({ scenario.contact($0) }) else { return lines }
                line = "\(contact.role.rawValue) \(session.attitude(of: contact).rawValue) \(contact.style.rawValue)"
            default:
                guard let number = remaining.popFirst() else { return lines }
                line = String(number)
            }
            lines.append(line)
            _ = session.handle(line)
        }
        return lines
    }
}
