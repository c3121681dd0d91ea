#!/usr/bin/env python3
"""API fuzzing of the OpenFang daemon with schemathesis (issue 8, item 3).

Starts a daemon on a throwaway home (api_key set, rate limit raised, the default provider pointed
at provider.py), creates real agents, sessions, runs, a cron job, a trigger and memory keys, runs
`st run` against GET /api/openapi.json with every check, then checks that the daemon is still the
same live process, that its audit chain verifies, that GET /api/events/stream (not fuzzed: it never
ends) opens, and finally that POST /api/shutdown (not fuzzed: it stops the daemon) answers and stops
it. Exit status 0 only when all of that passed. Run through ./run (which sets up the venv).

Environment: OPENFANG_BIN (default .build/debug/openfang under the repo root), FUZZ_MAX_EXAMPLES
(40), FUZZ_SEED (random; printed), FUZZ_WORKERS (1; more finish sooner, but a seed then replays
less exactly), FUZZ_PHASES (examples,coverage,fuzzing,stateful), FUZZ_OUT (reports and logs;
default a new folder under $TMPDIR, kept), FUZZ_KEEP=1 (keep the daemon's home too), FUZZ_ST_ARGS
(more arguments for `st run`, split on spaces).

`--proposed` fuzzes the document proposed.py makes of the served one (what SPEC.md asks for)
instead of the served document: a preview of what CI will report once the document is complete.
"""

import json
import os
import random
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
API_KEY = "fuzz-key-0123456789"
RATE_LIMIT = 1_000_000  # cost units a minute: far above what the fuzzer spends, so no 429s
EXCLUDED = {
    "POST /api/shutdown": "stops the daemon; called once by the runner after fuzzing (see the last check)",
    "GET /api/events/stream": "an endless server-sent event stream; opened and checked by the runner instead",
}


def log(text=""):
    print(text, flush=True)


class Failure(Exception):
    pass


