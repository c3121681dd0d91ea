#!/usr/bin/env python3
"""Load and soak benchmark of the OpenFang daemon (bench/load; not in CI).

Everything runs on 127.0.0.1: a temporary home, the daemon (OPENFANG_BIN), an instant scripted
OpenAI-compatible provider (provider.py) and wrk (Debian's `wrk`). See README.md.

Phases (durations from the environment, defaults in brackets):
  0. the provider alone: wrk -t2 -c100 POST /openai/v1/chat/completions [PROVIDER_SECONDS=10]
     and GET /api/health before any agent is registered                [PROVIDER_SECONDS]
  1. wrk -t2 -c100 GET /api/health (100 agents registered)               [LOAD_SECONDS=30]
  2. wrk -t2 -c100 POST /v1/chat/completions, `model` over the 100 agents  [LOAD_SECONDS]
  3. wrk -t100 -c100 POST /api/agents/{id}/message, connection k bound to agent k, the message
     "Say ok." every time                                                [LOAD_SECONDS]
  3b. the same with a word in each message that no other message has      [LOAD_SECONDS]
  4. soak: chat completions + agent messages + health at a lower rate, RSS every
     SAMPLE_SECONDS=10 for SOAK_SECONDS=600; the first WARMUP_SECONDS=60 are warm-up. At each
     sample a probe times one GET /api/health and one "Say ok." turn of an agent of its own.
Targets: zero errors in every phase; VmRSS growth after warm-up <= 10 %.
Exit status: 0 when every target is met, 1 when one is missed, 2 when the run could not be made.
"""
import datetime
import hashlib
import json
import os
import platform
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
LUA = os.path.join(HERE, "lua")


def env_int(name, default):
    return int(os.environ.get(name, default))


AGENTS = env_int("AGENTS", 100)
CONNECTIONS = env_int("CONNECTIONS", 100)
LOAD_SECONDS = env_int("LOAD_SECONDS", 30)
PROVIDER_SECONDS = env_int("PROVIDER_SECONDS", 10)
SOAK_SECONDS = env_int("SOAK_SECONDS", 600)
WARMUP_SECONDS = env_int("WARMUP_SECONDS", 60)
SAMPLE_SECONDS = env_int("SAMPLE_SECONDS", 10)
RATE_LIMIT = 1_000_000_000  # units a minute per client: far above anything this run sends
WRK_TIMEOUT = "30s"  # wrk's default (2 s) would count slow-but-correct turns as errors
RSS_TARGET = 10.0  # % growth after warm-up

# Soak mix: (name, script, threads, connections, pause between requests on a connection in ms)
SOAK_MIX = [
    ("chat", "chat.lua", 2, 10, 200),  # <= 50 completions/s
    ("message", "message.lua", 4, 4, 400),  # <= 10 agent turns/s, spread over the agents
    ("health", "health.lua", 1, 2, 100),  # <= 20 health checks/s
]


class Failure(Exception):
    pass


