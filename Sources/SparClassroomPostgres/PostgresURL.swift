import Foundation
import PostgresNIO

/// Where a PostgreSQL classroom store lives, read from `postgres://USER[:PASSWORD]@HOST[:PORT]/DB`
/// (`postgresql://` too). `?sslmode=disable|prefer|require` picks TLS (default: prefer); a password
/// not in the URL comes from `PGPASSWORD`.
public struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode

    public enum SSLMode: String, Sendable, Hashable {
        case disable, prefer, require
    }

    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public let text: String
        public let why: String
        public var description: String { "'\(text)' is not a PostgreSQL URL (postgres://USER@HOST[:PORT]/DB): \(why)" }
    }

    /// True when `text` names a PostgreSQL store rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw Invalid(text: Self.redacted(text), why: "it does not start with postgres:// or cannot be read as a URL")
        }
        guard let host = components.host, !host.isEmpty else { throw Invalid(text: Self.redacted(text), why: "no host") }
        guard let user = components.user, !user.isEmpty else { throw Invalid(text: Self.redacted(text), why: "no user (USER@HOST)") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw Invalid(text: Self.redacted(text), why: "no database (/DB after the host)") }
        let port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw Invalid(text: Self.redacted(text), why: "port \(port) is out of range") }
        var sslMode = SSLMode.prefer
        for item in components.queryItems ?? [] {
            switch (item.name, item.value) {
            case ("sslmode", let value?):
                guard let mode = SSLMode(rawValue: value) else { throw Invalid(text: Self.redacted(text), why: "sslmode is disable, prefer or require") }
                sslMode = mode
            default:
                throw Invalid(text: Self.redacted(text), why: "unknown parameter '\(item.name)' (only sslmode is read)")
            }
        }
        self.user = user
        self.password = components.password ?? environment["PGPASSWORD"]
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = port
        self.database = database
        self.sslMode = sslMode
    }

    /// The URL without its password, as logs and messages show it.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "postgres://\(user)@\(shownHost):\(port)/\(database)"
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch sslMode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        return PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
    }

    private static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
