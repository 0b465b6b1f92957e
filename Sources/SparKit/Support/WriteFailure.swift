import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file spar could not write, and why, in words that say what to do: a read-only disk, a full
/// disk and a missing permission have different fixes, so each is named for what it is rather
/// than all reported as "no permission".
public struct WriteFailure: Error, LocalizedError, CustomStringConvertible, Sendable, Hashable {
    /// The file or folder that could not be written.
    public var path: String
    /// The `errno` the system gave; 0 when Foundation's error carried none.
    public var code: Int32
    /// Foundation's own words, when its error carried no errno.
    private var otherReason: String?

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// From what Foundation threw (`FileManager`, `FileHandle`, `Data.write`): its underlying POSIX
    /// error when it has one, else the errno its Cocoa code stands for.
    public init(path: String, error: any Error) {
        if let failure = error as? WriteFailure {
            self = failure
            return
        }
        let cocoa = error as NSError
        let underlying = cocoa.userInfo[NSUnderlyingErrorKey]
        if let posix = underlying as? POSIXError {
            self.init(path: path, code: posix.code.rawValue)
        } else if let underlying = underlying as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(path: path, code: Int32(underlying.code))
        } else if let posix = error as? POSIXError {
            self.init(path: path, code: posix.code.rawValue)
        } else if cocoa.domain == NSPOSIXErrorDomain {
            self.init(path: path, code: Int32(cocoa.code))
        } else {
            self.init(path: path, code: Self.errno(forCocoaCode: cocoa.code))
            if code == 0 { otherReason = cocoa.localizedDescription }
        }
    }

    static func errno(forCocoaCode code: Int) -> Int32 {
        switch CocoaError.Code(rawValue: code) {
        case .fileWriteVolumeReadOnly: EROFS
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteNoPermission, .fileReadNoPermission: EACCES
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileWriteFileExists: EEXIST
        case .fileWriteInvalidFileName: ENAMETOOLONG
        default: 0
        }
    }

    /// What went wrong, for a trainer: "the disk is read-only".
    public var reason: String {
        if code == 0 { return otherReason ?? "unknown error" }
        return switch code {
        case EROFS: "the disk is read-only"
        case ENOSPC, EDQUOT: "the disk is full"
        case EACCES, EPERM: "no permission to write there"
        case ENOENT: "its folder does not exist"
        case ENOTDIR: "part of the path is a file, not a folder"
        case EISDIR: "it is a folder"
        case ENAMETOOLONG: "the name is too long"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// "cannot write PATH: the disk is read-only", with the path's control characters shown.
    public var description: String { "cannot write \(VisibleText.visible(path)): \(reason)" }
    public var errorDescription: String? { description }
}
