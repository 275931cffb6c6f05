#!/usr/bin/env python3
"""keytime: how long a terminal program takes to answer keys, to the
millisecond, as tmux's polling cannot tell (each look at its screen costs
tens of milliseconds on a busy machine).

    keytime.py [--size COLSxROWS] [--settle MS] STEP... -- COMMAND...

runs COMMAND in a pseudo-terminal of that size and plays the steps in
order, printing one line for each that has a name:

    NAME=wait:TEXT          until TEXT is in the output (10 s at most);
                            NAME: the ms from the start or the last step
    NAME=key:KEYS:TEXT      sends KEYS, then waits for TEXT as above
    NAME=key:KEYS           sends KEYS, then waits for the answer (below)
    NAME=steps:KEYS:N       sends KEYS N times, each once the program has
                            answered the last (its output has paused for
                            --settle ms, 40 by default); NAME: the mean and
                            the worst ms from a key to the end of its answer
    -=...                   the same step without a line printed

KEYS may use \\r, \\x1b and the like. The program is killed at the end."""
import os
import pty
import select
import signal
import struct
import sys
import time
import fcntl
import termios


def now():
    return time.monotonic() * 1000.0


class Term:
    def __init__(self, cmd, cols, rows):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["LINES"] = str(rows)
            os.environ["COLUMNS"] = str(cols)
            os.execvp(cmd[0], cmd)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.buf = b""

    def read(self, timeout_ms):
        """Reads what comes within timeout_ms; returns whether anything did."""
        r, _, _ = select.select([self.fd], [], [], max(timeout_ms, 0) / 1000.0)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        self.buf += data
        return bool(data)

    def wait_for(self, text, limit_ms=10000):
        start = now()
        while text not in self.buf:
            if now() - start > limit_ms:
                return None
            self.read(50)
        self.buf = self.buf[self.buf.index(text) + len(text):]
        return now()

    def answer(self, keys, settle_ms):
        """Sends keys; returns ms from then to the last byte of the answer."""
        self.buf = b""
        t0 = now()
        os.write(self.fd, keys)
        last = None
        while True:
            if self.read(settle_ms if last is not None else 5000):
                last = now()
            elif last is not None or now() - t0 > 5000:
                break
        return (last - t0) if last is not None else None

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def unescape(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1")


def main(argv):
    cols, rows, settle = 160, 50, 40
    steps = []
    while argv and argv[0] != "--":
        a = argv.pop(0)
        if a == "--size":
            cols, rows = (int(x) for x in argv.pop(0).split("x"))
        elif a == "--settle":
            settle = int(argv.pop(0))
        else:
            steps.append(a)
    if not argv or len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    term = Term(argv[1:], cols, rows)
    status = 0
    try:
        mark = now()
        for step in steps:
            name, _, spec = step.partition("=")
            kind, _, rest = spec.partition(":")
            if kind == "key" and ":" not in rest:
                t = term.answer(unescape(rest), settle)
                if name != "-":
                    print("%s: %s" % (name, "%.0f ms" % t if t is not None else "no answer"))
                    sys.stdout.flush()
                mark = now()
            elif kind in ("wait", "key"):
                if kind == "key":
                    keys, _, text = rest.partition(":")
                    term.buf = b""
                    mark = now()
                    os.write(term.fd, unescape(keys))
                else:
                    text = rest
                t = term.wait_for(text.encode("utf-8"))
                if name != "-":
                    print("%s: %s" % (name, "%.0f ms" % (t - mark) if t else "more than 10000 ms (or failed)"))
                    sys.stdout.flush()
                if not t:
                    status = 1
                    break
                mark = t
            elif kind == "steps":
                keys, _, n = rest.rpartition(":")
                times = [term.answer(unescape(keys), settle) for _ in range(int(n))]
                done = [t for t in times if t is not None]
                if name != "-":
                    if done:
                        print("%s: %.0f ms a step, at most %.0f ms (%d presses of %s%s)" % (
                            name, sum(done) / len(done), max(done), len(times), keys,
                            "" if len(done) == len(times) else ", %d unanswered" % (len(times) - len(done))))
                    else:
                        print("%s: no answer" % name)
                    sys.stdout.flush()
                mark = now()
            else:
                sys.stderr.write("keytime: unknown step %s\n" % step)
                return 2
    finally:
        term.kill()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
