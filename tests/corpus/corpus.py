#!/usr/bin/env python3
"""The bad-input corpus (issue 8, item 2): malformed and adversarial config.toml, agent.toml, API
bodies, /v1 bodies, provider answers and tool arguments, run against the real `openfang` binary.

Usage: corpus.py [--only CATEGORY[,CATEGORY]] [--keep] [--verbose] [--json FILE]

The binary is $OPENFANG_BIN (default .build/debug/openfang from the repository root). Every case
states the status or exit code and the text it expects (cases/*.json). The run prints one line
per failed case, a table per category, every HTTP status >= 500 it saw, and
    N/M cases passed, C crashes, X 5xx
It exits 0 only when every case passed, nothing crashed (no signal exit, crash text, dead
daemon) and no answer had a status >= 500.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from gen import expand  # noqa: E402
from harness import CLIResult, Daemon, Response, clean_env, crashed, request, run_cli  # noqa: E402
from provider import TOOL_DONE, Provider  # noqa: E402

CATEGORIES = ["config", "agent", "api", "openai", "provider", "tools"]
CASE_FILES = {"config": "config_toml.json", "agent": "agent_toml.json", "api": "api_bodies.json", "openai": "openai.json",
              "provider": "provider.json", "tools": "tool_args.json"}
TITLES = {"config": "config.toml (CLI)", "agent": "agent.toml (API + CLI)", "api": "API bodies", "openai": "/v1/chat/completions",
          "provider": "provider garbage", "tools": "tool arguments"}


# ---------------------------------------------------------------------------------------------
# bookkeeping

@dataclass
class Outcome:
    category: str
    name: str
    problems: list = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.problems


class Book:
    """Every case outcome, every 5xx, every crash (thread-safe)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.outcomes: list[Outcome] = []
        self.server_errors: list[dict] = []
        # 502/503/504 answers that report the scripted provider's own failure (a `provider_*` or
        # `turn_hung` code): the gateway statuses the API promises for upstream faults, counted
        # apart. Every other status >= 500 (500 `internal` above all) is a server error.
        self.gateway_answers: list[dict] = []
        self.crashes: list[str] = []

    def add(self, outcome: Outcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)

    def server_error(self, category: str, case: str, method: str, path: str, status: int, body: bytes) -> None:
        with self.lock:
            if category == "provider" and is_gateway_answer(status, body):
                self.gateway_answers.append({"category": category, "case": case, "request": f"{method} {path}", "status": status,
                                             "body": body[:300].decode("utf-8", "replace")})
                return
            self.server_errors.append({"category": category, "case": case, "request": f"{method} {path}", "status": status,
                                       "body": body[:300].decode("utf-8", "replace")})

    def crash(self, text: str) -> None:
        with self.lock:
            self.crashes.append(text)


def is_gateway_answer(status: int, body: bytes) -> bool:
    """A 502/503/504 whose error code says the model provider failed, not the daemon."""
    if status not in (502, 503, 504):
        return False
    try:
        code = (json.loads(body).get("error") or {}).get("code") or ""
    except (ValueError, AttributeError):
        return False
    return code.startswith("provider_") or code == "turn_hung"


def has_all(text: str, needles) -> list[str]:
    return [n for n in needles if n not in text]


def short(text, limit=300) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} chars)"


def fill(value, mapping: dict):
    """Replaces {placeholders} in every string of a case value (before generators run)."""
    if isinstance(value, str):
        for key, replacement in mapping.items():
            value = value.replace("{" + key + "}", replacement)
        return value
    if isinstance(value, list):
        return [fill(v, mapping) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, mapping) for k, v in value.items()}
    return value


