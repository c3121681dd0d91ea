"""A scripted OpenAI-compatible provider for the bad-input corpus (Python stdlib only).

Every address is 127.0.0.1. The daemon POSTs `<base>/chat/completions`; the base URL says which
script answers:

- `/openai/v1` (the `groq` provider of the corpus home): a plain, well-formed reply
  ("corpus reply"), streamed when the request says `stream: true`.
- `/case/<id>/v1` (one custom provider per case, so one case's failures never put another
  case's provider into cooldown): the script registered for `<id>` with `Provider.script`.

A script is a dict (from the case files):

- `{"plain": ANSWER, "stream": ANSWER}`: the answer to a non-streamed and to a streamed request
  (a request of the kind the script leaves out gets a normal reply). An ANSWER is written by
  hand on the socket, so every part of it may be wrong on purpose: `status` (and `reason`),
  `content_type`, `headers`, `body` (text, or a generator of `gen.expand`, which may make
  bytes), `length` ("auto", "none" = no Content-Length, or a number that may lie), `chunks`
  (more body pieces, `pause` seconds apart), `endless` (write `chunks` round-robin for that many
  seconds or until the daemon hangs up), `linger_open` (keep the connection open that long
  after writing), `hang` (wait that long before writing anything), `reset` (answer nothing and
  reset the connection). The connection is closed after every answer.
- `{"mode": "tool_call", "tool": NAME, "arguments": ARGS, "calls": N}`, or `{"mode": "tool_call",
  "steps": [{tool, arguments, calls}, …]}`: the k-th model request of a turn (k = the number of
  assistant tool-call messages it carries) gets step k's N tool calls; once the steps are used
  up, the text `TOOL-ROUND-DONE`. ARGS is sent as given: a string is the usual wire form,
  anything else goes out as that JSON value (itself a malformed answer). The tool results the
  daemon sends back are recorded in the log entry (`tool_results`).

Every request is recorded per script id (`Provider.requests(id)`).
"""

from __future__ import annotations

import json
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from gen import expand

USAGE = {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16}
PLAIN_REPLY = "corpus reply"
TOOL_DONE = "TOOL-ROUND-DONE"


