import Foundation

/// Where the scenarios shipped with spar live once built: a resource folder
/// copied next to the binary. Looked up by hand (not `Bundle.module`) so a
/// missing folder is an empty menu, never a crash.
public enum ShippedScenarios {
    public static let bundleName = "spar_ShippedScenarios.resources"
}
