import ArgumentParser
import SalesMethod
import SparKit

// Option values read by their raw names (`--mode exam`, `--lang en`).
extension SessionMode: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
