#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal and plays a script against it, for end-to-end tests of
what only a terminal does (Ctrl-C, TERM, the window width).

    pty-session.py [--cols N] [--rows N] [--env NAME=VALUE]... STEP... -- COMMAND ARG...

Steps, in order:  expect:TEXT  waits until TEXT appears in the output after the last match;
send:TEXT  types TEXT (\\r, \\x03 and other Python escapes allowed);  sendfile:PATH  types a
file's bytes (a paste too long for an argument);  sleep:SECONDS;  run:COMMAND  runs a command
(split like a shell's words, no shell) to its end while the terminal waits, e.g. another client
acting on the server at that moment.
Prints everything the terminal showed, then exits with the command's status (124 on a timeout).
"""
import codecs, fcntl, os, pty, select, shlex, signal, struct, subprocess, sys, termios, time

TIMEOUT = 30.0

def main():
    args = sys.argv[1:]
    cols, rows, env = 80, 24, dict(os.environ)
    steps = []
    while args and args[0] != "--":
        arg = args.pop(0)
        if arg == "--cols": cols = int(args.pop(0))
        elif arg == "--rows": rows = int(args.pop(0))
        elif arg == "--env":
            name, _, value = args.pop(0).partition("=")
            env[name] = value
        else:
            kind, _, text = arg.partition(":")
            steps.append((kind, codecs.decode(text, "unicode_escape").encode("latin-1").decode("utf-8")))
    command = args[1:]
    pid, fd = pty.fork()
    if pid == 0:
        # A test runner may block or ignore SIGINT, and children inherit both: undo that, as a
        # terminal's shell would, so Ctrl-C reaches the command.
        signal.pthread_sigmask(signal.SIG_SETMASK, [])
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvpe(command[0], command, env)
    output = bytearray()
    searched = 0

    def read(deadline):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.time()))
        if not ready: return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk: return False
        output.extend(chunk)
        return True

    def finish(status):
        sys.stdout.write(output.decode("utf-8", "replace"))
        sys.stdout.flush()
        sys.exit(status)

    for kind, text in steps:
        if kind in ("send", "sendfile"):
            data = open(text, "rb").read() if kind == "sendfile" else text.encode("utf-8")
            # In pieces, reading the screen between them: the terminal's buffers are small.
            while data:
                written = os.write(fd, data[:4096])
                data = data[written:]
                while select.select([fd], [], [], 0)[0] and read(time.time()):
                    pass
        elif kind == "sleep":
            time.sleep(float(text))
        elif kind == "run":
            done = subprocess.run(shlex.split(text), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, timeout=TIMEOUT)
            if done.returncode != 0:
                sys.stderr.write(f"pty-session: {text!r} failed: {done.stderr.decode('utf-8', 'replace')}\n")
                os.kill(pid, 9)
                finish(125)
        elif kind == "expect":
            deadline = time.time() + TIMEOUT
            needle = text.encode("utf-8")
            while output.find(needle, searched) < 0:
                if time.time() > deadline or not read(deadline):
                    sys.stderr.write(f"pty-session: timed out waiting for {text!r}\n")
                    os.kill(pid, 9)
                    finish(124)
            searched = output.find(needle, searched) + len(needle)
    deadline = time.time() + TIMEOUT
    while time.time() < deadline and read(deadline):
        pass
    _, status = os.waitpid(pid, 0)
    finish(os.waitstatus_to_exitcode(status))

main()
