#!/usr/bin/env python3
"""Classroom load driver: N simulated trainees on one WebSocket server, for scripts/bench-classroom.

    scripts/classroom-load.py --url ws://127.0.0.1:PORT/ws --code CODE --trainees N
        [--seconds 60] [--interval 2.0] [--path FILE] [--pid PID] [--json OUT] [--dashboard WS-URL]

Each trainee connects (connections spread over the ramp), says hello with a name of its own, then
sends the lines of --path one at a time (the scenario's best path, answered by number) every
--interval seconds ±25 %. A session that ends is joined again under a new name, so every trainee
keeps answering for the whole measured window. Latency is from sending a line to the first
message carrying that line's sequence (output or rejected). The echo server answers with the same
frame, which carries the sequence too, so both servers are measured by the same code.

With --dashboard (the trainer dashboard's live feed, ws://HOST:PORT/api/classes/CODE/live?token=T),
one dashboard watches the class as well, and the time from each line sent to the first dashboard
snapshot whose roster shows it answered (the trainee's `answered` count reaching the line's
sequence) is reported as dashboard_p50_ms / dashboard_p99_ms.

With --pid, the server's CPU time (utime + stime from /proc/PID/stat) over the measured window and
its peak resident memory (VmHWM) are reported. --json writes the figures and, per trainee name,
the number of lines answered, for the store check afterwards.
"""
import argparse, asyncio, itertools, json, os, random, sys, time

try:
    import websockets
except ImportError:
    sys.exit("classroom-load: needs the websockets package: python3 -m pip install websockets")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="several servers of one class, comma-separated: trainee n uses the n-th (mod their number)")
    parser.add_argument("--code", default="ECHO")
    parser.add_argument("--trainees", type=int, required=True)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--interval", type=float, default=2.0)
    parser.add_argument("--ramp", type=float, default=None, help="seconds over which connections open (default: N/100, 1–10)")
    parser.add_argument("--path", help="lines to send, one per line (default: 1, 2, 3 repeated)")
    parser.add_argument("--pid", help="the server's process id (several, comma-separated: summed), for CPU and peak memory")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--dashboard", help="the trainer dashboard's live feed URL, to time answers reaching it")
    args = parser.parse_args()
    args.urls = args.url.split(",")
    args.pids = [int(pid) for pid in args.pid.split(",")] if args.pid else []
    return args


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    # After the command name: state is field 3, utime 14 and stime 15 (1-based), so 11 and 12 here.
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def peak_rss_kb(pid):
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class Totals:
    def __init__(self):
        self.latencies = []       # seconds, lines answered inside the measured window
        self.sent = 0             # lines sent inside the measured window
        self.answered = 0
        self.unanswered = 0       # sent, never answered by the end
        self.rejected = {}        # reason -> count
        self.errors = []          # connection failures, first few
        self.connection_failures = 0
        self.sessions_ended = 0
        self.answered_by_name = {}  # trainee name -> lines answered with output (not duplicate)
        self.awaiting_dashboard = {}  # trainee name -> {sequence: sent at}, measured lines not yet on the dashboard
        self.dashboard_latencies = []
        self.dashboard_snapshots = 0


async def trainee(number, args, path, totals, window, stop_sending, rng):
    """One simulated trainee: join, answer along the path, join again as a new trainee when the session ends."""
    await asyncio.sleep(rng.uniform(0, args.ramp))
    round_number = 0
    while not stop_sending.is_set():
        round_number += 1
        name = f"load-{number:04d}-{round_number}"
        try:
            async with websockets.connect(args.urls[number % len(args.urls)], max_size=2 ** 20, open_timeout=30, ping_interval=None,
                                          compression=None) as socket:
                await socket.send(json.dumps({"type": "hello", "code": args.code, "name": name}))
                if not await play(socket, name, args, path, totals, window, stop_sending, rng):
                    return
        except Exception as error:  # a failed connection counts and the trainee tries again
            totals.connection_failures += 1
            if len(totals.errors) < 5:
                totals.errors.append(f"{name}: {type(error).__name__}: {error}")
            await asyncio.sleep(1.0)


async def play(socket, name, args, path, totals, window, stop_sending, rng):
    """Sends the path's lines, one at a time with jitter. True when the session ended (join again)."""
    sequence = 0
    pending = {}  # sequence -> (sent at, inside the measured window)
    answered = 0
    ended = False
    echo = args.code == "ECHO"
    reply_arrived = asyncio.Event()

    async def receive():
        nonlocal answered, ended
        async for frame in socket:
            message = json.loads(frame)
            kind = message.get("type")
            seq = message.get("seq")
            if kind in ("output", "line", "rejected") and seq in pending:
                sent_at, measured = pending.pop(seq)
                if kind == "rejected":
                    totals.rejected[message.get("reason")] = totals.rejected.get(message.get("reason"), 0) + 1
                else:
                    if measured:
                        totals.latencies.append(time.perf_counter() - sent_at)
                        totals.answered += 1
                    if not message.get("duplicate"):
                        answered += 1
                        totals.answered_by_name[name] = answered
                    if message.get("ended"):
                        ended = True
                        totals.sessions_ended += 1
                reply_arrived.set()
            elif kind == "scorecard":
                reply_arrived.set()
                return
            elif kind == "error":
                if len(totals.errors) < 5:
                    totals.errors.append(f"{name}: {message.get('reason')}: {message.get('text')}")
                return

    receiver = asyncio.create_task(receive())
    try:
        for line in path if not echo else itertools.cycle(path):
            if stop_sending.is_set() or receiver.done():
                break
            await asyncio.sleep(args.interval * rng.uniform(0.75, 1.25))
            if stop_sending.is_set() or receiver.done():
                break
            sequence += 1
            measured = window["start"] <= time.perf_counter()
            pending[sequence] = (time.perf_counter(), measured)
            if measured:
                totals.sent += 1
                totals.awaiting_dashboard.setdefault(name, {})[sequence] = time.perf_counter()
            reply_arrived.clear()
            await socket.send(json.dumps({"type": "line", "seq": sequence, "text": line}, ensure_ascii=False))
            # One line at a time, as a trainee reads the feedback before answering again.
            try:
                await asyncio.wait_for(reply_arrived.wait(), timeout=30)
            except asyncio.TimeoutError:
                break
        if ended:
            # The scorecard follows the last output; take it before joining again.
            try:
                await asyncio.wait_for(receiver, timeout=10)
            except asyncio.TimeoutError:
                pass
    finally:
        receiver.cancel()
        totals.unanswered += sum(1 for _, measured in pending.values() if measured)
    # The path done (or the session ended): this trainee joins again as a new one.
    return not stop_sending.is_set() and not receiver_failed(receiver)


