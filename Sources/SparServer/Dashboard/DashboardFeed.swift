import Foundation
import HummingbirdWebSocket
import SparClassroom

/// One dashboard's live feed: a snapshot now, then a new one after every change in the class (a
/// burst of answers coalesces into one), and every few seconds anyway, so clocks and "lagging"
/// move on while nothing happens.
struct DashboardFeed {
    static let quietRefresh: Duration = .seconds(5)
    /// The least time between two snapshots: 200 trainees answering at once cost a few, not 200.
    static let spacing: Duration = .milliseconds(100)

    let live: LiveClass
    let store: any ClassroomStore

    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let (changes, poke) = live.activity.watch()
        defer { poke.finish() }
        let builder = DashboardSnapshotBuilder(live: live, store: store)
        await withTaskGroup(of: Void.self) { group in
            // The page sends nothing; reading lets its close (or a dropped connection) end the feed.
            group.addTask { do { for try await _ in inbound {} } catch {} }
            group.addTask {
                while (try? await Task.sleep(for: Self.quietRefresh)) != nil { poke.yield() }
            }
            group.addTask {
                for await _ in changes {
                    let snapshot = await builder.snapshot()
                    do { try await outbound.write(.text(snapshot.json)) } catch { return }
                    try? await Task.sleep(for: Self.spacing)
                }
            }
            _ = await group.next()
            group.cancelAll()
        }
    }
}