class Daemon:
    """A daemon on a throwaway home, with the scripted provider."""

    def __init__(self, binary, work):
        self.binary = binary
        self.work = work
        self.home = work / "home"
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "TMPDIR": str(work),
            "OPENFANG_HOME": str(self.home), "HOME": str(work), "OPENFANG_LISTEN": "127.0.0.1:0",
            "GROQ_API_KEY": "gsk-fuzz", "NO_COLOR": "1",
        }
        self.provider = None
        self.process = None
        self.base = None
        self.pid = None
        self.log_path = None

    def cli(self, *args, check=True):
        done = subprocess.run([str(self.binary), *args], env=self.env, capture_output=True, text=True, timeout=120)
        if check and done.returncode != 0:
            raise Failure(f"`openfang {' '.join(args)}` exited {done.returncode}: {done.stdout}{done.stderr}")
        return done

    def start(self):
        self.provider = subprocess.Popen([sys.executable, str(HERE / "provider.py")], stdout=subprocess.PIPE, text=True, start_new_session=True)
        port = int(self.provider.stdout.readline())
        self.cli("init", "--quick")
        self.cli("config", "set", "provider_urls.groq", f"http://127.0.0.1:{port}/openai/v1")
        self.cli("config", "set", "api_key", API_KEY)
        self.cli("config", "set", "api_rate_limit_per_minute", str(RATE_LIMIT))
        self.log_path = self.work / "daemon.log"
        self.process = subprocess.Popen(
            [str(self.binary), "start"], env=self.env, stdout=open(self.log_path, "w"), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"the daemon exited with {self.process.returncode} while starting:\n{self.log_path.read_text()}")
            try:
                info = json.loads((self.home / "daemon.json").read_text())
                self.base = "http://" + info["listen"]
                self.pid = info["pid"]
                if request("GET", self.base + "/api/health", key=None)[0] == 200:
                    return
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.2)
        raise Failure("the daemon did not answer GET /api/health within 90 s")

    def stop(self):
        for process in (self.process, self.provider):
            if process is not None and process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=20)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    try:
                        os.killpg(process.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass


def request(method, url, body=None, key=API_KEY, timeout=60):
    """(status, parsed JSON or text) of one request."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if key is not None:
        req.add_header("Authorization", "Bearer " + key)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")


def api(daemon, method, path, body=None, expect=(200, 201)):
    status, answer = request(method, daemon.base + path, body)
    if status not in expect:
        raise Failure(f"setting up: {method} {path} answered {status}: {answer}")
    return answer


UNICODE_AGENT = "fuzz agent ü"
MAIN_MANIFEST = """name = "{name}"
description = "A fixture agent whose name needs percent-encoding in a path"
module = "builtin:chat"

[model]
provider = "default"
model = "default"
"""

VICTIM_MANIFEST = """name = "{name}"
description = "An agent for DELETE /api/agents/{{id}} to terminate"
module = "builtin:chat"

[model]
provider = "default"
model = "default"
"""


def create_fixtures(daemon):
    """Real things for path parameters to hit; returns the fixtures JSON."""
    agents = []
    for template in ("assistant", "coder", "researcher"):
        spawned = api(daemon, "POST", "/api/agents", {"template": template})
        agents.append({"kind": "main", "id": spawned["agent_id"], "name": spawned["name"]})
    # A name with a space and a non-ASCII letter: allowed by the name rule, so routes must find it.
    spawned = api(daemon, "POST", "/api/agents", {"manifest_toml": MAIN_MANIFEST.format(name=UNICODE_AGENT)})
    agents.append({"kind": "main", "id": spawned["agent_id"], "name": spawned["name"]})
    for index in range(1, 4):
        spawned = api(daemon, "POST", "/api/agents", {"manifest_toml": VICTIM_MANIFEST.format(name=f"fuzz-victim-{index}")})
        agents.append({"kind": "victim", "id": spawned["agent_id"], "name": spawned["name"]})
    main = [a for a in agents if a["kind"] == "main"]
    for agent in main:
        reply = api(daemon, "POST", f"/api/agents/{agent['id']}/message", {"message": "Hello, fixture"})
        if reply.get("response") != "Fuzz reply.":
            raise Failure(f"setting up: the scripted provider's reply did not come back: {reply}")
    # A second session for one agent, a label, memory keys, a cron job and a trigger.
    api(daemon, "POST", f"/api/agents/{main[2]['id']}/session/reset")
    first_session = api(daemon, "GET", f"/api/agents/{main[0]['id']}")["session_id"]
    api(daemon, "PUT", f"/api/sessions/{first_session}/label", {"label": "fixture"})
    kv_keys = ["fuzz_key", "greeting", "with space"]
    for agent in main:
        for key in kv_keys:
            api(daemon, "PUT", f"/api/memory/agents/{agent['id']}/kv/{urllib.request.quote(key, safe='')}", {"value": {"key": key, "n": 1}})
    jobs = []
    for agent in main[:2]:
        job = api(daemon, "POST", "/api/cron/jobs", {"agent": agent["name"], "name": "fuzz-job", "schedule": "every 1d", "prompt": "ping"})
        jobs.append({"id": job["id"], "name": job["name"], "agent_name": agent["name"]})
    triggers = []
    for pattern in ({"custom": {"event_type": "fuzz*"}}, "lifecycle"):
        trigger = api(daemon, "POST", "/api/triggers", {"agent": main[1]["name"], "pattern": pattern, "prompt": "Event: {{event}}", "max_fires": 1})
        triggers.append(trigger["id"])
    sessions = [s["session_id"] for s in api(daemon, "GET", "/api/sessions")]
    runs = [r["run_id"] for r in api(daemon, "GET", "/api/runs")]
    return {
        "base_url": daemon.base, "api_key": API_KEY, "agents": agents, "sessions": sessions, "runs": runs,
        "cron_jobs": jobs, "triggers": triggers, "kv_keys": kv_keys,
    }


def run_schemathesis(daemon, out, fixtures_path, seed, max_examples, workers, phases, proposed):
    st = Path(sys.executable).parent / "st"
    location = [daemon.base + "/api/openapi.json"]
    if proposed:
        # The document as SPEC.md says it should be (proposed.py), not as the daemon serves it.
        sys.path.insert(0, str(HERE))
        from proposed import propose
        served = request("GET", daemon.base + "/api/openapi.json")[1]
        document = propose(served)
        for name in document.get("x-proposed-missing", []):
            log(f"proposed.py has nothing for {name}: it keeps the served description")
        (out / "proposed-openapi.json").write_text(json.dumps(document, indent=2, sort_keys=True))
        location = [str(out / "proposed-openapi.json"), "--url", daemon.base]
    command = [
        str(st), "--config-file", str(HERE / "schemathesis.toml"), "run", *location,
        "--checks", "all", "--max-examples", str(max_examples), "--seed", str(seed), "--workers", str(workers),
        "--phases", phases, "--continue-on-failure", "--request-timeout", "30", "--generation-database", "none",
        "-H", f"Authorization: Bearer {API_KEY}", "--report", "junit,har", "--report-dir", str(out / "schemathesis"),
        "--no-color",
    ]
    for name in EXCLUDED:
        command += ["--exclude-name", name]
    command += os.environ.get("FUZZ_ST_ARGS", "").split()
    env = dict(os.environ, SCHEMATHESIS_HOOKS="hooks", PYTHONPATH=str(HERE), FUZZ_FIXTURES=str(fixtures_path),
               FUZZ_RESTORE_LOG=str(out / "restore-failures.log"))
    log("$ " + shlex.join(command).replace(API_KEY, "$KEY"))
    started = time.time()
    with open(out / "schemathesis.log", "w") as transcript:
        process = subprocess.Popen(command, env=env, cwd=str(out), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for line in process.stdout:
            sys.stdout.write(line)
            transcript.write(line)
        process.wait()
    return process.returncode, time.time() - started


def junit_summary(out):
    """({operation: ["ST101 Server error [503]", …]}, number of operations) from the JUnit report."""
    reports = sorted((out / "schemathesis").glob("junit*.xml"))
    if not reports:
        return None, 0
    tree = ElementTree.parse(reports[-1])
    failures, operations = {}, 0
    for case in tree.iter("testcase"):
        operations += 1
        found = set()
        for failure in list(case.iter("failure")) + list(case.iter("error")):
            text = failure.text or failure.get("message") or failure.tag
            # One block per test case: "- STnnn title" lines, then the "[status] reason" line.
            for block in re.split(r"\n(?=\d+\. Test Case ID)", text):
                titles = re.findall(r"^- (.+)$", block, re.MULTILINE)
                status = re.search(r"^\[(\d{3})\]", block, re.MULTILINE)
                for title in titles or [block.strip().splitlines()[0] if block.strip() else failure.tag]:
                    found.add(title + (f" [{status.group(1)}]" if status else ""))
        if found:
            failures[case.get("name")] = sorted(found)
    return failures, operations


def check_alive(daemon):
    problems = []
    if daemon.process.poll() is not None:
        problems.append(f"the daemon process exited with status {daemon.process.returncode} during fuzzing (a crash)")
        return problems
    try:
        info = json.loads((daemon.home / "daemon.json").read_text())
        if info.get("pid") != daemon.pid:
            problems.append(f"daemon.json names pid {info.get('pid')}, not the pid {daemon.pid} that was fuzzed")
    except (OSError, ValueError) as error:
        problems.append(f"daemon.json is gone or unreadable after fuzzing: {error}")
    status, answer = request("GET", daemon.base + "/api/health", key=None, timeout=15)
    if status != 200 or not isinstance(answer, dict) or answer.get("status") != "ok":
        problems.append(f"GET /api/health after fuzzing answered {status}: {answer}")
    # The agents the fuzzer used must still answer a message.
    status, answer = request("POST", daemon.base + "/api/agents/assistant/message", {"message": "still there?"}, timeout=60)
    if status != 200 or not isinstance(answer, dict) or answer.get("response") != "Fuzz reply.":
        problems.append(f"POST /api/agents/assistant/message after fuzzing answered {status}: {answer}")
    return problems


def check_fixture_agents(daemon, fixtures):
    """Every fixture agent the fuzzer used is still there, by id and by name (percent-encoded in
    the path as any HTTP client sends it)."""
    problems = []
    for agent in fixtures["agents"]:
        if agent["kind"] != "main":
            continue
        for reference in (agent["id"], agent["name"]):
            path = "/api/agents/" + urllib.request.quote(reference, safe="")
            status, answer = request("GET", daemon.base + path, timeout=15)
            if status != 200 or not isinstance(answer, dict) or answer.get("id") != agent["id"]:
                problems.append(f"GET {path} (fixture agent {agent['name']!r}) answered {status}: {str(answer)[:200]}")
    return problems


def check_audit(daemon):
    done = daemon.cli("security", "verify", "--json", check=False)
    if done.returncode != 0:
        return [f"`openfang security verify` after fuzzing exited {done.returncode}: {done.stdout.strip()} {done.stderr.strip()}"]
    status, answer = request("GET", daemon.base + "/api/audit/verify")
    if status != 200 or not isinstance(answer, dict) or answer.get("valid") is not True:
        return [f"GET /api/audit/verify after fuzzing answered {status}: {answer}"]
    return []


def check_event_stream(daemon):
    """GET /api/events/stream (excluded from fuzzing): 401 without the key; with it 200, an event
    stream, and a `connected` event at once."""
    problems = []
    status, answer = request("GET", daemon.base + "/api/events/stream", key=None, timeout=15)
    if status != 401:
        problems.append(f"GET /api/events/stream without the key answered {status}, expected 401: {answer}")
    host, port = daemon.base[len("http://"):].rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(f"GET /api/events/stream HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {API_KEY}\r\n\r\n".encode())
        received = b""
        deadline = time.time() + 10
        while b"event: connected" not in received and time.time() < deadline:
            try:
                chunk = connection.recv(4096)
            except socket.timeout:
                break
            if not chunk:
                break
            received += chunk
    head = received.split(b"\r\n", 1)[0].decode(errors="replace")
    if not head.startswith("HTTP/1.1 200") or b"text/event-stream" not in received.lower() or b"event: connected" not in received:
        problems.append(f"GET /api/events/stream with the key: expected 200, text/event-stream and `event: connected`; got {received[:300]!r}")
    return problems


MALFORMED = {
    "a NUL byte in a header value": b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Fuzz: a\x00b\r\n\r\n",
    "a bare CR in a header value": b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Fuzz: a\rb\r\n\r\n",
    "a request line of binary bytes": b"\x00\x01\x02 / HTTP/1.1\r\n\r\n",
}


def check_malformed_requests(daemon):
    """Requests that are not HTTP (schemathesis probes one, a NUL byte in a header) must get 400
    or a closed connection, not a connection held open with no answer."""
    problems = []
    host, port = daemon.base[len("http://"):].rsplit(":", 1)
    for what, raw in MALFORMED.items():
        with socket.create_connection((host, int(port)), timeout=5) as connection:
            connection.sendall(raw)
            try:
                answer = connection.recv(200)
            except socket.timeout:
                problems.append(f"a request with {what} ({raw[:60]!r}) got no answer and the connection stayed open for 5 s "
                                "(expected 400 Bad Request, or the connection closed)")
                continue
            if answer and not answer.startswith(b"HTTP/1.1 400"):
                problems.append(f"a request with {what} got {answer[:80]!r}, expected 400 Bad Request")
    return problems


def check_shutdown(daemon):
    """POST /api/shutdown (excluded from fuzzing): 401 without the key, then with it 200
    {"status": …} and the process ends with status 0 and removes daemon.json."""
    problems = []
    status, answer = request("POST", daemon.base + "/api/shutdown", key=None, timeout=15)
    if status != 401:
        problems.append(f"POST /api/shutdown without the key answered {status}, expected 401: {answer}")
    try:
        status, answer = request("POST", daemon.base + "/api/shutdown", timeout=30)
        if status != 200 or not isinstance(answer, dict) or not isinstance(answer.get("status"), str):
            problems.append(f"POST /api/shutdown answered {status}: {answer}; expected 200 {{\"status\": …}}")
    except OSError as error:
        problems.append(f"POST /api/shutdown got no answer: {error}")
    try:
        code = daemon.process.wait(timeout=30)
        if code != 0:
            problems.append(f"after POST /api/shutdown the daemon exited with status {code}, expected 0")
    except subprocess.TimeoutExpired:
        problems.append("the daemon still runs 30 s after POST /api/shutdown")
    if (daemon.home / "daemon.json").exists() and daemon.process.poll() is not None:
        problems.append("daemon.json is still there after the daemon stopped")
    return problems


def main():
    binary = Path(os.environ.get("OPENFANG_BIN") or ROOT / ".build/debug/openfang")
    if not binary.is_absolute():
        binary = ROOT / binary
    if not os.access(binary, os.X_OK):
        log(f"FAIL: no openfang binary at {binary} (set OPENFANG_BIN, or build first)")
        return 2
    max_examples = int(os.environ.get("FUZZ_MAX_EXAMPLES", "40"))
    seed = int(os.environ.get("FUZZ_SEED") or random.randrange(1, 2**31))
    workers = os.environ.get("FUZZ_WORKERS", "1")
    phases = os.environ.get("FUZZ_PHASES", "examples,coverage,fuzzing,stateful")
    proposed = "--proposed" in sys.argv[1:]
    work = Path(tempfile.mkdtemp(prefix="openfang-fuzz-")).resolve()
    out = Path(os.environ.get("FUZZ_OUT") or work / "out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    daemon = Daemon(binary, work)
    problems, st_code, st_seconds, failures, operations = [], None, 0.0, None, 0
    try:
        log(f"openfang fuzz: binary {binary}, {max_examples} examples per operation, seed {seed}, phases {phases}"
            + ("; against the PROPOSED document (proposed.py), not the served one" if proposed else ""))
        daemon.start()
        log(f"daemon pid {daemon.pid} on {daemon.base}, home {daemon.home} (api_key set, api_rate_limit_per_minute = {RATE_LIMIT})")
        fixtures = create_fixtures(daemon)
        fixtures_path = out / "fixtures.json"
        fixtures_path.write_text(json.dumps(fixtures, indent=2))
        log(f"fixtures: {len(fixtures['agents'])} agents, {len(fixtures['sessions'])} sessions, {len(fixtures['runs'])} runs, "
            f"{len(fixtures['cron_jobs'])} cron jobs, {len(fixtures['triggers'])} triggers, {len(fixtures['kv_keys'])} memory keys per agent")
        for name, why in EXCLUDED.items():
            log(f"not fuzzed: {name}: {why}")
        log()
        st_code, st_seconds = run_schemathesis(daemon, out, fixtures_path, seed, max_examples, workers, phases, proposed)
        failures, operations = junit_summary(out)
        restore_log = out / "restore-failures.log"
        if restore_log.exists():
            problems += ["a fixture could not be restored after a fuzz case: " + line for line in restore_log.read_text().splitlines()]
        alive = check_alive(daemon)
        problems += alive
        if daemon.process.poll() is None:
            problems += check_fixture_agents(daemon, fixtures)
            problems += check_audit(daemon)
            problems += check_event_stream(daemon)
            problems += check_malformed_requests(daemon)
            problems += check_shutdown(daemon)
    except Failure as error:
        problems.append(str(error))
    finally:
        daemon.stop()
        if daemon.log_path is not None and daemon.log_path.exists():
            shutil.copy(daemon.log_path, out / "daemon.log")
        if os.environ.get("FUZZ_KEEP") != "1":
            shutil.rmtree(daemon.home, ignore_errors=True)
            if work not in out.resolve().parents:
                shutil.rmtree(work, ignore_errors=True)  # the reports live elsewhere (FUZZ_OUT)

    log()
    log("=" * 30 + " openfang fuzz report " + "=" * 30)
    log(f"seed {seed}; {max_examples} examples per operation; schemathesis took {st_seconds:.0f} s; total {time.time() - started:.0f} s")
    if st_code is None:
        log("schemathesis: did not run")
    else:
        log(f"schemathesis: exit status {st_code}; {operations} operations in the JUnit report; "
            f"{len(failures or {})} with failures or errors")
        for operation, titles in sorted((failures or {}).items()):
            log(f"  {operation}")
            for title in titles:
                log(f"      {title}")
    log("daemon checks: " + ("all passed (alive, same pid, health ok, messages answered, fixture agents found by id and name, audit chain valid, "
                             "event stream opens, malformed requests refused, shutdown answers and stops)"
                             if not problems else f"{len(problems)} failed"))
    for problem in problems:
        log(f"  FAIL: {problem}")
    log(f"reports and logs: {out} (schemathesis.log, schemathesis/junit.xml, schemathesis/har*.json, daemon.log, fixtures.json)")
    log(f"rerun the same cases: FUZZ_SEED={seed} FUZZ_MAX_EXAMPLES={max_examples} tests/fuzz/run" + (" --proposed" if proposed else ""))
    ok = st_code == 0 and not problems
    log("RESULT: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
