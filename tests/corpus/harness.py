"""The real daemon on a throwaway home, an HTTP client that sends exact bytes, and the CLI.

Everything listens on 127.0.0.1. The environment of every `openfang` process is built from
scratch (PATH, HOME, OPENFANG_HOME, NO_COLOR, OPENFANG_LISTEN and a fake GROQ_API_KEY), so no
key or setting of the machine running the corpus leaks in.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field


@dataclass
class Response:
    status: int                 # 0: no HTTP answer (connection refused, reset, timed out)
    headers: dict
    body: bytes
    error: str = ""             # why there was no answer
    seconds: float = 0.0

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def sse_events(self) -> list[tuple[str, str]]:
        """(event, data) pairs of a text/event-stream body."""
        events, name, data = [], "message", []
        for line in self.text.splitlines():
            if not line:
                if data:
                    events.append((name, "\n".join(data)))
                name, data = "message", []
            elif line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip(" "))
        if data:
            events.append((name, "\n".join(data)))
        return events


def clean_env(home: str, extra: dict | None = None) -> dict:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.path.dirname(home),
        "OPENFANG_HOME": home,
        "OPENFANG_LISTEN": "127.0.0.1:0",
        "GROQ_API_KEY": "gsk-corpus-fake-key",
        "NO_COLOR": "1",
        "LANG": "C.UTF-8",
    }
    if extra:
        env.update(extra)
    return env


@dataclass
class CLIResult:
    argv: list
    code: int                   # negative: killed by that signal
    out: str
    err: str
    seconds: float
    timed_out: bool = False

    @property
    def output(self) -> str:
        return self.out + self.err


def run_cli(binary: str, args: list, env: dict, cwd: str, timeout: float = 30, stdin: bytes | None = None) -> CLIResult:
    start = time.monotonic()
    process = subprocess.Popen([binary, *args], env=env, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        out, err = process.communicate(stdin, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        timed_out = True
    return CLIResult([binary, *args], process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                     time.monotonic() - start, timed_out)


def crashed(result: CLIResult) -> str:
    """Why a CLI run counts as a crash ('' if it does not)."""
    if result.timed_out:
        return ""
    if result.code < 0:
        return f"killed by signal {-result.code} ({signal.Signals(-result.code).name})"
    if result.code >= 128:
        return f"exit status {result.code} (a signal)"
    text = result.output
    for marker in ("Fatal error", "Stack dump", "Current stack trace", "SIGSEGV", "Segmentation fault", "Illegal instruction",
                   "Thread 0 crashed", "Unexpectedly found nil", "Fatal error:", "💣"):
        if marker in text:
            return f"crash text in output: {marker!r}"
    return ""


class Daemon:
    """`openfang start` in the foreground on a home, with its address from daemon.json."""

    def __init__(self, binary: str, home: str, env: dict, log_path: str):
        self.binary, self.home, self.env, self.log_path = binary, home, env, log_path
        self.process: subprocess.Popen | None = None
        self.address = ""
        self.starts = 0

    def start(self, timeout: float = 60) -> None:
        daemon_json = os.path.join(self.home, "daemon.json")
        log = open(self.log_path, "ab")
        log.write(f"\n===== start {time.strftime('%H:%M:%S')} =====\n".encode())
        log.flush()
        self.process = subprocess.Popen([self.binary, "start"], env=self.env, cwd=self.home, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        self.starts += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the daemon exited with status {self.process.returncode} while starting; see {self.log_path}")
            try:
                with open(daemon_json) as handle:
                    info = json.load(handle)
                if info.get("pid") == self.process.pid:
                    self.address = info["listen"]
                    if request(self.address, "GET", "/api/health", timeout=2).status == 200:
                        return
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the daemon did not answer /api/health within {timeout} s; see {self.log_path}")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def exit_description(self) -> str:
        if self.process is None or self.process.returncode is None:
            return "running"
        code = self.process.returncode
        return f"killed by signal {-code} ({signal.Signals(-code).name})" if code < 0 else f"exited with status {code}"

    def stop(self, timeout: float = 30) -> int | None:
        if not self.alive():
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            return self.process.wait()


def request(address: str, method: str, path: str, body: bytes | str | None = None, headers: dict | None = None,
            timeout: float = 60, chunked: bool = False) -> Response:
    """One request with exactly these bytes and headers (no Content-Type unless given)."""
    host, port = address.rsplit(":", 1)
    if isinstance(body, str):
        body = body.encode()
    start = time.monotonic()
    connection = http.client.HTTPConnection(host, int(port), timeout=timeout)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        sent = {k.lower() for k in (headers or {})}
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        if body is not None and not chunked and "content-length" not in sent:
            connection.putheader("Content-Length", str(len(body)))
        if chunked:
            connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        if body is not None:
            if chunked:
                step = 64 * 1024
                for offset in range(0, len(body), step):
                    piece = body[offset:offset + step]
                    try:
                        connection.send(b"%x\r\n" % len(piece) + piece + b"\r\n")
                    except OSError:
                        break   # the server may answer (413) and close before the whole body is sent
                else:
                    connection.send(b"0\r\n\r\n")
            else:
                try:
                    connection.send(body)
                except OSError:
                    pass
        answer = connection.getresponse()
        data = answer.read()
        return Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, data, seconds=time.monotonic() - start)
    except (OSError, http.client.HTTPException) as error:
        return Response(0, {}, b"", error=f"{type(error).__name__}: {error}", seconds=time.monotonic() - start)
    finally:
        connection.close()


def port_open(address: str) -> bool:
    host, port = address.rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False