def receiver_failed(receiver):
    """True when the connection broke or the server said it cannot go on."""
    return receiver.done() and not receiver.cancelled() and receiver.exception() is not None


async def dashboard(args, totals, stop):
    """The trainer's dashboard: each snapshot's roster says how many lines each trainee has had answered."""
    async with websockets.connect(args.dashboard, max_size=2 ** 24, open_timeout=30, ping_interval=None,
                                  compression=None) as socket:
        while not stop.is_set():
            try:
                frame = await asyncio.wait_for(socket.recv(), timeout=1)
            except asyncio.TimeoutError:
                continue
            now = time.perf_counter()
            totals.dashboard_snapshots += 1
            for entry in json.loads(frame).get("roster", []):
                waiting = totals.awaiting_dashboard.get(entry.get("name"))
                if not waiting:
                    continue
                for sequence in [s for s in waiting if s <= entry.get("answered", 0)]:
                    totals.dashboard_latencies.append(now - waiting.pop(sequence))


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def main():
    args = parse_args()
    if args.ramp is None:
        args.ramp = min(10.0, max(1.0, args.trainees / 100))
    if args.path:
        with open(args.path, encoding="utf-8") as handle:
            path = [line.rstrip("\n") for line in handle if line.strip()]
    else:
        path = ["1", "2", "3"]
    rng = random.Random(args.seed)
    totals = Totals()
    stop_sending = asyncio.Event()
    # Measured from the end of the ramp plus one interval, when every trainee is answering.
    window = {"start": time.perf_counter() + args.ramp + args.interval}
    tasks = [asyncio.create_task(trainee(n, args, path, totals, window, stop_sending, random.Random(rng.random())))
             for n in range(args.trainees)]
    stop_watching = asyncio.Event()
    watcher = asyncio.create_task(dashboard(args, totals, stop_watching)) if args.dashboard else None
    await asyncio.sleep(window["start"] - time.perf_counter())
    cpu_start = sum(cpu_seconds(pid) for pid in args.pids) if args.pids else None
    measured_start = time.perf_counter()
    await asyncio.sleep(args.seconds)
    stop_sending.set()
    measured_seconds = time.perf_counter() - measured_start
    cpu = (sum(cpu_seconds(pid) for pid in args.pids) - cpu_start) if args.pids else None
    # Lines already sent get their answers (each trainee waits up to 30 s for one).
    await asyncio.wait(tasks, timeout=40)
    for task in tasks:
        task.cancel()
    if watcher:
        # Lines answered at the end get a snapshot or two to show up.
        await asyncio.sleep(2)
        stop_watching.set()
        await asyncio.wait([watcher], timeout=5)
        if watcher.done() and watcher.exception():
            totals.errors.append(f"dashboard: {type(watcher.exception()).__name__}: {watcher.exception()}")
    figures = {
        "trainees": args.trainees,
        "seconds": round(measured_seconds, 1),
        "sent": totals.sent,
        "answered": totals.answered,
        "answers_per_second": round(totals.answered / measured_seconds, 1),
        "p50_ms": round(percentile(totals.latencies, 0.50) * 1000, 2),
        "p99_ms": round(percentile(totals.latencies, 0.99) * 1000, 2),
        "max_ms": round(max(totals.latencies, default=float("nan")) * 1000, 1),
        "unanswered": totals.unanswered,
        "rejected": totals.rejected,
        "connection_failures": totals.connection_failures,
        "sessions_ended": totals.sessions_ended,
        "cpu_percent": round(100 * cpu / measured_seconds, 1) if cpu is not None else None,
        "peak_rss_mb": round(sum(peak_rss_kb(pid) for pid in args.pids) / 1024, 1) if args.pids else None,
        "errors": totals.errors,
        **({"dashboard_snapshots": totals.dashboard_snapshots,
            "dashboard_samples": len(totals.dashboard_latencies),
            "dashboard_p50_ms": round(percentile(totals.dashboard_latencies, 0.50) * 1000, 1),
            "dashboard_p99_ms": round(percentile(totals.dashboard_latencies, 0.99) * 1000, 1),
            "dashboard_max_ms": round(max(totals.dashboard_latencies, default=float("nan")) * 1000, 1),
            "dashboard_never_shown": sum(len(w) for w in totals.awaiting_dashboard.values())} if args.dashboard else {}),
        "answered_by_name": totals.answered_by_name,
    }
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(figures, handle)
    shown = {k: v for k, v in figures.items() if k != "answered_by_name"}
    print(json.dumps(shown))


asyncio.run(main())
