"""What bounds a benchmark phase: where the machine's CPU went, and what PostgreSQL sessions did.

- ``CpuWatch``: CPU seconds from ``/proc`` per group of processes (the server and
  its workers, PostgreSQL, this process, everything else) over a phase, as
  cores used of the machine's ``os.cpu_count()``.
- ``PgWatch``: ``pg_stat_activity`` of one database sampled every ``every``
  seconds from its own connection: the average number of sessions in each
  state and wait (``active`` with no wait is on CPU or in the network; ``Lock``
  waits are row or transaction locks; ``idle in transaction`` holds a
  transaction open between statements).
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _proc_stat(pid: int) -> tuple[str, int, float] | None:
    """(command name, parent pid, CPU seconds) of one process, or None when it is gone."""
    try:
        raw = _read(f"/proc/{pid}/stat")
    except OSError:
        return None
    name = raw[raw.index("(") + 1 : raw.rindex(")")]
    rest = raw[raw.rindex(")") + 2 :].split()
    return name, int(rest[1]), (int(rest[11]) + int(rest[12])) / TICK


def _read(path: str) -> str:
    with open(path, encoding="ascii", errors="replace") as handle:
        return handle.read()


def _machine() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot."""
    fields = [int(v) for v in _read("/proc/stat").split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields) - idle) / TICK, sum(fields) / TICK


def _descendants(root: int, parents: dict[int, int]) -> set[int]:
    found = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in found and pid not in found:
                found.add(pid)
                grew = True
    return found


@dataclass
class CpuWatch:
    """CPU seconds per group between ``start()`` and ``stop()``."""

    server_pid: int
    started: float = 0.0
    before: dict[int, tuple[str, float]] = field(default_factory=dict)
    machine_before: tuple[float, float] = (0.0, 0.0)
    groups: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    busy: float = 0.0

    def _snapshot(self) -> dict[int, tuple[str, int, float]]:
        seen = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                stat = _proc_stat(int(entry))
                if stat is not None:
                    seen[int(entry)] = stat
        return seen

    def start(self) -> CpuWatch:
        self.before = {pid: (name, cpu) for pid, (name, _p, cpu) in self._snapshot().items()}
        self.machine_before = _machine()
        self.started = time.perf_counter()
        return self

    def stop(self) -> CpuWatch:
        after = self._snapshot()
        busy, total = _machine()
        self.seconds = time.perf_counter() - self.started
        self.busy = (busy - self.machine_before[0]) / max(1e-9, total - self.machine_before[1])
        server = _descendants(
            self.server_pid, {pid: parent for pid, (_n, parent, _c) in after.items()}
        )
        groups: Counter[str] = Counter()
        for pid, (name, _parent, cpu) in after.items():
            used = cpu - self.before.get(pid, (name, 0.0))[1]
            if pid in server:
                groups["server"] += used
            elif name.startswith("postgres"):
                groups["postgres"] += used
            elif pid == os.getpid():
                groups["benchmark"] += used
            else:
                groups["other"] += used
        self.groups = dict(groups)
        return self

    def cores(self) -> dict[str, float]:
        return {name: used / max(1e-9, self.seconds) for name, used in self.groups.items()}

    def describe(self) -> str:
        cores = self.cores()
        parts = ", ".join(
            f"{name} {cores.get(name, 0.0):.2f}"
            for name in ("server", "postgres", "benchmark", "other")
        )
        return f"cores used (of {os.cpu_count()}): {parts}; machine busy {self.busy:.0%}"


