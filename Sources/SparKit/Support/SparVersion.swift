/// spar's version: printed by `--version` and recorded in every transcript.
public enum SparVersion {
    public static let current = "0.1.0"
}
