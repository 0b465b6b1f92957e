#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the C library into a UTF-8 character locale, which readline needs to
/// edit Chinese text as whole characters and to measure their width.
public enum TerminalLocale {
    /// Adopts the user's character locale, falling back to C.UTF-8 when that is
    /// plain C/POSIX (common in containers and minimal SSH sessions).
    /// Only LC_CTYPE is changed so number and date formatting stay untouched.
    /// Safe to call more than once.
    public static func activate() {
        _ = setlocale(LC_CTYPE, "")
        let current = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        if current == "C" || current == "POSIX" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
        }
    }

    /// The active character locale's name, e.g. "C.UTF-8".
    public static var current: String {
        setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
    }
}
