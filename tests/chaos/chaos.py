#!/usr/bin/env python3
"""The kill -9 chaos test (issue 8, item 1). Run it through `tests/chaos/run`; see README.md.

The real daemon (`$OPENFANG_BIN start`) talks to a scripted provider (provider.py). Client
threads send messages to chat agents over the API (plain and SSE) while a killer thread
`kill -9`s the daemon at random moments and restarts it, once for a long downtime that cron
jobs with every missed-run policy have to live through. After a final graceful stop the
database is checked read-only with Python's sqlite3 and the audit chain with
`openfang security verify`. Exit status 0 only when no check found a violation.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import cron_model as cm  # noqa: E402
from provider import ScriptedProvider  # noqa: E402

PRESETS = {
    # The requirement: at least 1,000 messages across 20 agents, at least 20 kills, and one
    # downtime long enough for two fire times to be missed by more than 60 s.
    "full": dict(messages=1000, agents=20, kills=20, clients=24, long_downtime=125.0, lead=65.0),
    # What CI runs on every change (see README.md for the wall times).
    "bounded": dict(messages=300, agents=20, kills=8, clients=16, long_downtime=65.0, lead=20.0),
}
MODES = ["plain", "mem", "file", "slow"]
MODE_WEIGHTS = [45, 15, 10, 30]
STREAM_SHARE = 0.35
BOOT_KILL_SHARE = 0.2  # of the restarts after a kill, this share is killed again while booting
REQUEST_TIMEOUT = 90.0
USER_TOKEN = re.compile(r"CHAOS-TOKEN=(\w+);")
REPLY_TOKEN = re.compile(r"(?<![A-Za-z-])tok=(\w+);")
CRON_ACK = re.compile(r"CRONACK job=(\S+) due=(\S+);")


def now() -> float:
    return time.time()


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


class Violations:
    def __init__(self):
        self.lock = threading.Lock()
        self.items: list[str] = []

    def add(self, text: str) -> None:
        with self.lock:
            self.items.append(text)


# --------------------------------------------------------------------------- the daemon


class Daemon:
    """Starts, kills, restarts and stops the daemon; knows its address and every generation."""

    def __init__(self, binary: str, env: dict, workdir: str, api_key: str, violations: Violations):
        self.binary = binary
        self.env = env
        self.workdir = workdir
        self.home = env["OPENFANG_HOME"]
        self.api_key = api_key
        self.violations = violations
        self.lock = threading.Lock()
        self.up = threading.Event()
        self.proc: subprocess.Popen | None = None
        self.address: tuple[str, int] | None = None
        self.generations: list[dict] = []
        self.boot_seconds: list[float] = []
        self.unexpected_exits = 0
        self.watching = True
        self.watcher = threading.Thread(target=self._watch, name="watcher", daemon=True)

    @property
    def generation(self) -> int:
        return len(self.generations) - 1

    def current(self) -> tuple[str, int, int]:
        with self.lock:
            host, port = self.address or ("127.0.0.1", 1)
            return host, port, self.generation

    def start(self) -> None:
        index = len(self.generations)
        logfile = open(os.path.join(self.workdir, f"daemon-{index:02d}.log"), "w")
        spawn = now()
        proc = subprocess.Popen([self.binary, "start"], env=self.env, stdout=logfile, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        logfile.close()
        deadline = spawn + 60
        address = None
        while now() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"`openfang start` exited with {proc.returncode}; see daemon-{index:02d}.log:\n{self.log_tail(index)}")
            try:
                with open(os.path.join(self.home, "daemon.json")) as handle:
                    record = json.load(handle)
                if record.get("pid") == proc.pid:
                    host, port = record["listen"].rsplit(":", 1)
                    address = (host, int(port))
                    status, _ = request(address, "GET", "/api/health", timeout=2)
                    if status == 200:
                        break
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.02)
        else:
            proc.kill()
            raise RuntimeError(f"the daemon did not answer /api/health within 60 s; see daemon-{index:02d}.log:\n{self.log_tail(index)}")
        healthy = now()
        with self.lock:
            self.proc = proc
            self.address = address
            self.generations.append({"pid": proc.pid, "spawn": spawn, "healthy": healthy, "end": None, "exited": None, "end_kind": None,
                                     "listen": f"{address[0]}:{address[1]}"})
            self.boot_seconds.append(healthy - spawn)
        self.up.set()
        if not self.watcher.is_alive():
            self.watcher.start()

    def kill_while_booting(self, delay: float) -> None:
        """Starts the daemon and kills it `delay` seconds later, healthy or not (recovery cut short)."""
        index = len(self.generations)
        logfile = open(os.path.join(self.workdir, f"daemon-{index:02d}.log"), "w")
        spawn = now()
        proc = subprocess.Popen([self.binary, "start"], env=self.env, stdout=logfile, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        logfile.close()
        time.sleep(delay)
        end = now()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with self.lock:
            self.generations.append({"pid": proc.pid, "spawn": spawn, "healthy": end, "end": end, "exited": now(), "end_kind": "kill-during-boot",
                                     "listen": None})

    def kill(self) -> None:
        with self.lock:
            self.up.clear()
            gen = self.generations[-1]
            gen["end"], gen["end_kind"] = now(), "kill"
            proc = self.proc
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        gen["exited"] = now()

    def stop(self) -> tuple[int, str]:
        with self.lock:
            self.up.clear()
            self.watching = False
            gen = self.generations[-1]
            gen["end"], gen["end_kind"] = now(), "stop"
            proc = self.proc
        result = subprocess.run([self.binary, "stop", "--timeout", "60"], env=self.env, capture_output=True, text=True, timeout=120)
        try:
            proc.wait(timeout=70)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        gen["exited"] = now()
        return result.returncode, (result.stdout + result.stderr).strip()

    def healthy_for(self) -> float:
        with self.lock:
            return now() - self.generations[-1]["healthy"] if self.up.is_set() else 0.0

    def log_tail(self, index: int, lines: int = 15) -> str:
        try:
            with open(os.path.join(self.workdir, f"daemon-{index:02d}.log"), errors="replace") as handle:
                return "".join(handle.readlines()[-lines:])
        except OSError:
            return ""

    def _watch(self) -> None:
        """A daemon that dies without being killed is a finding; restart it and say so."""
        while self.watching:
            time.sleep(0.2)
            with self.lock:
                proc, up = self.proc, self.up.is_set()
            if up and self.watching and proc is not None and proc.poll() is not None:
                with self.lock:
                    if self.proc is not proc or not self.up.is_set():
                        continue
                    self.up.clear()
                    gen = self.generations[-1]
                    gen["end"], gen["end_kind"], gen["exited"] = now(), "crash", now()
                self.unexpected_exits += 1
                self.violations.add(f"the daemon (generation {self.generation}, pid {proc.pid}) exited by itself with status {proc.returncode}; "
                                    f"log tail:\n{self.log_tail(self.generation)}")
                self.start()


def request(address, method: str, path: str, body=None, timeout: float = 30.0, api_key: str | None = None):
    """One HTTP request; returns (status, parsed JSON or text)."""
    conn = http.client.HTTPConnection(address[0], address[1], timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        response = conn.getresponse()
        data = response.read()
        try:
            return response.status, json.loads(data)
        except ValueError:
            return response.status, data.decode(errors="replace")
    finally:
        conn.close()


# --------------------------------------------------------------------------- the test


class ChaosTest:
    def __init__(self, args):
        self.args = args
        self.seed = args.seed
        self.violations = Violations()
        self.started = now()
        binary = os.environ.get("OPENFANG_BIN") or os.path.join(REPO, ".build", "debug", "openfang")
        if not os.path.isabs(binary):
            binary = os.path.join(REPO, binary)
        if not os.access(binary, os.X_OK):
            raise SystemExit(f"chaos: no openfang binary at {binary} (set OPENFANG_BIN or build with `swift build`)")
        self.binary = binary
        self.workdir = tempfile.mkdtemp(prefix="openfang-chaos-", dir=args.workdir)
        self.home = os.path.join(self.workdir, "home")
        self.api_key = f"chaos-key-{self.seed}"
        # A clean environment: nothing from the caller's shell (no real provider keys, no home).
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": self.workdir, "OPENFANG_HOME": self.home,
            "OPENFANG_LISTEN": "127.0.0.1:0", "GROQ_API_KEY": "gsk-chaos-test", "NO_COLOR": "1", "TMPDIR": self.workdir,
        }
        self.provider = ScriptedProvider().start()
        self.daemon = Daemon(binary, self.env, self.workdir, self.api_key, self.violations)
        self.chat_agents: list[str] = []
        self.spawned: set[str] = set()
        self.jobs: list[dict] = []
        self.lock = threading.Lock()
        self.sent = 0
        self.stats = Counter()
        self.acked: list[dict] = []
        self.unacked: list[dict] = []
        self.api_errors: list[dict] = []
        self.bad_replies: list[dict] = []
        self.kills = 0
        self.boot_kills = 0
        self.long_downtime: dict | None = None
        self.stop_clients = threading.Event()

    # ----------------------------------------------------------------- helpers

    def cli(self, *arguments: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run([self.binary, *arguments], env=self.env, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise RuntimeError(f"openfang {' '.join(arguments)} failed ({result.returncode}): {result.stdout}{result.stderr}")
        return result

    def api(self, method: str, path: str, body=None, timeout: float = 30.0, retry: bool = True):
        """A setup request: waits for the daemon and retries across kills."""
        for _ in range(50):
            self.daemon.up.wait(timeout=120)
            host, port, _ = self.daemon.current()
            try:
                return request((host, port), method, path, body, timeout=timeout, api_key=self.api_key)
            except (OSError, http.client.HTTPException):
                if not retry:
                    raise
                time.sleep(0.2)
        raise RuntimeError(f"{method} {path}: no answer")

    def add_sent(self, stream: bool) -> int:
        with self.lock:
            self.sent += 1
            self.stats["sent_stream" if stream else "sent_plain"] += 1
            return self.sent

    def count(self, key: str) -> None:
        with self.lock:
            self.stats[key] += 1

    # ----------------------------------------------------------------- setup

    def setup(self) -> None:
        a = self.args
        log(f"seed {self.seed}; workdir {self.workdir}; binary {self.binary}")
        log(f"messages >= {a.messages}, agents {a.agents}, kills >= {a.kills}, clients {a.clients}, long downtime {a.long_downtime:.0f} s")
        self.cli("init", "--quick")
        self.cli("config", "set", "provider_urls.groq", f"http://127.0.0.1:{self.provider.port}/openai/v1")
        self.cli("config", "set", "api_rate_limit_per_minute", "0")  # the test sends far more than 500 cost units a minute
        self.cli("config", "set", "api_key", self.api_key)
        self.daemon.start()
        with open(os.path.join(REPO, "agents", "assistant", "agent.toml")) as handle:
            self.manifest = handle.read()
        for index in range(a.agents):
            self.spawn(f"chaos-{index:02d}")
            self.chat_agents.append(f"chaos-{index:02d}")
        # The long downtime starts just before minute X and ends long_downtime seconds after it.
        # `* * * * *` jobs: every minute more than 60 s old at the restart is missed, the newest
        # one is on time. The `*/2` jobs get the parity that makes the newest fire time in the
        # downtime a missed one with no on-time fire after it (`once` must run it by itself).
        self.x = (int(now() + a.lead) // 60 + 1) * 60 if a.long_downtime > 0 else None
        newest_missed = self.x + 60 * max(0, int((a.long_downtime - 61) // 60)) if self.x else 0
        other = "0-58/2 * * * *" if (newest_missed // 60) % 2 == 0 else "1-59/2 * * * *"
        specs = [("every-skip", "* * * * *", "skip"), ("every-once", "* * * * *", "once"), ("every-catch1", "* * * * *", "catch_up:1"),
                 ("every-catch3", "* * * * *", "catch_up:3"), ("other-skip", other, "skip"), ("other-once", other, "once"),
                 ("other-catch2", other, "catch_up:2")]
        for name, schedule, missed in specs:
            self.create_job(name, schedule, missed)
        if self.x is None:
            at = int(now()) + 40
            self.create_job("at-ontime", f"at {cm.iso(at)}", "skip")
        else:
            for name in ("at-skip", "at-once", "at-ontime"):
                self.spawn(f"cron-{name}")
        log(f"{len(self.chat_agents)} chat agents and {len(self.jobs)} cron jobs ready"
            + (f"; the long downtime straddles {cm.iso(self.x)}" if self.x else ""))

    def spawn(self, name: str) -> None:
        if name in self.spawned:
            return
        manifest = re.sub(r'^name = ".*"$', f'name = "{name}"', self.manifest, count=1, flags=re.M)
        status, body = self.api("POST", "/api/agents", {"manifest_toml": manifest})
        if status != 200:
            raise RuntimeError(f"spawning {name}: {status} {body}")
        self.spawned.add(name)

    def create_job(self, name: str, schedule: str, missed: str) -> None:
        """A job on an agent of its own, so every run of that agent is one fire of the job."""
        agent = f"cron-{name}"
        self.spawn(agent)
        body = {"agent": agent, "name": name, "schedule": schedule, "prompt": f"Chaos cron job {name}: answer briefly.", "missed": missed}
        status, reply = self.api("POST", "/api/cron/jobs", body)
        if status != 201:
            raise RuntimeError(f"creating cron job {name}: {status} {reply}")
        self.jobs.append({"name": name, "agent": agent, "schedule": schedule, "missed": missed, "id": reply["id"]})

    # ----------------------------------------------------------------- clients

    def client(self, index: int) -> None:
        rng = random.Random(f"{self.seed}-client-{index}")
        sequence = 0
        while not self.stop_clients.is_set():
            if not self.daemon.up.wait(timeout=0.5):
                continue
            host, port, gen = self.daemon.current()
            agent = rng.choice(self.chat_agents)
            mode = rng.choices(MODES, MODE_WEIGHTS)[0]
            stream = rng.random() < STREAM_SHARE
            token = f"c{index:02d}m{sequence:05d}"
            sequence += 1
            text = f"Chaos message {sequence} from client {index}. CHAOS-TOKEN={token}; MODE={mode};"
            record = {"token": token, "agent": agent, "mode": mode, "stream": stream, "generation": gen}
            self.send_one((host, port), record, text)

    def send_one(self, address, record: dict, text: str) -> None:
        path = f"/api/agents/{record['agent']}/message" + ("/stream" if record["stream"] else "")
        conn = http.client.HTTPConnection(address[0], address[1], timeout=REQUEST_TIMEOUT)
        written = False
        try:
            try:
                conn.connect()
            except OSError as error:
                self.failure(record, "refused", error, written=False)
                return
            body = json.dumps({"message": text, "sender_name": "chaos"})
            conn.request("POST", path, body=body, headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.api_key}"})
            written = True
            record["sent_at"] = now()
            self.add_sent(record["stream"])
            response = conn.getresponse()
            if response.status != 200:
                payload = response.read().decode(errors="replace")
                self.api_error(record, response.status, payload)
                return
            if record["stream"]:
                reply, error = self.read_stream(response)
                if error is not None:
                    self.api_error(record, 200, json.dumps(error))
                    return
                if reply is None:
                    raise http.client.IncompleteRead(b"", None)
            else:
                reply = json.loads(response.read())
            self.acknowledged(record, reply)
        except (OSError, http.client.HTTPException, ValueError) as error:
            self.failure(record, "cut", error, written=written)
        finally:
            conn.close()

    @staticmethod
    def read_stream(response):
        """The `done` payload, or the `error` payload, of an SSE turn; (None, None) if it broke off."""
        event = None
        for raw in response:
            line = raw.decode(errors="replace").rstrip("\r\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event in ("done", "error"):
                payload = json.loads(line[6:])
                return (payload, None) if event == "done" else (None, payload)
        return None, None

    def acknowledged(self, record: dict, reply: dict) -> None:
        record["acked_at"] = now()
        record["run_id"] = reply.get("run_id")
        record["response"] = reply.get("response", "")
        if f"tok={record['token']};" not in record["response"]:
            self.count("bad_reply")
            with self.lock:
                self.bad_replies.append(record)
            self.violations.add(f"message {record['token']} to {record['agent']} was answered 200 with another message's reply: {record['response'][:120]!r}")
            return
        self.count("acked_stream" if record["stream"] else "acked_plain")
        with self.lock:
            self.acked.append(record)

    def api_error(self, record: dict, status: int, payload: str) -> None:
        """An HTTP error answer. The kill cuts connections; it never makes the API answer an error,
        so every one of these is reported."""
        record["status"], record["error"] = status, payload[:300]
        self.count(f"http_{status}")
        with self.lock:
            self.api_errors.append(record)
            self.unacked.append(record)
        self.violations.add(f"message {record['token']} to {record['agent']} ({'stream' if record['stream'] else 'plain'}): HTTP {status} {payload[:300]}")

    def failure(self, record: dict, stage: str, error: Exception, written: bool) -> None:
        """A connection error: expected when the daemon was killed meanwhile, else a finding."""
        record["error"] = f"{type(error).__name__}: {error}"
        record["written"] = written
        with self.lock:
            self.unacked.append(record)
        for _ in range(10):
            if self.daemon.generation != record["generation"] or not self.daemon.up.is_set():
                self.count("refused_while_down" if stage == "refused" else "cut_by_kill")
                return
            time.sleep(0.1)
        self.count(f"unexpected_{stage}")
        self.violations.add(f"message {record['token']} to {record['agent']}: {record['error']} while the daemon was up and not killed")

    # ----------------------------------------------------------------- killer

    def killer(self) -> None:
        """Kills at random points of the message count; with a long downtime, a quarter of the
        kills (at least 2) come after it, 1-4 s apart, so the restarted daemon is killed too."""
        a = self.args
        rng = random.Random(f"{self.seed}-killer")
        random_kills = a.kills - (1 if self.x else 0)
        after = min(random_kills, max(2, random_kills // 4)) if self.x else 0
        pending = sorted(rng.randint(max(1, int(a.messages * 0.02)), max(2, int(a.messages * 0.98))) for _ in range(random_kills - after))
        while pending:
            if self.x and now() >= self.x - 32:
                after += len(pending)  # the long downtime comes first; these kills happen after it
                break
            if self.sent >= pending[0]:
                time.sleep(rng.uniform(0.0, 1.5))
                time.sleep(max(0.0, 0.5 - self.daemon.healthy_for()))
                if self.x and now() >= self.x - 32:
                    continue
                pending.pop(0)
                self.kill_and_restart(rng.uniform(0.2, 2.0), rng)
                continue
            time.sleep(0.05)
        if self.x:
            self.long_kill(rng)
        for _ in range(after):
            time.sleep(max(0.0, rng.uniform(1.0, 4.0) - self.daemon.healthy_for()))
            self.kill_and_restart(rng.uniform(0.2, 2.0), rng)

    def kill_and_restart(self, downtime: float, rng: random.Random) -> None:
        gen = self.daemon.generation
        self.daemon.kill()
        self.kills += 1
        log(f"kill {self.kills}: generation {gen} killed after {self.sent} messages sent; down {downtime:.1f} s")
        time.sleep(downtime)
        if rng.random() < BOOT_KILL_SHARE:
            # Now and then the restart itself is killed, before or just after it answers.
            delay = rng.uniform(0.0, 0.3)
            self.daemon.kill_while_booting(delay)
            self.boot_kills += 1
            log(f"  and its restart killed {delay * 1000:.0f} ms after the spawn")
        self.daemon.start()

    def long_kill(self, rng: random.Random) -> None:
        x, down = self.x, self.args.long_downtime
        time.sleep(max(0.0, x - 30 - now()))
        self.create_job("at-skip", f"at {cm.iso(x - 2)}", "skip")
        self.create_job("at-once", f"at {cm.iso(x - 2)}", "once")
        self.create_job("at-ontime", f"at {cm.iso(x - 20)}", "skip")
        time.sleep(max(0.0, x - 5 - rng.uniform(0.0, 1.0) - now()))
        gen = self.daemon.generation
        killed_at = now()
        self.daemon.kill()
        self.kills += 1
        log(f"kill {self.kills}: generation {gen} killed at {cm.iso(killed_at)} for the long downtime (until {cm.iso(x + down)})")
        time.sleep(max(0.0, x + down - now()))
        self.daemon.start()
        self.long_downtime = {"killed_at": killed_at, "restarted_at": self.daemon.generations[-1]["spawn"], "x": x}

    # ----------------------------------------------------------------- the run

    def run(self) -> int:
        self.setup()
        clients = [threading.Thread(target=self.client, args=(i,), name=f"client-{i}", daemon=True) for i in range(self.args.clients)]
        for thread in clients:
            thread.start()
        killer = threading.Thread(target=self.killer, name="killer", daemon=True)
        killer.start()
        last_note = now()
        while killer.is_alive() or self.sent < self.args.messages:
            time.sleep(0.2)
            if now() - last_note > 15:
                last_note = now()
                log(f"{self.sent} messages sent, {len(self.acked)} acknowledged, {self.kills} kills")
        self.stop_clients.set()
        for thread in clients:
            thread.join(timeout=REQUEST_TIMEOUT + 10)
        self.traffic_done = now()
        time.sleep(2.0)  # let the last generation settle before the graceful stop
        status, output = self.daemon.stop()
        self.stop_status = (status, output)
        if status != 0:
            self.violations.add(f"`openfang stop` exited {status}: {output}")
        log(f"stopped gracefully: {output}")
        self.provider.stop()
        return self.verify()

    # ----------------------------------------------------------------- checks

    def verify(self) -> int:
        db_path = os.path.join(self.home, "data", "openfang.db")
        report: dict = {}
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        report["integrity"] = integrity
        if integrity != ["ok"]:
            self.violations.add(f"PRAGMA integrity_check: {integrity[:10]}")

        statuses = dict(db.execute("SELECT status, count(*) FROM runs GROUP BY status").fetchall())
        report["runs"] = statuses
        for status, count in statuses.items():
            if status not in ("completed", "failed", "interrupted"):
                self.violations.add(f"{count} runs are `{status}` after the graceful stop")
        failed = db.execute("SELECT error, count(*) FROM runs WHERE status = 'failed' GROUP BY error ORDER BY 2 DESC").fetchall()
        report["failed_runs"] = failed
        run_status = dict(db.execute("SELECT id, status FROM runs").fetchall())

        agents = dict(db.execute("SELECT name, id FROM agents").fetchall())
        acked_by_agent = defaultdict(list)
        for record in self.acked:
            acked_by_agent[record["agent"]].append(record)
        presence = Counter()
        reply_presence = Counter()
        duplicates = 0
        unacked_seen = 0
        unacked_tokens = {r["token"] for r in self.unacked}
        for name in self.chat_agents:
            agent_id = agents.get(name)
            row = db.execute("SELECT id, compacted_summary FROM sessions WHERE agent_id = ? AND is_canonical = 1", (agent_id,)).fetchone()
            if row is None:
                self.violations.add(f"agent {name} has no canonical session")
                continue
            session_id, summary = row[0], row[1] or ""
            live = [json.loads(m) for (m,) in db.execute("SELECT message FROM session_messages WHERE session_id = ? ORDER BY seq", (session_id,))]
            # The session is its messages plus its summary. The scripted summariser names every
            # token it was given (earlier summaries included), so a message that was compacted
            # away is in the summary, and one that is in neither was lost.
            live_user, live_reply = tokens(live, "user"), tokens(live, "assistant")
            summary_user, summary_reply = set(USER_TOKEN.findall(summary)), set(REPLY_TOKEN.findall(summary))
            # The journal keeps each compaction's whole previous session: where a lost message was.
            journaled = set()
            for (payload,) in db.execute(
                    "SELECT s.payload FROM run_steps s JOIN runs r ON r.id = s.run_id WHERE r.agent_id = ? AND s.kind = 'note' "
                    "AND s.payload LIKE '%\"compaction\"%' ORDER BY s.created_at", (agent_id,)):
                entry = json.loads(payload).get("compaction") or {}
                if entry.get("session") == session_id:
                    previous = entry.get("previous_messages") or []
                    duplicates += sum(1 for c in tokens(previous, "user").values() if c > 1)
                    journaled.update(("user", t) for t in tokens(previous, "user"))
                    journaled.update(("assistant", t) for t in tokens(previous, "assistant"))
            duplicates += sum(1 for c in live_user.values() if c > 1)
            unacked_seen += sum(1 for t in set(live_user) | summary_user if t in unacked_tokens)
            for record in acked_by_agent[name]:
                token = record["token"]
                for role, verbatim, summarised, counter, what in (
                        ("user", live_user, summary_user, presence, "message"), ("assistant", live_reply, summary_reply, reply_presence, "reply")):
                    where = "live" if token in verbatim else "summarised" if token in summarised else "missing"
                    counter[where] += 1
                    if where == "missing":
                        counter["missing_but_journaled"] += (role, token) in journaled
                        self.violations.add(
                            f"acknowledged {what} {token} (run {record['run_id']}) is neither in {name}'s session {session_id} nor in its summary"
                            + (" (a compaction snapshot in the journal has it: the compaction dropped it)" if (role, token) in journaled else ""))
        if duplicates:
            self.violations.add(f"{duplicates} chaos messages appear more than once in one session (or one compaction snapshot)")
        report["presence"], report["reply_presence"], report["duplicates"], report["unacked_in_session"] = presence, reply_presence, duplicates, unacked_seen

        # Acknowledged runs: completed, audited, their tool effects durable.
        audited = set()
        for (detail,) in db.execute("SELECT detail FROM audit_log WHERE action = 'agent.message'"):
            try:
                audited.add(json.loads(detail).get("run"))
            except ValueError:
                pass
        not_completed = [r for r in self.acked if run_status.get(r["run_id"]) != "completed"]
        for r in not_completed:
            self.violations.add(f"acknowledged message {r['token']}: its run {r['run_id']} is {run_status.get(r['run_id'], 'absent')}, not completed")
        not_audited = [r for r in self.acked if r["run_id"] not in audited]
        for r in not_audited:
            self.violations.add(f"acknowledged message {r['token']}: no agent.message audit record for run {r['run_id']}")
        kv = {(ns, key) for ns, key in db.execute("SELECT namespace, key FROM kv")}
        effects = Counter()
        for r in self.acked:
            if r["mode"] == "mem":
                ok = (f"agent:{agents[r['agent']]}", f"chaos_{r['token']}") in kv
                effects["mem_ok" if ok else "mem_missing"] += 1
                if not ok:
                    self.violations.add(f"acknowledged message {r['token']}: memory_store key chaos_{r['token']} is not in {r['agent']}'s memory")
            elif r["mode"] == "file":
                path = os.path.join(self.home, "workspaces", r["agent"], "chaos", f"{r['token']}.txt")
                ok = os.path.exists(path) and open(path).read() == f"chaos {r['token']}\n"
                effects["file_ok" if ok else "file_missing"] += 1
                if not ok:
                    self.violations.add(f"acknowledged message {r['token']}: file {path} is missing or wrong")
        report["acked_runs_not_completed"], report["acked_not_audited"], report["effects"] = len(not_completed), len(not_audited), effects

        # Cron jobs against the up/down timeline.
        generations = [cm.Generation(g["spawn"], g["healthy"], g["end"], g["end_kind"], g["exited"] or g["end"]) for g in self.daemon.generations]
        verdicts = []
        for job in self.jobs:
            row = db.execute("SELECT created_at, enabled, run_count FROM cron_jobs WHERE id = ?", (job["id"],)).fetchone()
            if row is None:
                self.violations.add(f"cron job {job['name']} vanished from the database")
                continue
            created_at, enabled, run_count = row
            fires = []
            for run_id, started_at, status in db.execute("SELECT id, started_at, status FROM runs WHERE agent_id = ? ORDER BY started_at",
                                                          (agents[job["agent"]],)):
                label = None
                for (payload,) in db.execute("SELECT payload FROM run_steps WHERE run_id = ? AND kind = 'llm_response' ORDER BY seq", (run_id,)):
                    found = CRON_ACK.search(json.loads(payload).get("text", ""))
                    if found:
                        if found.group(1) != job["name"]:
                            self.violations.add(f"run {run_id} of {job['agent']} answered job {found.group(1)}")
                        label = found.group(2)
                        break
                fires.append(cm.Fire(run_id, started_at, status, label))
            verdict = cm.verify_job(job["name"], job["schedule"], job["missed"], created_at, generations, fires)
            if job["schedule"].startswith("at ") and cm.parse_iso(job["schedule"][3:]) < generations[-1].end - 5 and enabled:
                verdict.violations.append("the one-shot job is still enabled after its time passed")
            verdicts.append(verdict)
            for violation in verdict.violations:
                self.violations.add(f"cron job {job['name']} ({job['schedule']}, missed = {job['missed']}): {violation}")
        report["cron"] = verdicts
        db.close()

        verify = self.cli("security", "verify", check=False)
        report["audit"] = (verify.returncode, (verify.stdout + verify.stderr).strip())
        if verify.returncode != 0:
            self.violations.add(f"`openfang security verify` exited {verify.returncode}: {report['audit'][1]}")
        self.print_report(report)
        failed = bool(self.violations.items)
        with open(os.path.join(self.workdir, "outcome.json"), "w") as handle:
            json.dump({"seed": self.seed, "violations": self.violations.items, "generations": self.daemon.generations,
                       "acked": self.acked, "unacked": self.unacked, "provider_log": self.provider.log}, handle, indent=1, default=str)
        if failed or self.args.keep:
            print(f"artifacts kept in {self.workdir} (daemon logs, outcome.json, home/)")
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)
        return 1 if failed else 0

    def print_report(self, r: dict) -> None:
        s = self.stats
        gens = self.daemon.generations
        acked = len(self.acked)
        print()
        print("=" * 78)
        print(f"OpenFang chaos test report (seed {self.seed}; rerun with --seed {self.seed})")
        print("=" * 78)
        print(f"wall time                      {now() - self.started:.1f} s")
        print(f"binary                         {self.binary}")
        print(f"agents (chat / cron)           {len(self.chat_agents)} / {len(self.jobs)}")
        print(f"messages sent                  {self.sent}  (plain {s['sent_plain']}, SSE {s['sent_stream']})")
        print(f"  acknowledged (200 + reply)   {acked}  (plain {s['acked_plain']}, SSE {s['acked_stream']})")
        print(f"  cut by a kill                {s['cut_by_kill']}")
        print(f"  refused while down           {s['refused_while_down']}  (not counted as sent)")
        print(f"  wrong reply                  {s['bad_reply']}")
        print(f"  HTTP errors                  {sum(v for k, v in s.items() if k.startswith('http_'))}  {dict((k, v) for k, v in s.items() if k.startswith('http_'))}")
        print(f"  unexpected connection errors {s['unexpected_cut'] + s['unexpected_refused']}")
        print(f"  by mode (acked)              {dict(Counter(x['mode'] for x in self.acked))}")
        print(f"kills (kill -9)                {self.kills} while serving, plus {self.boot_kills} of a restart while it booted"
              f"  (generations {len(gens)}, daemon exits nobody asked for {self.daemon.unexpected_exits})")
        boots = self.daemon.boot_seconds
        print(f"restart to /api/health 200     avg {sum(boots) / len(boots):.2f} s, max {max(boots):.2f} s")
        if self.long_downtime:
            d = self.long_downtime
            print(f"long downtime                  {d['restarted_at'] - d['killed_at']:.1f} s ({cm.iso(d['killed_at'])} .. {cm.iso(d['restarted_at'])})")
        print(f"graceful stop                  {self.stop_status[1]!r} (exit {self.stop_status[0]})")
        print(f"PRAGMA integrity_check         {', '.join(r['integrity'][:3])}")
        print(f"runs by status                 {r['runs']}  (running: {r['runs'].get('running', 0)})")
        for error, count in r["failed_runs"][:5]:
            print(f"  failed: {count} x {str(error)[:110]}")
        p, q = r["presence"], r["reply_presence"]
        print(f"acked messages in session      {p['live'] + p['summarised']} of {acked}  (verbatim {p['live']}, in the compaction summary {p['summarised']},"
              f" missing {p['missing']}, of which in a journal snapshot {p['missing_but_journaled']})")
        print(f"acked replies in session       {q['live'] + q['summarised']} of {acked}  (verbatim {q['live']}, in the compaction summary {q['summarised']},"
              f" missing {q['missing']}, of which in a journal snapshot {q['missing_but_journaled']})")
        print(f"unacked messages in session    {r['unacked_in_session']} of {len(self.unacked)} (allowed either way)")
        print(f"duplicated messages            {r['duplicates']}")
        print(f"acked runs not completed       {r['acked_runs_not_completed']}")
        print(f"acked runs without audit entry {r['acked_not_audited']}")
        e = r["effects"]
        print(f"acked tool effects durable     memory {e['mem_ok']}/{e['mem_ok'] + e['mem_missing']}, files {e['file_ok']}/{e['file_ok'] + e['file_missing']}")
        print("cron jobs                      fire times / fired (missed) / dropped by policy / lost in crash window / fired twice / violations")
        for v in r["cron"]:
            print(f"  {v.name:<13} {v.schedule:<16} {v.policy:<11} {v.slots:>3} / {v.fired:>3} ({v.fired_missed}) / {v.dropped_by_policy:>2} / "
                  f"{v.lost_in_crash_window:>2} / {len(v.duplicates)} / {len(v.violations)}")
        print(f"audit chain                    exit {r['audit'][0]}: {r['audit'][1][:150]}")
        print("-" * 78)
        if self.violations.items:
            print(f"VIOLATIONS: {len(self.violations.items)}")
            for item in self.violations.items[:60]:
                print(f"  - {item}")
            if len(self.violations.items) > 60:
                print(f"  ... and {len(self.violations.items) - 60} more (outcome.json)")
            print("RESULT: FAIL")
        else:
            print("RESULT: PASS (no violations)")


def tokens(messages: list, role: str) -> Counter:
    found = Counter()
    pattern = USER_TOKEN if role == "user" else REPLY_TOKEN
    for message in messages:
        if message.get("role") != role:
            continue
        content = message.get("content")
        texts = [content] if isinstance(content, str) else [b.get("text", "") for b in content or [] if isinstance(b, dict) and b.get("type") == "text"]
        for text in texts:
            found.update(set(pattern.findall(text or "")))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description="kill -9 chaos test of the OpenFang daemon")
    parser.add_argument("--bounded", action="store_true", help="the smaller preset CI runs")
    parser.add_argument("--messages", type=int, help="messages to send at least (full: 1000)")
    parser.add_argument("--agents", type=int, help="chat agents (full: 20)")
    parser.add_argument("--kills", type=int, help="kill -9s at least (full: 20)")
    parser.add_argument("--clients", type=int, help="client threads (full: 24)")
    parser.add_argument("--long-downtime", type=float, help="seconds of the long downtime after minute X (full: 125; 0: none)")
    parser.add_argument("--lead", type=float, help="seconds from setup to the long downtime's minute, at least")
    parser.add_argument("--seed", type=int, default=None, help="the random seed (printed; default: random)")
    parser.add_argument("--workdir", default=None, help="where the temporary home goes (default: $TMPDIR)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home even when the test passes")
    args = parser.parse_args()
    preset = PRESETS["bounded" if args.bounded else "full"]
    for key, value in preset.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1, 10**6)
    if args.agents < 1 or args.messages < 1 or args.kills < 0 or args.clients < 1:
        parser.error("--agents, --messages and --clients must be positive, --kills at least 0")
    if args.long_downtime and args.kills < 1:
        parser.error("the long downtime is a kill: --kills must be at least 1 (or --long-downtime 0)")
    test = ChaosTest(args)

    def interrupted(signum, _frame):
        # Never leave our daemon behind (CI cancels jobs with SIGTERM).
        proc = test.daemon.proc
        if proc is not None and proc.poll() is None:
            proc.kill()
        print(f"chaos: interrupted by signal {signum}; artifacts in {test.workdir}", flush=True)
        os._exit(130)

    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGINT, interrupted)
    try:
        return test.run()
    except Exception:
        import traceback
        traceback.print_exc()
        print(f"chaos: the test itself failed; artifacts in {test.workdir}")
        try:
            if test.daemon.proc and test.daemon.proc.poll() is None:
                test.daemon.proc.kill()
        except Exception:
            pass
        return 2


if __name__ == "__main__":
    sys.exit(main())
