import ArgumentParser
import SparKit

/// What starting a session asks besides `PlayArguments` (`spar play` and the menu): the mode, who
/// plays, and whether to pick up an unfinished session instead.
public struct NewSessionArguments: ParsableArguments {
    /// Nil when not given: a new session is practice, and an unfinished one is offered in its own mode.
    @Option(name: .long, help: "practice (choices, hints, undo; the default) or exam (typed answers, feedback at the end).")
    public var mode: SessionMode?

    @Option(name: .long, help: "The trainee's name, recorded in the transcript.")
    public var trainee: String?

    @Option(name: [.customLong("class")], help: "The class or group, recorded in the transcript.")
    public var className: String?

    @Flag(name: .long, inversion: .prefixedNo,
          help: "Resume an unfinished session of this scenario and trainee without asking (--no-resume: start anew). By default a terminal asks.")
    public var resume: Bool?

    public init() {}
}
