import NIOPosix
import SparClassroom

extension ClassroomRuntime {
    /// Runs a synchronous store call on a worker thread. A store may block its caller on network
    /// I/O (PostgreSQL) whose completion needs the task pool; blocking the few threads of that pool
    /// from inside a task could stall every seat at once.
    func blocking<T: Sendable>(_ call: @escaping @Sendable (any ClassroomStore) throws -> T) async throws -> T {
        let store = self.store
        return try await workers.runIfActive { try call(store) }
    }
}