def as_bytes(value) -> bytes:
    value = expand(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode()
    return json.dumps(value).encode()


def status_ok(status: int, expected) -> bool:
    return status in expected if isinstance(expected, list) else status == expected


# ---------------------------------------------------------------------------------------------
# the run

class Corpus:
    def __init__(self, args):
        self.args = args
        self.binary = os.path.abspath(os.environ.get("OPENFANG_BIN") or os.path.join(ROOT, ".build/debug/openfang"))
        if not os.access(self.binary, os.X_OK):
            sys.exit(f"corpus: no executable openfang at {self.binary} (set OPENFANG_BIN)")
        self.root = os.path.realpath(tempfile.mkdtemp(prefix="openfang-corpus-"))
        self.book = Book()
        self.provider: Provider | None = None
        self.daemon: Daemon | None = None
        self.home = os.path.join(self.root, "home")
        self.cli_home = os.path.join(self.root, "cli-home")
        self.canary = os.path.join(self.root, "canary")
        self.unique = 0
        self.unique_lock = threading.Lock()
        self.fixtures: dict = {}
        self.generation = 0
        self.current_agent_name = ""

    def next_unique(self) -> int:
        with self.unique_lock:
            self.unique += 1
            return self.unique

    def log(self, text: str) -> None:
        print(text, flush=True)

    # ------------------------------------------------------------------ HTTP with accounting

    def http(self, category: str, case: str, method: str, path: str, body=None, headers=None, timeout=60, chunked=False) -> Response:
        response = request(self.daemon.address, method, path, body, headers, timeout=timeout, chunked=chunked)
        if response.status >= 500:
            self.book.server_error(category, case, method, path, response.status, response.body)
        return response

    def raw(self, category: str, case: str, data: bytes, half_close=True, timeout=5) -> Response:
        """Writes `data` to a fresh connection and reads one answer (status 0: the daemon closed the
        connection, or left it open, without answering within `timeout` seconds)."""
        host, port = self.daemon.address.rsplit(":", 1)
        start = time.monotonic()
        answer = b""
        try:
            with socket.create_connection((host, int(port)), timeout=timeout) as sock:
                try:
                    sock.sendall(data)
                    if half_close:
                        sock.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                while True:
                    head, separator, body = answer.partition(b"\r\n\r\n")
                    if separator:
                        lengths = [line.split(b":", 1)[1].strip() for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")]
                        if lengths and len(body) >= int(lengths[0]):
                            break
                    try:
                        piece = sock.recv(65536)
                    except (ConnectionResetError, socket.timeout) as error:
                        if not answer:
                            return Response(0, {}, b"", error=f"no answer ({type(error).__name__})", seconds=time.monotonic() - start)
                        break
                    if not piece:
                        break
                    answer += piece
        except OSError as error:
            return Response(0, {}, b"", error=str(error), seconds=time.monotonic() - start)
        if not answer:
            return Response(0, {}, b"", error="closed without an answer", seconds=time.monotonic() - start)
        head, _, body = answer.partition(b"\r\n\r\n")
        try:
            status = int(head.split(b" ", 2)[1])
        except (IndexError, ValueError):
            return Response(0, {}, answer, error="not HTTP", seconds=time.monotonic() - start)
        if status >= 500:
            self.book.server_error(category, case, "RAW", data[:60].decode("latin-1").split("\r\n")[0], status, body)
        return Response(status, {}, body, seconds=time.monotonic() - start)

    # ------------------------------------------------------------------ daemon

    def cli(self, args, home=None, cwd=None, timeout=30, env_extra=None) -> CLIResult:
        env = clean_env(home or self.home)
        for key, value in (env_extra or {}).items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        return run_cli(self.binary, args, env, cwd or self.root, timeout=timeout)

    def set_up_daemon(self, provider: bool = True) -> None:
        if provider:
            self.provider = Provider().start()
        result = self.cli(["init", "--quick"])
        if result.code != 0:
            raise RuntimeError(f"init --quick failed: {result.output}")
        settings = [
            ("provider_urls.groq", self.provider.base_url()),
            ("api_rate_limit_per_minute", "1000000"),      # the limiter stays on, but never throttles the corpus
            ("approval.require_approval", "[]"),            # shell_exec runs under exec_policy, nobody has to approve it
            ("heartbeat.default_timeout_secs", "15"),       # a hung turn is cancelled after 15 s (default 180 s)
        ]
        for key, value in settings:
            result = self.cli(["config", "set", key, value])
            if result.code != 0:
                raise RuntimeError(f"config set {key} failed: {result.output}")
        os.makedirs(self.canary, exist_ok=True)
        with open(os.path.join(self.canary, "secret.txt"), "w") as handle:
            handle.write("CANARY-SECRET do not read\n")
        self.daemon = Daemon(self.binary, self.home, clean_env(self.home), os.path.join(self.root, f"daemon{self.generation or ''}.log"))
        self.daemon.start()
        self.log(f"daemon pid {self.daemon.process.pid} on {self.daemon.address}, provider on 127.0.0.1:{self.provider.port}, home {self.home}")
        self.make_fixtures()

    def make_fixtures(self) -> None:
        """The chat agent, its session and a trigger that the API cases name."""
        name = "corpus-api"
        if "agent" not in self.fixtures:
            manifest = f'name = "{name}"\nmodule = "builtin:chat"\n[model]\nprovider = "default"\nmodel = "default"\nsystem_prompt = "corpus"\n'
            answer = request(self.daemon.address, "POST", "/api/agents", json.dumps({"manifest_toml": manifest}), {"Content-Type": "application/json"})
            if answer.status != 200:
                raise RuntimeError(f"cannot spawn the fixture agent: {answer.status} {answer.text}")
        detail = request(self.daemon.address, "GET", f"/api/agents/{name}").json() or {}
        trigger = request(self.daemon.address, "POST", "/api/triggers",
                          json.dumps({"agent": name, "pattern": {"custom": {"event_type": "corpus-fixture-never"}}}), {"Content-Type": "application/json"})
        self.fixtures = {"agent": name, "session": detail.get("session_id", "missing"), "trigger": (trigger.json() or {}).get("id", "missing")}

    def check_daemon(self, category: str, after: str) -> bool:
        """Whether the daemon is alive and healthy; a dead one is a crash (and is restarted)."""
        alive = self.daemon.alive()
        healthy = alive and request(self.daemon.address, "GET", "/api/health", timeout=10).status == 200
        if healthy:
            return True
        if alive:
            time.sleep(1)
            if request(self.daemon.address, "GET", "/api/health", timeout=10).status == 200:
                return True
            self.book.crash(f"[{category}] the daemon stopped answering /api/health after {after!r} (process still running)")
            self.daemon.stop(10)
        else:
            self.book.crash(f"[{category}] the daemon died after {after!r}: {self.daemon.exit_description()}")
        self.log(f"  !! daemon down after {after!r} ({self.daemon.exit_description()}); restarting it")
        try:
            self.daemon.start()
        except RuntimeError as error:
            tail = open(self.daemon.log_path, errors="replace").read().strip().splitlines()[-1:]
            self.book.crash(f"[{category}] the daemon cannot start again on its home: {error}: {tail}")
            self.log(f"  !! the daemon cannot start again ({tail}); continuing on a fresh home")
            self.generation += 1
            self.home = os.path.join(self.root, f"home{self.generation}")
            self.fixtures = {}
            self.set_up_daemon(provider=False)
        return False

    # ------------------------------------------------------------------ categories

    def load(self, category: str) -> dict:
        with open(os.path.join(HERE, "cases", CASE_FILES[category]), encoding="utf-8") as handle:
            return json.load(handle)

    def run(self) -> int:
        started = time.monotonic()
        wanted = CATEGORIES if not self.args.only else self.args.only.split(",")
        for name in wanted:
            if name not in CATEGORIES:
                sys.exit(f"corpus: unknown category {name!r} (known: {', '.join(CATEGORIES)})")
        self.log(f"openfang bad-input corpus: binary {self.binary}\nwork folder {self.root}")
        try:
            if "config" in wanted:
                self.category_config()
            if any(name != "config" for name in wanted):
                self.set_up_daemon()
            for name in wanted:
                if name == "config":
                    continue
                getattr(self, "category_" + name)()
            if self.daemon and self.daemon.alive():
                code = self.daemon.stop(30)
                if code not in (0, None):
                    self.book.crash(f"the daemon's graceful stop ended with status {code}")
            if self.daemon:
                verify = self.cli(["security", "verify"])
                if crashed(verify) or verify.code != 0:
                    self.book.crash(f"`openfang security verify` after the run: exit {verify.code}: {short(verify.output)}")
        except Exception:
            traceback.print_exc()
            self.book.crash("the corpus runner itself failed (traceback above)")
        finally:
            if self.daemon and self.daemon.alive():
                self.daemon.stop(10)
            if self.provider:
                self.provider.stop()
        return self.report(time.monotonic() - started)

    # ---------------------------------------------------------------- config.toml

    def category_config(self) -> None:
        data = self.load("config")
        result = self.cli(["init", "--quick"], home=self.cli_home)
        if result.code != 0:
            raise RuntimeError(f"init --quick for the CLI home failed: {result.output}")
        self.log(f"\n== {TITLES['config']}: {len(data['cases'])} cases")
        for index, case in enumerate(data["cases"]):
            outcome = Outcome("config", case["name"])
            start = time.monotonic()
            try:
                self.config_case(index, case, outcome)
            except Exception as error:
                outcome.problems.append(f"runner error: {error!r}")
            outcome.seconds = time.monotonic() - start
            self.finish(outcome)

    def config_case(self, index: int, case: dict, outcome: Outcome) -> None:
        base = os.path.join(self.root, "config-cases", f"{index:03d}")
        folder = os.path.join(base, "case")
        outside = os.path.join(base, "outside")
        os.makedirs(folder)
        os.makedirs(outside)
        mapping = {"outside": outside}
        for name, content in case.get("outside", {}).items():
            with open(os.path.join(outside, name), "wb") as handle:
                handle.write(as_bytes(content))
        home = None
        if case.get("home"):
            home = os.path.join(base, "home")
            result = self.cli(["init", "--quick"], home=home)
            if result.code != 0:
                outcome.problems.append(f"init --quick failed: {short(result.output)}")
                return
            folder = home
        for name, content in case.get("files", {}).items():
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as handle:
                handle.write(as_bytes(content))
        for name, target in case.get("symlinks", {}).items():
            os.symlink(fill(target, mapping), os.path.join(folder, name))
        config_args = [] if home else ["--config", "config.toml"]
        env = case.get("env")
        absent = case.get("absent", [])

        validate = self.cli(["config", "validate", *config_args], home=home or self.cli_home, cwd=folder, env_extra=env)
        expected = case["validate"]
        self.check_cli(outcome, "config validate", validate, expected["exit"], expected["output"], absent)

        if case.get("doctor"):
            doctor = self.cli(["doctor", *config_args], home=home or self.cli_home, cwd=folder, env_extra=env)
            self.check_cli(outcome, "doctor", doctor, 1, expected["output"][-1:], absent)

        start_spec = case.get("start", {})
        if start_spec is False:
            return
        needles = start_spec.get("output", expected["output"]) if isinstance(start_spec, dict) else expected["output"]
        start_home = home or self.cli_home
        self.check_start(outcome, start_home, folder, config_args, needles, absent, env)

    def check_cli(self, outcome: Outcome, what: str, result: CLIResult, exit_code: int, needles, absent=()) -> None:
        why = crashed(result)
        if why:
            outcome.problems.append(f"`{what}` crashed: {why}")
            self.book.crash(f"[{outcome.category}] {outcome.name}: `{what}` {why}")
            return
        if result.timed_out:
            outcome.problems.append(f"`{what}` did not finish in {result.seconds:.0f} s")
            return
        if result.code != exit_code:
            outcome.problems.append(f"`{what}` exited {result.code}, expected {exit_code}: {short(result.output)}")
        missing = has_all(result.output, needles)
        if missing:
            outcome.problems.append(f"`{what}` output lacks {missing}: {short(result.output)}")
        present = [a for a in absent if a in result.output]
        if present:
            outcome.problems.append(f"`{what}` output contains {present}: {short(result.output)}")

    def check_start(self, outcome: Outcome, home: str, folder: str, config_args, needles, absent, env) -> None:
        """`openfang start` must refuse: exit non-zero, name the problem, never write daemon.json."""
        environment = clean_env(home)
        for key, value in (env or {}).items():
            if value is None:
                environment.pop(key, None)
            else:
                environment[key] = value
        daemon_json = os.path.join(home, "daemon.json")
        if os.path.exists(daemon_json):
            os.remove(daemon_json)
        import subprocess
        process = subprocess.Popen([self.binary, "start", *config_args], env=environment, cwd=folder, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 15
        started = False
        while time.monotonic() < deadline and process.poll() is None:
            if os.path.exists(daemon_json):
                started = True
                break
            time.sleep(0.05)
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            output = process.stdout.read().decode("utf-8", "replace")
            outcome.problems.append(("`start` started the daemon despite the bad config" if started else "`start` neither refused nor started in 15 s")
                                    + f": {short(output)}")
            return
        output = process.stdout.read().decode("utf-8", "replace")
        result = CLIResult(["start"], process.returncode, output, "", 0)
        if os.path.exists(daemon_json):
            outcome.problems.append("`start` wrote daemon.json although it refused")
        why = crashed(result)
        if why:
            outcome.problems.append(f"`start` crashed: {why}")
            self.book.crash(f"[config] {outcome.name}: `start` {why}")
            return
        if result.code == 0:
            outcome.problems.append(f"`start` exited 0: {short(output)}")
        missing = has_all(output, needles)
        if missing:
            outcome.problems.append(f"`start` output lacks {missing}: {short(output)}")
        present = [a for a in absent if a in output]
        if present:
            outcome.problems.append(f"`start` output contains {present}: {short(output)}")

    # ---------------------------------------------------------------- agent.toml

    def category_agent(self) -> None:
        data = self.load("agent")
        self.agent_home_template = os.path.join(self.root, "agent-home-template")
        result = self.cli(["init", "--quick"], home=self.agent_home_template)
        if result.code != 0:
            raise RuntimeError(f"init --quick for the CLI home failed: {result.output}")
        self.log(f"\n== {TITLES['agent']}: {len(data['cases'])} manifests, each through the API and the CLI")
        for index, case in enumerate(data["cases"]):
            name = f"corpus-agent-{index:03d}"
            manifest = as_bytes(fill(case["manifest"], {"name": name}))
            absent = case.get("absent", [])
            self.current_agent_name = name
            if "api" in case:
                outcome = Outcome("agent", "API: " + case["name"])
                start = time.monotonic()
                try:
                    self.agent_api_case(case, manifest, outcome, absent)
                except Exception as error:
                    outcome.problems.append(f"runner error: {error!r}")
                outcome.seconds = time.monotonic() - start
                self.finish(outcome)
                self.after_case("agent", outcome)
            if "cli" in case:
                outcome = Outcome("agent", "CLI: " + case["name"])
                start = time.monotonic()
                try:
                    self.agent_cli_case(index, case, manifest, name, outcome, absent)
                except Exception as error:
                    outcome.problems.append(f"runner error: {error!r}")
                outcome.seconds = time.monotonic() - start
                self.finish(outcome)
        self.check_daemon("agent", "the last agent.toml case")

    def agent_api_case(self, case, manifest: bytes, outcome: Outcome, absent) -> None:
        body = json.dumps({"manifest_toml": manifest.decode("utf-8")}).encode()
        answer = self.http("agent", outcome.name, "POST", "/api/agents", body, {"Content-Type": "application/json"})
        expected = case["api"]
        if answer.status != expected["status"]:
            outcome.problems.append(f"POST /api/agents answered {answer.status or answer.error}, expected {expected['status']}: {short(answer.body)}")
        if answer.status == 200:
            if not (answer.json() or {}).get("agent_id"):
                outcome.problems.append(f"a 200 without agent_id: {short(answer.body)}")
            return
        listed = request(self.daemon.address, "GET", "/api/agents").json() or []
        name = self.current_agent_name
        if any(isinstance(a, dict) and a.get("name") == name for a in listed):
            outcome.problems.append(f"answered {answer.status}, but the agent {name} was registered anyway (GET /api/agents lists it)")
        message = self.api_error_message(answer, outcome)
        missing = has_all(message, expected.get("message", []))
        if missing:
            outcome.problems.append(f"error message lacks {missing}: {short(message)}")
        present = [a for a in absent if a in message]
        if present:
            outcome.problems.append(f"error message contains {present}: {short(message)}")

    def agent_cli_case(self, index, case, manifest: bytes, name: str, outcome: Outcome, absent) -> None:
        folder = os.path.join(self.root, "agent-cases", f"{index:03d}")
        os.makedirs(folder)
        with open(os.path.join(folder, "agent.toml"), "wb") as handle:
            handle.write(manifest)
        expected = case["cli"]
        # Each case spawns into its own copy of a fresh home: one bad registration must not decide the next case.
        home = os.path.join(folder, "home")
        shutil.copytree(self.agent_home_template, home, symlinks=True)
        validate = self.cli(["agent", "validate", "agent.toml"], home=home, cwd=folder)
        self.check_cli(outcome, "agent validate", validate, expected["exit"], expected["output"], absent)
        spawn = self.cli(["agent", "spawn", "agent.toml"], home=home, cwd=folder)
        # Warnings are validate's business; spawn must only agree on the outcome.
        spawn_needles = [] if expected["exit"] == 0 else expected["output"]
        self.check_cli(outcome, "agent spawn", spawn, expected["exit"], spawn_needles, absent)
        registered = self.registered(home, name)
        if expected["exit"] != 0 and registered:
            outcome.problems.append("the manifest the case says is invalid is in the agents table")
        if expected["exit"] == 0 and spawn.code == 0 and not registered:
            outcome.problems.append("`agent spawn` said it registered the agent, but it is not in the agents table")
        if registered:
            again = self.cli(["agent", "list", "--json"], home=home, cwd=folder)
            if again.code != 0:
                outcome.problems.append(f"after this spawn the home is unusable: `agent list` exits {again.code}: {short(again.output)}")

    @staticmethod
    def registered(home: str, name: str) -> bool:
        import sqlite3
        path = os.path.join(home, "data", "openfang.db")
        if not os.path.exists(path):
            return False
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return connection.execute("SELECT count(*) FROM agents WHERE name = ?", (name,)).fetchone()[0] > 0
        finally:
            connection.close()

    # ---------------------------------------------------------------- API bodies

    def api_error_message(self, answer: Response, outcome: Outcome, shape="api", field_name=None, code=None) -> str:
        """Checks the error shape of a 4xx/5xx answer and returns its message."""
        body = answer.json()
        if answer.status == 0:
            return ""
        if not isinstance(body, dict) or not isinstance(body.get("error"), dict):
            outcome.problems.append(f"the error is not {{\"error\": {{…}}}}: {short(answer.body)}")
            return answer.text
        error = body["error"]
        if shape == "openai":
            missing = [k for k in ("message", "type", "param", "code") if k not in error]
            if missing:
                outcome.problems.append(f"not OpenAI's error shape (missing {missing}): {short(answer.body)}")
            if field_name is not None and error.get("param") != field_name:
                outcome.problems.append(f"param is {error.get('param')!r}, expected {field_name!r}")
        else:
            if not isinstance(error.get("code"), str) or not isinstance(error.get("message"), str):
                outcome.problems.append(f"not the API's error shape {{code, message}}: {short(answer.body)}")
            if field_name is not None and error.get("field") != field_name:
                outcome.problems.append(f"field is {error.get('field')!r}, expected {field_name!r}")
        if code is not None and error.get("code") != code:
            outcome.problems.append(f"code is {error.get('code')!r}, expected {code!r}")
        return str(error.get("message", ""))

    def category_api(self) -> None:
        data = self.load("api")
        document = request(self.daemon.address, "GET", "/api/openapi.json").json() or {}
        listed = {r["route"] for r in data["routes"]}
        with_bodies = {f"{method.upper()} {path}" for path, ops in document.get("paths", {}).items()
                       for method, op in ops.items() if isinstance(op, dict) and op.get("requestBody")}
        unlisted = sorted(with_bodies - listed)
        stale = sorted(listed - with_bodies)
        outcome = Outcome("api", "every route with a body in /api/openapi.json is in the corpus")
        if not with_bodies:
            outcome.problems.append("GET /api/openapi.json listed no route with a body")
        if unlisted:
            outcome.problems.append(f"routes missing from cases/api_bodies.json: {unlisted}")
        if stale:
            outcome.problems.append(f"routes in cases/api_bodies.json that the document does not list: {stale}")
        self.finish(outcome)
        total = sum(1 for _ in self.api_plans(data))
        self.log(f"\n== {TITLES['api']}: {total} cases over {len(data['routes'])} routes")
        for plan in self.api_plans(data):
            outcome = Outcome("api", plan["name"])
            start = time.monotonic()
            try:
                self.api_case(plan, outcome)
            except Exception as error:
                outcome.problems.append(f"runner error: {error!r}")
            outcome.seconds = time.monotonic() - start
            self.finish(outcome)
            self.after_case("api", outcome)
        self.check_daemon("api", "the last API case")

    def placeholders(self) -> dict:
        return {"agent": self.fixtures["agent"], "session": self.fixtures["session"], "trigger": self.fixtures["trigger"],
                "unique": str(self.next_unique())}

    def api_plans(self, data):
        """Every (route × template) case and every single case, as plans."""
        for route in data["routes"]:
            method, _ = route["route"].split(" ", 1)
            shape = route.get("shape", "api")
            for template in data["templates"]:
                base = {"route": route, "method": method, "shape": shape, "template": template}
                special = template.get("special")
                if special == "wrong_types":
                    for field_name, kind in route["fields"].items():
                        wrong = {"string": 12345, "string_or_null": 12345, "integer": "12", "boolean": "true", "array": {"a": 1},
                                 "object_or_null": "yes"}.get(kind)
                        if wrong is None:
                            continue
                        yield dict(base, name=f"{route['route']}: `{field_name}` given {json.dumps(wrong)}", kind="wrong_type",
                                   field=field_name, wrong=wrong)
                    continue
                yield dict(base, name=f"{route['route']}: {template['name']}", kind=special or "template")
        for case in data["cases"]:
            yield {"name": case["name"], "kind": "single", "case": case, "shape": "openai" if case.get("path", "").startswith("/v1/") else "api"}

    def api_case(self, plan: dict, outcome: Outcome) -> None:
        mapping = self.placeholders()
        if plan["kind"] == "single":
            return self.api_single(plan["case"], mapping, outcome)
        route, template, method, shape = plan["route"], plan["template"], plan["method"], plan["shape"]
        path = fill(route["path"], mapping)
        valid = fill(route["valid"], mapping)
        headers = {"Content-Type": "application/json"}
        expect_status, expect_field, expect_message = None, None, []
        kind = plan["kind"]
        chunked = False
        if kind == "template":
            if template.get("raw_chunked") is not None:
                data = (f"{method} {path} HTTP/1.1\r\nHost: corpus\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + template["raw_chunked"]).encode()
                answer = self.raw("api", outcome.name, data)
                return self.api_expect(answer, outcome, template["status"], template.get("message", []), None, shape)
            body = template.get("body")
            body = json.dumps(valid).encode() if body == "$valid" else as_bytes(body)
            if "content_type" in template:
                if template["content_type"] is None:
                    headers.pop("Content-Type")
                else:
                    headers["Content-Type"] = template["content_type"]
            headers.update(template.get("headers", {}))
            if template.get("half_close"):
                head = f"{method} {path} HTTP/1.1\r\nHost: corpus\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
                answer = self.raw("api", outcome.name, head.encode() + body)
                return self.api_expect(answer, outcome, template["status"], template.get("message", []), None, shape)
            chunked = template.get("chunked", False)
            expect_status, expect_message = template["status"], template.get("message", [])
            if len(body) > route["limit"] and not template.get("headers"):
                # A body over the route's own limit is refused for its size before anything else.
                expect_status, expect_message = 413, []
        elif kind == "empty_object":
            body = b"{}"
            expect = route["empty_object"]
            expect_status, expect_field, expect_message = expect["status"], expect.get("field"), expect.get("message", [])
        elif kind == "unknown_only":
            body = b'{"zzz_corpus_unknown": 1}'
            if route["unknown_fields"] == "refused":
                expect_status, expect_field, expect_message = 400, "zzz_corpus_unknown", ["zzz_corpus_unknown"]
            else:
                expect = route["empty_object"]
                expect_status, expect_field, expect_message = expect["status"], expect.get("field"), expect.get("message", [])
        elif kind == "valid_plus_unknown":
            body = json.dumps(dict(valid, zzz_corpus_unknown={"nested": [1, 2]})).encode()
            if route["unknown_fields"] == "refused":
                expect_status, expect_field = 400, "zzz_corpus_unknown"
            else:
                expect_status = route["ok"]
        elif kind == "over_limit":
            body = json.dumps(dict(valid, zzz_corpus_padding="p" * (route["limit"] + 1024))).encode()
            expect_status = 413
        elif kind == "wrong_type":
            base_body = fill(route.get("valid_for", {}).get(plan["field"], route["valid"]), mapping)
            body = json.dumps(dict(base_body, **{plan["field"]: plan["wrong"]})).encode()
            expect_status, expect_field = 400, plan["field"]
        else:
            raise ValueError(kind)
        answer = self.http("api", outcome.name, method, path, body, headers, chunked=chunked)
        self.api_expect(answer, outcome, expect_status, expect_message, expect_field, shape, stream=route.get("stream", False))

    def api_expect(self, answer: Response, outcome: Outcome, status, message, field_name, shape, stream=False, code=None) -> None:
        if not status_ok(answer.status, status):
            got = answer.status if answer.status else f"no answer ({answer.error})"
            outcome.problems.append(f"answered {got}, expected {status}: {short(answer.body)}")
            return
        if 400 <= answer.status < 600 and shape != "none":
            text = self.api_error_message(answer, outcome, shape, field_name, code)
            missing = has_all(text, message)
            if missing:
                outcome.problems.append(f"error message lacks {missing}: {short(text)}")
        elif answer.status == 200 and stream:
            events = answer.sse_events()
            if not events or events[-1][0] != "done":
                outcome.problems.append(f"the stream did not end with a done event: {short(answer.body)}")

    def api_single(self, case: dict, mapping: dict, outcome: Outcome) -> None:
        shape = case.get("shape") or ("openai" if case.get("path", "").startswith("/v1/") else "api")
        if "raw" in case:
            data = as_bytes(fill(case["raw"], mapping))
            answer = self.raw("api", outcome.name, data)
            return self.api_expect(answer, outcome, case["status"], case.get("message", []), case.get("field"), shape)
        headers = {"Content-Type": "application/json"}
        headers.update(case.get("headers", {}))
        body = as_bytes(fill(case["body"], mapping)) if "body" in case else None
        answer = self.http("api", outcome.name, case["method"], fill(case["path"], mapping), body, headers)
        self.api_expect(answer, outcome, case["status"], case.get("message", []), case.get("field"), shape)

    def after_case(self, category: str, outcome: Outcome) -> None:
        """A case that killed the daemon fails, is named, and the daemon is restarted."""
        if self.daemon.alive() and request(self.daemon.address, "GET", "/api/health", timeout=5).status == 200:
            return
        for _ in range(30):     # a crashing process may take a moment to be gone
            if not self.daemon.alive():
                break
            time.sleep(0.1)
        outcome.problems.append(f"the daemon died: {self.daemon.exit_description()}" if not self.daemon.alive()
                                else "the daemon stopped answering /api/health")
        self.check_daemon(category, outcome.name)
        if self.fixtures:
            self.make_fixtures()

    # ---------------------------------------------------------------- /v1

    def category_openai(self) -> None:
        data = self.load("openai")
        self.log(f"\n== {TITLES['openai']}: {len(data['cases'])} cases")
        for case in data["cases"]:
            outcome = Outcome("openai", case["name"])
            start = time.monotonic()
            try:
                body = as_bytes(fill(case["body"], {"agent": self.fixtures["agent"]}))
                answer = self.http("openai", case["name"], "POST", "/v1/chat/completions", body, {"Content-Type": "application/json"}, timeout=90)
                if not status_ok(answer.status, case["status"]):
                    outcome.problems.append(f"answered {answer.status or answer.error}, expected {case['status']}: {short(answer.body)}")
                elif answer.status >= 400:
                    text = self.api_error_message(answer, outcome, "openai", case.get("param"), case.get("code"))
                    missing = has_all(text, case.get("message", []))
                    if missing:
                        outcome.problems.append(f"error message lacks {missing}: {short(text)}")
                elif answer.status == 200:
                    if case.get("stream"):
                        chunks = [d for _, d in answer.sse_events()]
                        if not chunks or chunks[-1] != "[DONE]" or not any('"chat.completion.chunk"' in c for c in chunks):
                            outcome.problems.append(f"not a chunk stream ending in [DONE]: {short(answer.body)}")
                    else:
                        reply = answer.json() or {}
                        if reply.get("object") != "chat.completion":
                            outcome.problems.append(f"not a chat.completion: {short(answer.body)}")
            except Exception as error:
                outcome.problems.append(f"runner error: {error!r}")
            outcome.seconds = time.monotonic() - start
            self.finish(outcome)
            self.after_case("openai", outcome)
        self.check_daemon("openai", "the last /v1 case")

    # ---------------------------------------------------------------- provider garbage

    def spawn_scripted_agent(self, category: str, case_name: str, script_id: str, script: dict, capabilities: str = "",
                             extra: str = "") -> str:
        name = f"corpus-{script_id}"
        self.provider.script(script_id, script)
        manifest = (f'name = "{name}"\nmodule = "builtin:chat"\n{extra}[model]\nprovider = "corpus_{script_id.replace("-", "_")}"\nmodel = "m"\n'
                    f'base_url = "{self.provider.base_url(script_id)}"\nsystem_prompt = "You are a corpus test agent."\n{capabilities}')
        answer = self.http(category, case_name, "POST", "/api/agents", json.dumps({"manifest_toml": manifest}), {"Content-Type": "application/json"})
        if answer.status != 200:
            raise RuntimeError(f"cannot spawn {name}: {answer.status} {answer.text}")
        return name

    def category_provider(self) -> None:
        data = self.load("provider")
        self.log(f"\n== {TITLES['provider']}: {len(data['cases'])} cases (run in parallel, one agent and provider each)")
        cases = list(enumerate(data["cases"]))
        with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
            futures = [pool.submit(self.provider_case, index, case) for index, case in cases]
            for future in futures:
                self.finish(future.result())
        self.check_daemon("provider", "the provider cases")

    def provider_case(self, index: int, case: dict) -> Outcome:
        outcome = Outcome("provider", case["name"])
        start = time.monotonic()
        try:
            script_id = f"p{index:03d}"
            name = self.spawn_scripted_agent("provider", case["name"], script_id, case["script"])
            route = case["route"]
            timeout = case.get("timeout", 60)
            if route in ("message", "stream"):
                path = f"/api/agents/{name}/message" + ("/stream" if route == "stream" else "")
                answer = self.http("provider", case["name"], "POST", path, json.dumps({"message": "hello"}), {"Content-Type": "application/json"},
                                   timeout=timeout)
            else:
                body = {"model": name, "messages": [{"role": "user", "content": "hello"}], "stream": route == "v1-stream"}
                answer = self.http("provider", case["name"], "POST", "/v1/chat/completions", json.dumps(body), {"Content-Type": "application/json"},
                                   timeout=timeout)
            self.provider_expect(case, answer, outcome)
            if not self.daemon.alive():
                outcome.problems.append(f"the daemon died: {self.daemon.exit_description()}")
        except Exception as error:
            outcome.problems.append(f"runner error: {error!r}")
        outcome.seconds = time.monotonic() - start
        return outcome

    def provider_expect(self, case: dict, answer: Response, outcome: Outcome) -> None:
        expect = case["expect"]
        if answer.status == 0:
            outcome.problems.append(f"no answer within {case.get('timeout', 60)} s ({answer.error})")
            return
        if "sse_error" in expect or expect.get("or_sse_error"):
            events = answer.sse_events() if answer.status == 200 else []
            names = [n for n, _ in events]
            if answer.status == 200 and "error" in names:
                data = dict(events)["error"]
                missing = has_all(data, expect.get("sse_error", []))
                if missing:
                    outcome.problems.append(f"the error event lacks {missing}: {short(data)}")
                if "done" in names:
                    outcome.problems.append("the stream has both error and done events")
                return
            if "sse_error" in expect:
                reply = self.sse_reply(events)
                outcome.problems.append(f"answered {answer.status} with events {names} (reply {short(reply, 80)!r}), expected a final error event "
                                        f"naming {expect['sse_error']}")
                return
        if "v1_stream_error" in expect:
            chunks = [d for _, d in answer.sse_events()] if answer.status == 200 else []
            errors = [c for c in chunks if c.startswith('{"error"')]
            if answer.status != 200 or not errors:
                outcome.problems.append(f"answered {answer.status} without an error chunk: {short(answer.body)}")
            elif any('"finish_reason":"stop"' in c.replace(" ", "") for c in chunks):
                outcome.problems.append("the stream has an error chunk and also finish_reason stop")
            else:
                missing = has_all(errors[0], expect["v1_stream_error"])
                if missing:
                    outcome.problems.append(f"the error chunk lacks {missing}: {short(errors[0])}")
            if answer.status == 200 and not errors:
                return
            return
        status = expect.get("status", 200)
        if not status_ok(answer.status, status):
            outcome.problems.append(f"answered {answer.status}, expected {status}: {short(answer.body)}")
            return
        shape = expect.get("shape", "openai" if case["route"].startswith("v1") else "api")
        if answer.status >= 400:
            text = self.api_error_message(answer, outcome, shape, None, expect.get("code"))
            missing = has_all(text, expect.get("message", []))
            if missing:
                outcome.problems.append(f"error message lacks {missing}: {short(text)}")
            error = (answer.json() or {}).get("error") or {}
            if expect.get("not_code") and error.get("code") == expect["not_code"]:
                outcome.problems.append(f"code is {expect['not_code']!r}")
            return
        if case["route"] == "stream":
            events = answer.sse_events()
            names = [n for n, _ in events]
            if "done" not in names:
                outcome.problems.append(f"no done event: {names} {short(answer.body)}")
                return
            reply = json.loads(dict(events)["done"]).get("response", "")
        elif case["route"] == "message":
            reply = (answer.json() or {}).get("response", "")
        else:
            reply = answer.text
        if expect.get("any_reply"):
            return
        if "reply_exact" in expect and reply != expect["reply_exact"]:
            outcome.problems.append(f"reply is {short(reply, 120)!r}, expected {expect['reply_exact']!r}")
        missing = has_all(reply, expect.get("reply", []))
        if missing:
            outcome.problems.append(f"reply lacks {missing}: {short(reply, 200)!r}")

    @staticmethod
    def sse_reply(events) -> str:
        for name, data in events:
            if name == "done":
                try:
                    return json.loads(data).get("response", "")
                except ValueError:
                    return data
        return ""

    # ---------------------------------------------------------------- tool arguments

    TOOL_CAPABILITIES = (
        '[capabilities]\n'
        'tools = ["file_write", "file_read", "file_list", "create_directory", "apply_patch", "shell_exec", "web_fetch", "memory_store",\n'
        '         "memory_recall", "agent_send", "agent_spawn", "knowledge_query", "system_time"]\n'
        'network = ["*"]\n'
        'shell = ["echo *", "printf *", "cat *", "ls *", "env", "env *", "bash *"]\n'
        'memory_read = ["*"]\n'
        'memory_write = ["self.*"]\n'
        'agent_message = ["*"]\n'
        'agent_spawn = true\n')

    def snapshot(self) -> dict:
        """Hashes of every file under the corpus root outside the agents' workspaces, the database
        and the logs (the files a tool call must never touch)."""
        skip = [os.path.join(self.home, "workspaces"), os.path.join(self.home, "data"), os.path.join(self.home, "logs"),
                os.path.join(self.root, "config-cases"), os.path.join(self.root, "agent-cases"), os.path.join(self.root, "cli-home")]
        state = {}
        for folder, dirs, files in os.walk(self.root):
            if any(folder == s or folder.startswith(s + os.sep) for s in skip):
                dirs[:] = []
                continue
            for name in files:
                path = os.path.join(folder, name)
                if path == os.path.join(self.root, "daemon.log") or name.endswith(("-wal", "-shm", "-journal")):
                    continue
                try:
                    with open(path, "rb") as handle:
                        state[path] = hashlib.sha256(handle.read()).hexdigest()
                except OSError:
                    state[path] = "unreadable"
            for name in dirs:
                state.setdefault(os.path.join(folder, name) + "/", "dir")
        return state

    def category_tools(self) -> None:
        data = self.load("tools")
        self.log(f"\n== {TITLES['tools']}: {len(data['cases'])} cases")
        before = self.snapshot()
        for index, case in enumerate(data["cases"]):
            outcome = Outcome("tools", case["name"])
            start = time.monotonic()
            try:
                self.tool_case(index, case, outcome)
            except Exception as error:
                outcome.problems.append(f"runner error: {error!r}")
            outcome.seconds = time.monotonic() - start
            self.finish(outcome)
            self.after_case("tools", outcome)
        after = self.snapshot()
        outcome = Outcome("tools", "nothing outside the workspaces was written (canary folder, home, corpus root)")
        created = sorted(set(after) - set(before))
        changed = sorted(p for p in before if p in after and before[p] != after[p])
        removed = sorted(set(before) - set(after))
        for label, paths in (("created", created), ("changed", changed), ("removed", removed)):
            if paths:
                outcome.problems.append(f"{label} outside the workspaces: {[os.path.relpath(p, self.root) for p in paths]}")
        self.finish(outcome)
        self.check_daemon("tools", "the last tool case")

    def tool_case(self, index: int, case: dict, outcome: Outcome) -> None:
        script_id = f"t{index:03d}"
        name = f"corpus-{script_id}"
        workspace = os.path.join(self.home, "workspaces", name)
        up = os.path.relpath(self.root, workspace)
        mapping = {"up": up, "canary": self.canary, "canary_secret": os.path.join(self.canary, "secret.txt"), "daemon": self.daemon.address}
        if case["tool"] == "steps":
            child_id = f"c{index:03d}"
            child_name = f"corpus-{child_id}"
            child = fill(case["child"], mapping)
            self.provider.script(child_id, {"mode": "tool_call", "tool": child["tool"], "arguments": child["arguments"]})
            child_manifest = (f'name = "{child_name}"\nmodule = "builtin:chat"\nworkspace = "{child["workspace"]}"\n[model]\n'
                              f'provider = "corpus_{child_id}"\nmodel = "m"\nbase_url = "{self.provider.base_url(child_id)}"\n'
                              f'system_prompt = "child"\n[capabilities]\ntools = ["{child["tool"]}"]\n')
            mapping.update({"child_manifest": child_manifest, "child": child_name})
            script = {"mode": "tool_call", "steps": fill(case["steps"], mapping)}
        else:
            script = {"mode": "tool_call", "tool": case["tool"], "arguments": fill(case["arguments"], mapping), "calls": case.get("calls", 1)}
        self.spawn_scripted_agent("tools", case["name"], script_id, script, self.TOOL_CAPABILITIES)
        answer = self.http("tools", case["name"], "POST", f"/api/agents/{name}/message", json.dumps({"message": "go"}), {"Content-Type": "application/json"},
                           timeout=60)
        if answer.status != 200:
            outcome.problems.append(f"the turn answered {answer.status or answer.error}, expected 200: {short(answer.body)}")
            return
        reply = (answer.json() or {}).get("response", "")
        if reply != TOOL_DONE:
            outcome.problems.append(f"the reply is {short(reply, 120)!r}, expected the model's closing text {TOOL_DONE!r}")
        results = self.tool_results(name)
        if not results:
            outcome.problems.append("no tool result in the session")
            return
        expect = case["expect"]
        if expect.get("tool_error") is not None:
            wrong = [r for r in results if r["is_error"] != expect["tool_error"]]
            if wrong:
                outcome.problems.append(f"is_error is {wrong[0]['is_error']}, expected {expect['tool_error']}: {short(wrong[0]['content'], 200)}")
        missing = has_all(results[0]["content"], fill(expect.get("result", []), mapping))
        if missing:
            outcome.problems.append(f"the tool result lacks {missing}: {short(results[0]['content'], 200)}")
        for result in results:
            present = [a for a in expect.get("absent", []) if a in result["content"]]
            if present:
                outcome.problems.append(f"a tool result contains {present}: {short(result['content'], 200)}")
        leftovers = sorted(set(os.listdir(self.canary)) - {"secret.txt"})
        if leftovers:
            written = []
            for entry in leftovers:
                path = os.path.join(self.canary, entry)
                written += [os.path.relpath(os.path.join(folder, f), self.root) for folder, _, files in os.walk(path) for f in files] \
                    if os.path.isdir(path) else [os.path.relpath(path, self.root)]
                written += [os.path.relpath(path, self.root) + "/"] if os.path.isdir(path) else []
            outcome.problems.append(f"written outside the workspace: {sorted(written)}")
            for entry in leftovers:
                path = os.path.join(self.canary, entry)
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)

    def tool_results(self, agent: str) -> list[dict]:
        detail = request(self.daemon.address, "GET", f"/api/agents/{agent}").json() or {}
        session = request(self.daemon.address, "GET", f"/api/sessions/{detail.get('session_id')}").json() or {}
        results = []
        for message in session.get("messages", []):
            if isinstance(message.get("content"), list):
                for block in message["content"]:
                    if block.get("type") == "tool_result":
                        results.append({"is_error": block.get("is_error"), "content": str(block.get("content", ""))})
        return results

    # ---------------------------------------------------------------- report

    def finish(self, outcome: Outcome) -> None:
        self.book.add(outcome)
        if not outcome.passed:
            self.log(f"  FAIL [{outcome.category}] {outcome.name}")
            for problem in outcome.problems:
                self.log(f"       - {problem}")
        elif self.args.verbose:
            self.log(f"  ok   [{outcome.category}] {outcome.name} ({outcome.seconds:.2f} s)")

    def report(self, seconds: float) -> int:
        book = self.book
        total = len(book.outcomes)
        passed = sum(1 for o in book.outcomes if o.passed)
        self.log("\n== Summary by category")
        for category in CATEGORIES:
            mine = [o for o in book.outcomes if o.category == category]
            if mine:
                ok = sum(1 for o in mine if o.passed)
                self.log(f"  {TITLES[category]:<28} {ok:>4}/{len(mine):<4} passed")
        if book.server_errors:
            self.log(f"\n== HTTP answers with status >= 500 ({len(book.server_errors)})")
            by_status: dict = {}
            for entry in book.server_errors:
                by_status.setdefault(entry["status"], []).append(entry)
            for status, entries in sorted(by_status.items()):
                self.log(f"  {status}: {len(entries)}")
                for entry in entries[:60]:
                    self.log(f"     [{entry['category']}] {entry['case']}: {entry['request']} -> {short(entry['body'], 160)}")
                if len(entries) > 60:
                    self.log(f"     … and {len(entries) - 60} more")
        if book.gateway_answers:
            self.log(f"\n== Gateway answers for the provider's own failures ({len(book.gateway_answers)}; each stated by its case, not server errors)")
            for entry in book.gateway_answers:
                self.log(f"  {entry['status']} [{entry['category']}] {entry['case']}")
        if book.crashes:
            self.log(f"\n== Crashes ({len(book.crashes)})")
            for text in book.crashes:
                self.log(f"  {text}")
        self.log(f"\nwall time {seconds:.0f} s")
        self.log(f"{passed}/{total} cases passed, {len(book.crashes)} crashes, {len(book.server_errors)} 5xx from the daemon"
                 f" ({len(book.gateway_answers)} gateway answers for provider failures, listed above)")
        if self.args.json:
            with open(self.args.json, "w") as handle:
                json.dump({"passed": passed, "total": total, "crashes": book.crashes, "server_errors": book.server_errors,
                           "failures": [{"category": o.category, "name": o.name, "problems": o.problems} for o in book.outcomes if not o.passed],
                           "seconds": seconds}, handle, indent=1)
        ok = passed == total and not book.crashes and not book.server_errors
        if ok and not self.args.keep:
            shutil.rmtree(self.root, ignore_errors=True)
        else:
            self.log(f"work folder kept: {self.root} (daemon.log, homes, case folders)")
        return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated categories: " + ", ".join(CATEGORIES))
    parser.add_argument("--keep", action="store_true", help="keep the work folder even when everything passed")
    parser.add_argument("--verbose", action="store_true", help="print passing cases too")
    parser.add_argument("--json", help="also write the outcome as JSON to this file")
    return Corpus(parser.parse_args()).run()


if __name__ == "__main__":
    sys.exit(main())
