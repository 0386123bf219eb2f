#!/usr/bin/env python3
"""Live preview latency: from saving a file to the updated page being served.

Starts `dossier serve` on a copy of a corpus, then for each edit rewrites a
threat's title and does what an open browser tab does: waits for the
server's reload event, then asks for the page once over HTTP (again at the
next event, should the page not show the new title yet). Prints the median
and 95th percentile, and the resident memory once settled and again after
many more edits.

    python3 bench/preview.py CORPUS [--edits 30] [--memory-edits 500]
"""
import argparse
import http.client
import os
import pathlib
import random
import re
import shutil
import socket
import statistics
import subprocess
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = pathlib.Path(os.environ.get("DOSSIER_BINARY", ROOT / ".build" / "release" / "dossier"))


def free_port():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return listener.getsockname()[1]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    body = connection.getresponse().read().decode()
    connection.close()
    return body


class ReloadEvents:
    """The server's event stream, read on a thread as a browser's
    EventSource reads it; `wait` returns once a generation newer than the
    last one seen arrives."""

    def __init__(self, port):
        self.generation = None
        self.changed = threading.Condition()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
        connection.request("GET", "/_dossier/events")
        self.response = connection.getresponse()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for line in self.response:
            if line.startswith(b"data: "):
                with self.changed:
                    self.generation = int(line[6:])
                    self.changed.notify_all()

    def current(self):
        with self.changed:
            return self.generation

    def wait(self, after, timeout=30):
        with self.changed:
            self.changed.wait_for(lambda: self.generation is not None and self.generation != after, timeout)
            return self.generation


def resident_mib(pid):
    status = pathlib.Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


def measure(corpus, edits=30, memory_edits=500):
    """Latencies of `edits` edits (seconds), the start-up time, and the
    resident memory after them and after `memory_edits` more."""
    with tempfile.TemporaryDirectory() as scratch:
        content = pathlib.Path(scratch) / "content"
        shutil.copytree(corpus, content)
        port = free_port()
        server = subprocess.Popen([str(BINARY), "serve", "--content", str(content), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            started = time.perf_counter()
            while True:
                try:
                    get(port, "/index.html")
                    break
                except OSError:
                    time.sleep(0.05)
            startup = time.perf_counter() - started
            events = ReloadEvents(port)
            while events.current() is None:
                time.sleep(0.01)
            threats = sorted(p for p in content.rglob("*.md") if "/threats/" in str(p))
            choose = random.Random(1).choice

            def edit(number):
                path = choose(threats)
                text = path.read_text()
                identifier = re.search(r"^id: (\S+)", text, re.M).group(1)
                marker = f"edit-{number}-{time.time_ns()}"
                seen = events.current()
                path.write_text(re.sub(r"^title: .*$", f"title: Threat {marker}", text, count=1, flags=re.M))
                saved = time.perf_counter()
                while True:
                    seen = events.wait(after=seen)
                    if marker in get(port, f"/items/{identifier}.html"):
                        break
                return time.perf_counter() - saved

            latencies = [edit(number) for number in range(edits)]
            settled = resident_mib(server.pid)
            for number in range(memory_edits):
                edit(edits + number)
            after = resident_mib(server.pid)
        finally:
            server.terminate()
            server.wait()
    ventiles = statistics.quantiles(latencies, n=20, method="inclusive")
    return {"startup": startup, "p50": statistics.median(latencies), "p95": ventiles[18], "max": max(latencies),
            "settled": settled, "after": after, "edits": len(latencies), "memory_edits": memory_edits}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=pathlib.Path)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--memory-edits", type=int, default=500)
    args = parser.parse_args()
    result = measure(args.corpus, args.edits, args.memory_edits)
    print(f"{args.corpus.name}: ready in {result['startup']:.2f} s; {result['edits']} edits: "
          f"p50 {result['p50'] * 1000:.0f} ms, p95 {result['p95'] * 1000:.0f} ms, "
          f"max {result['max'] * 1000:.0f} ms; RSS {result['settled']:.0f} MiB settled, {result['after']:.0f} MiB "
          f"after {args.memory_edits} more edits ({(result['after'] / result['settled'] - 1) * 100:+.1f} %)")


if __name__ == "__main__":
    main()
