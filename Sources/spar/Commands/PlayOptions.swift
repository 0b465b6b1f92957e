import SalesMethod
import SparKit

/// How one session is played — by `spar play`, the menu and `spar resume` alike: everything the
/// play loop needs besides the scenario, settled (the language chosen, the folder known). The
/// command lines that lead here share `PlayArguments`.
struct PlayOptions {
    var mode: SessionMode
    var language: Language
    var trainee: String
    var className: String?
    var outDirectory: String
    var overrides = StartOverrides()
}
