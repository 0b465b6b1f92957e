#!/usr/bin/env python3
"""Failover time of `spar join` between two servers of one class, for scripts/bench-classroom-postgres.

    scripts/failover-time.py --spar BIN --code CODE --first URL --first-pid PID --second URL --path FILE

Runs the real client, `spar join CODE --server FIRST --server SECOND`, on pipes. Sends half of
--path one line at a time (each answered before the next: the client's output goes quiet), then
kills the first server with SIGKILL and at once sends the next line. The failover time is from the
kill to the last byte of output that answers that line (the client shows "(reconnected)", the
seat's current place, then the line's feedback; output is timestamped as it is read, and taken as
complete after 1.5 s of quiet). Prints one JSON object: {"failover_ms", "answered_before", "reconnected"}.
"""
import argparse, json, os, signal, subprocess, sys, tempfile, threading, time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--spar", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--first", required=True)
    parser.add_argument("--first-pid", type=int, required=True)
    parser.add_argument("--second", required=True)
    parser.add_argument("--path", required=True)
    args = parser.parse_args()
    lines = [line for line in open(args.path, encoding="utf-8").read().splitlines() if line]
    half = len(lines) // 2
    state = tempfile.mkdtemp(prefix="spar-failover-")
    client = subprocess.Popen([args.spar, "join", args.code, "--server", args.first, "--server", args.second, "--name", "failover"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, "XDG_STATE_HOME": state, "NO_COLOR": "1"})
    chunks = []  # (time read, bytes)
    lock = threading.Lock()

    def read():
        while True:
            data = os.read(client.stdout.fileno(), 65536)
            if not data:
                return
            with lock:
                chunks.append((time.perf_counter(), data))

    threading.Thread(target=read, daemon=True).start()

    def quiet_after(count, seconds, limit=60):
        """Waits until output has grown past `count` chunks and then stayed quiet for `seconds`."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            with lock:
                grown = len(chunks) > count
                last = chunks[-1][0] if chunks else 0
            if grown and time.perf_counter() - last >= seconds:
                return True
            time.sleep(0.01)
        return False

    def send(line):
        client.stdin.write((line + "\n").encode())
        client.stdin.flush()

    if not quiet_after(0, 0.5):
        sys.exit("failover-time: the client never showed the class")
    for line in lines[:half]:
        with lock:
            before = len(chunks)
        send(line)
        if not quiet_after(before, 0.3):
            sys.exit(f"failover-time: no answer to {line!r} through the first server")
    with lock:
        before = len(chunks)
    killed = time.perf_counter()
    os.kill(args.first_pid, signal.SIGKILL)
    send(lines[half])
    if not quiet_after(before, 1.5):
        sys.exit("failover-time: no answer through the second server")
    with lock:
        after = chunks[before:]
    text = b"".join(data for _, data in after).decode("utf-8", "replace")
    client.stdin.close()
    client.kill()
    client.wait()
    print(json.dumps({"failover_ms": round((after[-1][0] - killed) * 1000, 1), "answered_before": half,
                      "reconnected": "(reconnected)" in text or "（已重新连接）" in text}))


main()
