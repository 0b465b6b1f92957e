import Foundation

/// One line on standard error: progress and problems, kept apart from a tool's output.
func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