def chunk(delta: dict, finish=None, usage=None) -> str:
    body = {"id": "chatcmpl-corpus", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    if usage:
        body["usage"] = usage
    return "data: " + json.dumps(body) + "\n\n"


def completion(message: dict, finish="stop") -> bytes:
    return json.dumps({"id": "chatcmpl-corpus", "object": "chat.completion", "created": 1, "model": "m",
                       "choices": [{"index": 0, "message": message, "finish_reason": finish}], "usage": USAGE}).encode()


def text_answer(stream: bool, text: str) -> dict:
    if stream:
        events = chunk({"role": "assistant", "content": text}) + chunk({}, "stop") \
            + "data: " + json.dumps({"id": "c", "choices": [], "usage": USAGE}) + "\n\ndata: [DONE]\n\n"
        return {"status": 200, "content_type": "text/event-stream", "body": events.encode()}
    return {"status": 200, "content_type": "application/json", "body": completion({"role": "assistant", "content": text})}


def tool_answer(stream: bool, name: str, arguments, calls: int) -> dict:
    if stream:
        events = ""
        for index in range(calls):
            head = {"index": index, "id": f"call_corpus_{index}", "type": "function", "function": {"name": name, "arguments": ""}}
            events += chunk({"role": "assistant", "tool_calls": [head]})
            events += chunk({"tool_calls": [{"index": index, "function": {"arguments": arguments}}]})
        events += chunk({}, "tool_calls") + "data: " + json.dumps({"id": "c", "choices": [], "usage": USAGE}) + "\n\ndata: [DONE]\n\n"
        return {"status": 200, "content_type": "text/event-stream", "body": events.encode()}
    tool_calls = [{"id": f"call_corpus_{i}", "type": "function", "function": {"name": name, "arguments": arguments}} for i in range(calls)]
    return {"status": 200, "content_type": "application/json",
            "body": completion({"role": "assistant", "content": None, "tool_calls": tool_calls}, "tool_calls")}


def message_text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def tool_results(messages: list) -> list[str]:
    """The tool results sent after the last assistant message (the daemon follows them with a
    user message of its own, so they are not necessarily last)."""
    last_assistant = max((i for i, m in enumerate(messages) if m.get("role") == "assistant"), default=-1)
    return [message_text(m) for m in messages[last_assistant + 1:] if m.get("role") == "tool"]


class Provider:
    def __init__(self):
        self.lock = threading.Lock()
        self.scripts: dict[str, dict] = {}
        self.log: dict[str, list[dict]] = {}
        self.stopping = threading.Event()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                body = json.dumps({"object": "list", "data": [{"id": "m", "object": "model"}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                provider.handle(self)

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True

            def handle_error(self, request, client_address):
                error = sys.exc_info()[1]
                if not isinstance(error, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError, TimeoutError, OSError)):
                    super().handle_error(request, client_address)

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, name="corpus-provider", daemon=True)

    # ------------------------------------------------------------------ control

    def start(self) -> "Provider":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def base_url(self, script_id: str | None = None) -> str:
        if script_id is None:
            return f"http://127.0.0.1:{self.port}/openai/v1"
        return f"http://127.0.0.1:{self.port}/case/{script_id}/v1"

    def script(self, script_id: str, script: dict) -> None:
        with self.lock:
            self.scripts[script_id] = script
            self.log.setdefault(script_id, [])

    def requests(self, script_id: str) -> list[dict]:
        with self.lock:
            return list(self.log.get(script_id, []))

    # ------------------------------------------------------------------ answers

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        path = handler.path
        parts = path.strip("/").split("/")
        script_id = parts[1] if len(parts) > 2 and parts[0] == "case" else None
        stream = bool(body.get("stream"))
        messages = body.get("messages") or []
        last = messages[-1] if messages else {}
        entry = {"time": time.time(), "stream": stream, "last_role": last.get("role"), "body": body}
        with self.lock:
            script = self.scripts.get(script_id) if script_id else None
            if script_id is not None:
                self.log.setdefault(script_id, []).append(entry)
        if script_id is not None and script is None:
            return self.write(handler, {"status": 404, "body": b'{"error":{"message":"no such corpus script"}}'})
        if script is None:
            return self.write(handler, text_answer(stream, PLAIN_REPLY))
        if script.get("mode") == "tool_call":
            steps = script.get("steps") or [script]
            done = sum(1 for m in messages if m.get("role") == "assistant" and m.get("tool_calls"))
            results = tool_results(messages)
            if results:
                entry["tool_results"] = results
            if done >= len(steps):
                return self.write(handler, text_answer(stream, TOOL_DONE))
            step = steps[done]
            return self.write(handler, tool_answer(stream, step["tool"], expand(step["arguments"]), int(step.get("calls", 1))))
        answer = script.get("stream" if stream else "plain")
        if answer is None:
            return self.write(handler, text_answer(stream, PLAIN_REPLY))
        return self.write(handler, answer)

    def write(self, handler: BaseHTTPRequestHandler, answer: dict) -> None:
        sock = handler.connection
        try:
            if answer.get("hang"):
                self.wait(float(answer["hang"]))
            if answer.get("reset"):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                handler.close_connection = True
                sock.close()
                return
            status = int(answer.get("status", 200))
            body = expand(answer.get("body", b""))
            if isinstance(body, str):
                body = body.encode()
            chunks = [expand(c) for c in answer.get("chunks", [])]
            chunks = [c.encode() if isinstance(c, str) else c for c in chunks]
            length = answer.get("length", "auto")
            # Status line and headers written by hand: a reason phrase or header may be odd on purpose.
            head = f"HTTP/1.1 {status} {answer.get('reason', 'Corpus')}\r\n"
            if answer.get("content_type") is not None:
                head += f"Content-Type: {answer.get('content_type', 'application/json')}\r\n"
            for name, value in (answer.get("headers") or {}).items():
                head += f"{name}: {value}\r\n"
            total = len(body) + sum(len(c) for c in chunks)
            if length == "auto" and not answer.get("endless"):
                head += f"Content-Length: {total}\r\n"
            elif isinstance(length, int):
                head += f"Content-Length: {length}\r\n"
            head += "Connection: close\r\n\r\n"
            handler.close_connection = True
            sock.sendall(head.encode("latin-1") + body)
            pause = float(answer.get("pause", 0))
            if answer.get("endless"):
                deadline = time.time() + float(answer["endless"])
                index = 0
                while time.time() < deadline and not self.stopping.is_set():
                    sock.sendall(chunks[index % len(chunks)])
                    index += 1
                    self.wait(pause)
            else:
                for piece in chunks:
                    if pause:
                        self.wait(pause)
                    sock.sendall(piece)
            if answer.get("linger_open"):
                self.wait(float(answer["linger_open"]))
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        except OSError:
            pass

    def wait(self, seconds: float) -> None:
        self.stopping.wait(seconds)


if __name__ == "__main__":
    provider = Provider().start()
    print(provider.port, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        provider.stop()
