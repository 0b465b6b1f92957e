#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the process is attached to.
public enum Terminal {
    public static var isInputTTY: Bool { isatty(STDIN_FILENO) != 0 }

    public static var isOutputTTY: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The narrowest width layout code has to cope with.
    public static let minimumColumns = 20

    /// Width of stdout's terminal, else `$COLUMNS`, else 80; never below `minimumColumns`.
    /// Queried each time so a resized window is picked up.
    public static var columns: Int {
        columns(windowWidth: windowWidth(of: STDOUT_FILENO), environment: environment)
    }

    /// The rule behind `columns`, separated from the system calls for testing.
    public static func columns(windowWidth: Int?, environment: [String: String]) -> Int {
        if let windowWidth, windowWidth > 0 { return max(minimumColumns, windowWidth) }
        if let value = environment["COLUMNS"].flatMap({ Int($0.trimmingSpaces()) }), value > 0 {
            return max(minimumColumns, value)
        }
        return max(minimumColumns, 80)
    }

    static func windowWidth(of fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The process environment, read directly so this module needs no Foundation.
    static var environment: [String: String] {
        var result: [String: String] = [:]
        let start: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        guard var entry = start else { return result }
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