def log(*parts):
    print(*parts, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def proc_status(pid):
    """VmRSS, RssAnon, RssFile, VmHWM in KiB, threads and open file descriptors of `pid`."""
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "RssAnon", "RssFile", "RssShmem", "VmHWM"):
                values[key] = int(rest.split()[0])
            elif key == "Threads":
                values["Threads"] = int(rest.split()[0])
    try:
        values["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        values["fds"] = -1
    return values


def proc_io(pid):
    """/proc/PID/io: bytes read through read()/pread() (rchar) and written to storage (write_bytes)."""
    values = {}
    try:
        with open(f"/proc/{pid}/io") as f:
            for line in f:
                key, _, rest = line.partition(":")
                values[key] = int(rest)
    except OSError:
        pass
    return values


def mib(kib):
    return kib / 1024.0


def http(method, url, body=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Run:
    def __init__(self):
        self.binary = os.path.abspath(os.environ.get("OPENFANG_BIN", os.path.join(REPO, ".build-release/release/openfang")))
        self.root = tempfile.mkdtemp(prefix="of-load-")
        self.out = os.environ.get("LOAD_OUT", self.root)
        os.makedirs(self.out, exist_ok=True)
        self.home = os.path.join(self.root, "home")
        self.provider = None
        self.daemon = None
        self.results = {"phases": {}, "rss": {}, "commands": [], "loadavg": []}
        self.env = dict(os.environ)
        self.env.update({
            "OPENFANG_HOME": self.home, "HOME": self.root, "OPENFANG_LISTEN": "127.0.0.1:0",
            "GROQ_API_KEY": "gsk-load", "NO_COLOR": "1", "LOAD_LUA": LUA, "AGENTS": str(AGENTS),
        })

    # ----- setup -----

    def openfang(self, *args):
        done = subprocess.run([self.binary, *args], env=self.env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise Failure(f"openfang {' '.join(args)} exited {done.returncode}: {done.stderr.strip()[:400]}")
        return done.stdout

    def start_provider(self):
        self.provider_log = open(os.path.join(self.out, "provider.log"), "w")
        self.provider = subprocess.Popen([sys.executable, os.path.join(HERE, "provider.py")], stdout=subprocess.PIPE, stderr=self.provider_log, text=True)
        line = self.provider.stdout.readline()
        if not line.startswith("PORT "):
            raise Failure(f"the scripted provider did not start: {line!r}")
        self.provider_port = int(line.split()[1])
        self.provider_url = f"http://127.0.0.1:{self.provider_port}"

    def provider_stats(self):
        status, body = http("GET", self.provider_url + "/stats")
        return json.loads(body)

    def start_daemon(self):
        self.openfang("init", "--quick")
        self.openfang("config", "set", "provider_urls.groq", self.provider_url + "/openai/v1")
        self.openfang("config", "set", "api_rate_limit_per_minute", str(RATE_LIMIT))
        self.daemon_log = open(os.path.join(self.out, "daemon.log"), "w")
        self.daemon = subprocess.Popen([self.binary, "start"], env=self.env, stdout=self.daemon_log, stderr=subprocess.STDOUT)
        info_path = os.path.join(self.home, "daemon.json")
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.daemon.poll() is not None:
                raise Failure(f"the daemon exited with {self.daemon.returncode} at start (see {self.out}/daemon.log)")
            try:
                with open(info_path) as f:
                    info = json.load(f)
                self.base = "http://" + info["listen"]
                if http("GET", self.base + "/api/health", timeout=2)[0] == 200:
                    self.pid = self.daemon.pid
                    return
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.05)
        raise Failure("the daemon did not answer /api/health within 60 s")

    def register_agents(self):
        ids = []
        for index in range(AGENTS):
            name = f"load-{index:03d}"
            manifest = (f'name = "{name}"\ndescription = "bench/load agent {index}"\n[model]\nprovider = "default"\n'
                        'model = "default"\nsystem_prompt = "You are a load-test agent. Answer briefly."\n')
            status, body = http("POST", self.base + "/api/agents", {"manifest_toml": manifest})
            if status not in (200, 201):
                raise Failure(f"POST /api/agents ({name}) answered {status}: {body[:300]!r}")
            ids.append(json.loads(body)["agent_id"])
        self.agents_file = os.path.join(self.root, "agents.txt")
        with open(self.agents_file, "w") as f:
            f.write("\n".join(ids) + "\n")
        self.env["AGENTS_FILE"] = self.agents_file
        # One turn per agent: every agent works before the clock starts.
        for agent in ids:
            status, body = http("POST", f"{self.base}/api/agents/{agent}/message", {"message": "hello"})
            if status != 200 or b'"response"' not in body:
                raise Failure(f"first message to {agent} answered {status}: {body[:300]!r}")
        self.agent_ids = ids
        # The soak's probe: an agent of its own, timed once a sample ("Say ok.", like the soak's messages).
        manifest = 'name = "load-probe"\n[model]\nprovider = "default"\nmodel = "default"\nsystem_prompt = "You are a load-test agent. Answer briefly."\n'
        status, body = http("POST", self.base + "/api/agents", {"manifest_toml": manifest})
        if status not in (200, 201):
            raise Failure(f"POST /api/agents (load-probe) answered {status}: {body[:300]!r}")
        self.probe_agent = json.loads(body)["agent_id"]

    # ----- wrk -----

    def wrk_command(self, script, threads, connections, seconds, url, latency=True):
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={WRK_TIMEOUT}"]
        if latency:
            command.append("--latency")
        command += ["-s", os.path.join(LUA, script), url]
        return command

    def wrk_start(self, name, command, extra_env=None):
        env = dict(self.env)
        env["WRK_JSON"] = os.path.join(self.out, f"wrk-{name}.json")
        env.update(extra_env or {})
        shown = " ".join(f"{k}={v}" for k, v in (extra_env or {}).items())
        self.results["commands"].append((shown + " " if shown else "") + " ".join(shlex.quote(c) for c in command))
        stdout = open(os.path.join(self.out, f"wrk-{name}.txt"), "w")
        return subprocess.Popen(command, env=env, stdout=stdout, stderr=subprocess.STDOUT), env["WRK_JSON"]

    def wrk_finish(self, name, process, json_path):
        process.wait()
        if process.returncode != 0:
            raise Failure(f"wrk ({name}) exited {process.returncode}; see {self.out}/wrk-{name}.txt")
        with open(json_path) as f:
            stats = json.load(f)
        errors = stats["errors"]
        stats["error_total"] = sum(errors[k] for k in ("connect", "read", "write", "status", "timeout", "bad_body"))
        stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
        return stats

    def phase(self, name, script, threads, connections, seconds, url, extra_env=None):
        before_load = loadavg()
        before_provider = self.provider_stats()["requests"] if self.daemon else None
        process, json_path = self.wrk_start(name, self.wrk_command(script, threads, connections, seconds, url), extra_env)
        stats = self.wrk_finish(name, process, json_path)
        stats["loadavg_before"], stats["loadavg_after"] = before_load, loadavg()
        if self.daemon:
            stats["provider_calls"] = self.provider_stats()["requests"] - before_provider
            stats["rss_after"] = proc_status(self.pid)
            stats["fragments_after"] = self.fragments()
            self.check_alive(name)
        self.results["phases"][name] = stats
        log(f"  {name}: {stats['requests']} requests, {stats['rps']:.1f}/s, p50 {stats['latency_us']['p50'] / 1000:.2f} ms, "
            f"p99 {stats['latency_us']['p99'] / 1000:.2f} ms, errors {stats['error_total']}, load {stats['loadavg_after']}")
        return stats

    def fragments(self):
        """Memory fragments stored so far (every agent), read from the daemon's database read-only."""
        try:
            connection = sqlite3.connect(f"file:{self.home}/data/openfang.db?mode=ro", uri=True, timeout=5)
            try:
                return connection.execute("SELECT COUNT(*) FROM fragments").fetchone()[0]
            finally:
                connection.close()
        except sqlite3.Error:
            return -1

    def probe(self):
        """Milliseconds of one GET /api/health and one "Say ok." turn of the probe agent (None on failure)."""
        started = time.monotonic()
        status, _ = http("GET", self.base + "/api/health")
        health = (time.monotonic() - started) * 1000 if status == 200 else None
        started = time.monotonic()
        status, body = http("POST", f"{self.base}/api/agents/{self.probe_agent}/message", {"message": "Say ok."})
        turn = (time.monotonic() - started) * 1000 if status == 200 and b'"response"' in body else None
        if health is None or turn is None:
            self.results.setdefault("probe_failures", []).append(f"{status} {body[:200]!r}")
        return health, turn

    def check_alive(self, when):
        if self.daemon.poll() is not None:
            raise Failure(f"the daemon died during {when} (exit {self.daemon.returncode}; see {self.out}/daemon.log)")

    # ----- soak -----

    def soak(self):
        processes = []
        for name, script, threads, connections, pause in SOAK_MIX:
            extra = {"WRK_DELAY_MS": str(pause)}
            url = self.base
            if script == "health.lua":
                url = self.base + "/api/health"
            command = self.wrk_command(script, threads, connections, SOAK_SECONDS, url)
            process, json_path = self.wrk_start("soak-" + name, command, extra)
            processes.append((name, process, json_path))
        start = time.monotonic()
        samples = []
        provider_start = self.provider_stats()["requests"]
        io_start = proc_io(self.pid)
        next_at = 0.0
        while True:
            now = time.monotonic() - start
            if now >= next_at:
                sample = proc_status(self.pid)
                sample["t"] = round(now, 1)
                sample["load"] = loadavg()
                sample["probe_health_ms"], sample["probe_turn_ms"] = self.probe()
                sample["fragments"] = self.fragments()
                samples.append(sample)
                shown = lambda v: f"{v:6.1f}" if v is not None else "  FAIL"
                log(f"  t={now:5.0f} s  VmRSS {mib(sample['VmRSS']):6.1f} MiB  RssAnon {mib(sample['RssAnon']):5.1f} MiB  "
                    f"RssFile {mib(sample['RssFile']):5.1f} MiB  thr {sample['Threads']}  fds {sample['fds']}  "
                    f"probe health {shown(sample['probe_health_ms'])} ms turn {shown(sample['probe_turn_ms'])} ms  "
                    f"fragments {sample['fragments']}  load {sample['load']}")
                next_at += SAMPLE_SECONDS
            self.check_alive("the soak")
            if all(p.poll() is not None for _, p, _ in processes):
                break
            time.sleep(max(0.0, min(next_at - (time.monotonic() - start), 0.5)))
        final = proc_status(self.pid)
        final["t"] = round(time.monotonic() - start, 1)
        final["load"] = loadavg()
        samples.append(final)
        stats = {name: self.wrk_finish("soak-" + name, process, json_path) for name, process, json_path in processes}
        stats["provider_calls"] = self.provider_stats()["requests"] - provider_start
        io_end = proc_io(self.pid)
        stats["io"] = {k: io_end.get(k, 0) - io_start.get(k, 0) for k in ("rchar", "wchar", "read_bytes", "write_bytes")}
        self.results["phases"]["soak"] = stats
        self.results["rss"]["samples"] = samples
        base = next(s for s in samples if s["t"] >= WARMUP_SECONDS - 0.5)
        after = [s for s in samples if s["t"] >= base["t"]]
        self.results["rss"]["warmup_end"] = base
        self.results["rss"]["final"] = final
        self.results["rss"]["max_after_warmup"] = max(s["VmRSS"] for s in after)
        for key in ("VmRSS", "RssAnon", "RssFile"):
            self.results["rss"][f"growth_{key}"] = 100.0 * (final[key] - base[key]) / base[key]
            self.results["rss"][f"max_growth_{key}"] = 100.0 * (max(s[key] for s in after) - base[key]) / base[key]
        # Least-squares slope of VmRSS after warm-up, MiB per minute.
        xs = [s["t"] / 60.0 for s in after]
        ys = [mib(s["VmRSS"]) for s in after]
        n = len(xs)
        mx, my = sum(xs) / n, sum(ys) / n
        denominator = sum((x - mx) ** 2 for x in xs)
        self.results["rss"]["slope_mib_per_min"] = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / denominator if denominator else 0.0

    # ----- whole run -----

    def describe(self):
        info = {}
        info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        info["cpus"] = os.cpu_count()
        with open("/proc/cpuinfo") as f:
            info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
        with open("/proc/meminfo") as f:
            info["memory_gib"] = round(int(next(line for line in f if line.startswith("MemTotal")).split()[1]) / 1024 / 1024, 1)
        info["kernel"] = platform.release()
        info["binary"] = self.binary
        info["binary_mib"] = round(os.path.getsize(self.binary) / 1024 / 1024, 1)
        with open(self.binary, "rb") as f:
            info["binary_sha256"] = hashlib.sha256(f.read()).hexdigest()[:16]
        ldd = subprocess.run(["ldd", self.binary], capture_output=True, text=True).stdout
        info["swift_runtime"] = "dynamic (libswift*.so)" if "libswift" in ldd else "static (no libswift*.so in ldd)"
        info["wrk"] = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.splitlines()[0].split(" Copyright")[0]
        info["python"] = platform.python_version()
        self.results["machine"] = info

    def run(self):
        if not shutil.which("wrk"):
            raise Failure("wrk is not installed (Debian: apt-get install -y wrk)")
        if not os.access(self.binary, os.X_OK):
            raise Failure(f"OPENFANG_BIN {self.binary} is not an executable")
        self.describe()
        m = self.results["machine"]
        log(f"bench/load: {m['date']}, {m['cpus']} CPUs ({m['cpu']}), {m['binary']} ({m['binary_mib']} MiB, Swift runtime {m['swift_runtime']})")
        log(f"  output in {self.out}; load average at start {loadavg()}")
        self.start_provider()
        log(f"0. the scripted provider alone ({PROVIDER_SECONDS} s)")
        self.phase("provider", "provider.lua", 2, CONNECTIONS, PROVIDER_SECONDS, self.provider_url)
        self.start_daemon()
        self.results["rss"]["started"] = proc_status(self.pid)
        log(f"0b. GET /api/health before any agent is registered ({PROVIDER_SECONDS} s)")
        self.phase("health0", "health.lua", 2, CONNECTIONS, PROVIDER_SECONDS, self.base + "/api/health")
        self.register_agents()
        self.results["rss"]["agents_registered"] = proc_status(self.pid)
        log(f"daemon pid {self.pid} at {self.base}; {AGENTS} agents registered, one turn each")
        log(f"1. GET /api/health, {CONNECTIONS} connections, {LOAD_SECONDS} s")
        self.phase("health", "health.lua", 2, CONNECTIONS, LOAD_SECONDS, self.base + "/api/health")
        log(f"2. POST /v1/chat/completions over {AGENTS} agents, {CONNECTIONS} connections, {LOAD_SECONDS} s")
        self.phase("chat", "chat.lua", 2, CONNECTIONS, LOAD_SECONDS, self.base)
        log(f"3. POST /api/agents/{{id}}/message, {AGENTS} connections each bound to its agent, {LOAD_SECONDS} s")
        self.phase("message", "message.lua", AGENTS, AGENTS, LOAD_SECONDS, self.base, {"BIND": "1"})
        log(f"3b. the same, each message with a word of its own, {LOAD_SECONDS} s")
        self.phase("message_unique", "message.lua", AGENTS, AGENTS, LOAD_SECONDS, self.base, {"BIND": "1", "UNIQUE": "1"})
        log(f"4. soak: {SOAK_SECONDS} s of mixed load, RSS every {SAMPLE_SECONDS} s, first {WARMUP_SECONDS} s warm-up")
        self.soak()
        status, body = http("GET", self.base + "/api/audit/verify", timeout=300)
        self.results["audit_verify"] = {"status": status, "body": body[:300].decode(errors="replace")}
        self.results["provider_total"] = self.provider_stats()
        self.results["fragments_end"] = self.fragments()
        data = os.path.join(self.home, "data")
        self.results["database_mib"] = round(sum(os.path.getsize(os.path.join(data, n)) for n in os.listdir(data) if n.startswith("openfang.db")) / 1048576, 1)
        self.results["io_total"] = proc_io(self.pid)

    def stop(self):
        if self.daemon and self.daemon.poll() is None:
            subprocess.run([self.binary, "stop"], env=self.env, capture_output=True, timeout=60)
            try:
                self.daemon.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.daemon.kill()
                self.daemon.wait()
            self.results["daemon_exit"] = self.daemon.returncode
        if self.provider and self.provider.poll() is None:
            self.provider.send_signal(signal.SIGINT)
            try:
                self.provider.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.provider.kill()

    # ----- report -----

    def report(self):
        r = self.results
        m = r["machine"]
        lines = []
        ok_all = True

        def mark(ok):
            return "✔" if ok else "✘"

        lines.append("")
        lines.append("=" * 100)
        lines.append(f"bench/load report — {m['date']}")
        lines.append(f"machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gib']} GiB, Linux {m['kernel']}; {m['wrk']}; Python {m['python']}")
        lines.append(f"binary: {m['binary']} ({m['binary_mib']} MiB, sha256 {m['binary_sha256']}…, Swift runtime {m['swift_runtime']})")
        lines.append(f"api_rate_limit_per_minute = {RATE_LIMIT} (the limiter is configured out of the way; it is not what is measured)")
        lines.append(f"wrk --timeout {WRK_TIMEOUT}; errors = non-2xx + socket errors (connect/read/write/timeout) + 2xx bodies without the expected field")
        lines.append("")
        header = f"{'phase':<44} {'requests':>9} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}  load avg (1/5/15 min) after"
        lines.append(header)
        titles = {
            "provider": f"0 scripted provider alone (-c{CONNECTIONS})",
            "health0": f"0b GET /api/health, 0 agents (-c{CONNECTIONS})",
            "health": f"1 GET /api/health, {AGENTS} agents (-c{CONNECTIONS})",
            "chat": f"2 POST /v1/chat/completions (-c{CONNECTIONS})",
            "message": f"3 POST …/message \"Say ok.\" (-c{AGENTS})",
            "message_unique": f"3b POST …/message, unique word (-c{AGENTS})",
        }
        for name, title in titles.items():
            s = r["phases"].get(name)
            if not s:
                continue
            lat = s["latency_us"]
            line = f"{title:<44} {s['requests']:>9} {s['rps']:>9.1f} {lat['p50'] / 1000:>8.2f} {lat['p99'] / 1000:>8.2f} {lat['max'] / 1000:>8.1f} {s['error_total']:>7}  {s['loadavg_after']}"
            if name != "provider":
                ok = s["error_total"] == 0
                ok_all &= ok
                line += "  " + mark(ok)
            lines.append(line)
        soak = r["phases"].get("soak")
        if soak:
            for name, _, threads, connections, pause in SOAK_MIX:
                s = soak[name]
                lat = s["latency_us"]
                title = f"4 soak {name} (-c{connections}, {pause} ms pauses)"
                ok = s["error_total"] == 0
                ok_all &= ok
                lines.append(f"{title:<44} {s['requests']:>9} {s['rps']:>9.1f} {lat['p50'] / 1000:>8.2f} {lat['p99'] / 1000:>8.2f} {lat['max'] / 1000:>8.1f} {s['error_total']:>7}  {mark(ok)}")
        lines.append("")
        for name, s in r["phases"].items():
            parts = [s] if name != "soak" else [soak[n] for n, *_ in SOAK_MIX]
            for part in parts:
                if part.get("error_total"):
                    lines.append(f"errors in {name}: {json.dumps(part['errors'])}; statuses {json.dumps(part['statuses'])}")
                    for sample in part.get("samples", []):
                        lines.append(f"    e.g. {sample[:300]}")
        calls = {k: r["phases"][k].get("provider_calls") for k in ("chat", "message", "message_unique") if k in r["phases"]}
        if calls:
            lines.append("provider calls during the phases: " + ", ".join(
                f"{k} {v} for {r['phases'][k]['requests']} requests" for k, v in calls.items()))
        rss = r["rss"]
        if "started" in rss:
            lines.append(f"VmRSS: at start {mib(rss['started']['VmRSS']):.1f} MiB, {AGENTS} agents registered {mib(rss['agents_registered']['VmRSS']):.1f} MiB, "
                         + ", ".join(f"after {k} {mib(r['phases'][k]['rss_after']['VmRSS']):.1f} MiB" for k in ("health", "chat", "message", "message_unique") if k in r["phases"]))
            lines.append("memory fragments stored (every agent): " + ", ".join(
                f"after {k} {r['phases'][k]['fragments_after']}" for k in ("health", "chat", "message", "message_unique") if k in r["phases"]))
        if "final" in rss:
            base, final = rss["warmup_end"], rss["final"]
            growth = rss["growth_VmRSS"]
            ok = growth <= RSS_TARGET
            ok_all &= ok
            lines.append("")
            lines.append(f"soak RSS ({len(rss['samples'])} samples, every {SAMPLE_SECONDS} s; warm-up = first {WARMUP_SECONDS} s):")
            lines.append(f"  {'':<18} {'VmRSS':>9} {'RssAnon':>9} {'RssFile':>9} {'threads':>8} {'fds':>5}")
            for label, s in (("soak start", rss["samples"][0]), (f"warm-up end t={base['t']:.0f}", base), (f"final t={final['t']:.0f}", final)):
                lines.append(f"  {label:<18} {mib(s['VmRSS']):>8.1f}M {mib(s['RssAnon']):>8.1f}M {mib(s['RssFile']):>8.1f}M {s['Threads']:>8} {s['fds']:>5}")
            lines.append(f"  max VmRSS after warm-up {mib(rss['max_after_warmup']):.1f} MiB; VmHWM {mib(final['VmHWM']):.1f} MiB; slope {rss['slope_mib_per_min']:+.3f} MiB/min")
            lines.append(f"  growth after warm-up: VmRSS {growth:+.1f} % (max {rss['max_growth_VmRSS']:+.1f} %), RssAnon {rss['growth_RssAnon']:+.1f} %, "
                         f"RssFile {rss['growth_RssFile']:+.1f} %   target <= {RSS_TARGET:.0f} % {mark(ok)}")
            probes = [s for s in rss["samples"] if s.get("probe_turn_ms") is not None]
            if probes:
                def median(values):
                    values = sorted(values)
                    return values[len(values) // 2]
                head, tail = probes[:6], probes[-6:]
                lines.append(f"  probe (one request per sample): \"Say ok.\" turn median {median([s['probe_turn_ms'] for s in head]):.1f} ms over the first minute "
                             f"({head[0]['fragments']} fragments) → {median([s['probe_turn_ms'] for s in tail]):.1f} ms over the last ({tail[-1]['fragments']} fragments); "
                             f"health {median([s['probe_health_ms'] for s in head]):.2f} → {median([s['probe_health_ms'] for s in tail]):.2f} ms")
            if r.get("probe_failures"):
                ok_all = False
                lines.append(f"  probe failures (errors): {len(r['probe_failures'])}, e.g. {r['probe_failures'][0]}  ✘")
            io = soak.get("io", {}) if soak else {}
            turns = sum(soak[n]["requests"] for n in ("chat", "message")) if soak else 0
            if io and turns:
                lines.append(f"  daemon I/O during the soak: read() {io['rchar'] / 1048576:.0f} MiB ({io['rchar'] / turns / 1024:.0f} KiB a turn), "
                             f"written to storage {io['write_bytes'] / 1048576:.0f} MiB ({io['write_bytes'] / turns / 1024:.0f} KiB a turn)")
            loads = [s["load"] for s in rss["samples"]]
            lines.append(f"  load average during the soak: first {loads[0]}, middle {loads[len(loads) // 2]}, last {loads[-1]}")
        if "database_mib" in r:
            lines.append(f"database after the run: {r['database_mib']} MiB (with WAL), {r.get('fragments_end')} memory fragments")
        if "audit_verify" in r:
            av = r["audit_verify"]
            lines.append(f"GET /api/audit/verify after the run: {av['status']} {av['body'][:160]}")
        if "daemon_exit" in r:
            lines.append(f"daemon exit status after `openfang stop`: {r['daemon_exit']}")
        lines.append("")
        lines.append("commands (run by bench/load/run; LOAD_LUA=bench/load/lua, WRK_JSON=<output file>, AGENTS_FILE=<agent ids>):")
        for command in r["commands"]:
            lines.append("  " + command.replace(self.root, "$TMP").replace(HERE, "bench/load"))
        lines.append("")
        lines.append(f"RESULT: {'every target met' if ok_all else 'a target was missed'} (details in {self.out})")
        text = "\n".join(lines)
        print(text, flush=True)
        with open(os.path.join(self.out, "report.txt"), "w") as f:
            f.write(text + "\n")
        with open(os.path.join(self.out, "results.json"), "w") as f:
            json.dump(r, f, indent=1)
        return ok_all


def main():
    run = Run()
    code = 2
    try:
        run.run()
        run.stop()
        code = 0 if run.report() else 1
    except Failure as error:
        log(f"FAILED: {error}")
        run.stop()
        try:
            run.report()
        except Exception as report_error:  # a partial run: the report may lack parts
            log(f"(no full report: {report_error})")
    except KeyboardInterrupt:
        run.stop()
        code = 130
    finally:
        if run.daemon and run.daemon.poll() is None:
            run.daemon.kill()
        if run.provider and run.provider.poll() is None:
            run.provider.kill()
    sys.exit(code)


if __name__ == "__main__":
    main()