class PgWatch:
    """``pg_stat_activity`` of ``database`` sampled on a side thread."""

    def __init__(self, admin_conninfo: str, database: str, every: float = 0.1) -> None:
        self.conninfo, self.database, self.every = admin_conninfo, database, every
        self.samples = 0
        self.counts: Counter[str] = Counter()
        self.xact_ms: list[float] = []
        self.queries: Counter[str] = Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-watch", daemon=True)

    def _run(self) -> None:
        import psycopg

        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            while not self._stop.wait(self.every):
                rows = conn.execute(
                    "SELECT state, wait_event_type, wait_event, "
                    "extract(epoch FROM now() - xact_start) * 1000, left(query, 150) "
                    "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend'",
                    (self.database,),
                ).fetchall()
                self.samples += 1
                for state, wait_type, wait, xact, query in rows:
                    if state == "active":
                        self.queries[" ".join(str(query).split())] += 1
                    label = str(state)
                    if wait_type and state != "idle":
                        label += f" waiting {wait_type}:{wait}"
                    self.counts[label] += 1
                    if xact is not None and state != "idle":
                        self.xact_ms.append(float(xact))

    def __enter__(self) -> PgWatch:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def describe(self, top: int = 6) -> list[str]:
        if not self.samples:
            return ["no samples"]
        lines = [
            f"{count / self.samples:5.2f}  {label}" for label, count in self.counts.most_common(top)
        ]
        if self.xact_ms:
            ordered = sorted(self.xact_ms)
            lines.append(
                f"open transactions seen: {len(ordered)}, age p50 {ordered[len(ordered) // 2]:.0f} ms, "
                f"max {ordered[-1]:.0f} ms"
            )
        lines.append("statements seen running (sessions on average):")
        lines += [
            f"{count / self.samples:5.2f}  {query}"
            for query, count in self.queries.most_common(top)
        ]
        return lines


def busy_cores(seconds: float = 2.0) -> float:
    """Cores the whole machine kept busy over the next ``seconds``."""
    busy, total = _machine()
    time.sleep(seconds)
    busy_after, total_after = _machine()
    cores = os.cpu_count() or 1
    return cores * (busy_after - busy) / max(1e-9, total_after - total)


def wait_until_quiet(limit: float, most: float = 0.4) -> float:
    """Wait (up to ``limit`` seconds) until others keep under ``most`` cores busy; the last reading."""
    deadline = time.monotonic() + limit
    while True:
        cores = busy_cores()
        if cores < most or time.monotonic() >= deadline:
            return cores


class PySpy:
    """``py-spy record --gil --subprocesses`` on the server during a phase, then a summary.

    Samples only the thread holding the GIL, in every worker: where the server's
    Python time goes (or, ``wall``, every thread: where requests wait). The raw
    (collapsed) stacks are kept in ``output``.
    """

    def __init__(
        self, binary: str, pid: int, output: Path, *, wall: bool = False, rate: int = 200
    ) -> None:
        """``wall``: every thread, idle or not (where requests wait), instead of the GIL's."""
        self.output = output
        self.wall = wall
        self.command = [
            binary, "record", "--pid", str(pid), "--subprocesses", "--nonblocking",
            "--idle" if wall else "--gil",
            "--format", "raw", "--rate", str(rate), "--output", str(output),
        ]  # fmt: skip
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PySpy:
        self.process = subprocess.Popen(
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(0.5)  # attached before the phase starts
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(timeout=30)

    def describe(self, top: int = 14) -> list[str]:
        """The heaviest frames of our code (inclusive), and the heaviest leaves (self)."""
        if not self.output.exists():
            return ["no profile written"]
        inclusive: Counter[str] = Counter()
        leaves: Counter[str] = Counter()
        total = 0
        for raw in self.output.read_text(errors="replace").splitlines():
            stack, _, count_text = raw.rpartition(" ")
            if not count_text.isdigit():
                continue
            count = int(count_text)
            total += count
            frames = [_frame(f) for f in stack.split(";")[1:]]  # the first is the process
            for frame in set(frames):
                if frame.split(" ", 1)[-1].startswith(OURS):
                    inclusive[frame] += count
            if frames:
                leaves[frames[-1]] += count
        if not total:
            return ["no samples"]
        what = "of every thread" if self.wall else "holding the GIL"
        lines = [f"{total} samples {what}; our code, inclusive:"]
        lines += [f"{n / total:6.1%}  {f}" for f, n in inclusive.most_common(top)]
        lines.append("leaves (self time):")
        lines += [f"{n / total:6.1%}  {f}" for f, n in leaves.most_common(top // 2)]
        return lines


OURS = ("bot/", "handlers/", "storage/")


def _frame(text: str) -> str:
    """``function (path:line)`` -> ``function path`` (lines folded together)."""
    name, _, where = text.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    return f"{name} {path}"
