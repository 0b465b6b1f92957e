import ArgumentParser
import SalesMethod

extension Language: ExpressibleByArgument {}
