"""A scripted OpenAI-compatible provider for the chaos test (Python stdlib only).

The daemon POSTs `/openai/v1/chat/completions`. What comes back depends on the request:

- a compaction request (system prompt "You condense conversations") gets a summary that names
  every chaos token in the transcript (user messages and replies, earlier summary included);
- a request whose last message is a tool result gets the closing text of a tool turn;
- a cron prompt (`[Scheduled job "NAME" (this run was due at T ...)]`) gets
  `CRONACK job=NAME due=T|ontime;` at once, so the run journal records which slot it served;
- a chaos message (`CHAOS-TOKEN=<tok>; MODE=<mode>;`) gets, by mode:
  `plain`  a text reply at once,
  `mem`    a `memory_store` tool call (key `chaos_<tok>`), then text after the result,
  `file`   a `file_write` tool call (`chaos/<tok>.txt`), then text after the result,
  `slow`   a streamed reply in chunks with sleeps (or, unstreamed, a reply after a pause),
  so a kill lands mid-turn.

Every reply to a chaos message contains `tok=<tok>;` so the driver can check that the API
answered the right message. Every request is logged (time, kind, token, whether the reply was
written completely) for the report and for post-mortems.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN_RE = re.compile(r"CHAOS-TOKEN=(\w+); MODE=(\w+);")
REPLY_RE = re.compile(r"(?<![A-Za-z-])tok=(\w+);")
CRON_RE = re.compile(r'\[Scheduled job "([^"]+)"(?: \(this run was due at (\S+) while the daemon was down\))?\]')
USAGE = {"prompt_tokens": 12, "completion_tokens": 6, "total_tokens": 18}


def _text_of(content) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


class ScriptedProvider:
    """The server and its request log."""

    def __init__(self, slow_chunks: int = 8, slow_pause: float = 0.25):
        self.slow_chunks = slow_chunks
        self.slow_pause = slow_pause
        self.lock = threading.Lock()
        self.log: list[dict] = []
        self.counter = 0
        provider = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                provider.handle(self)

            def do_GET(self):
                body = json.dumps({"object": "list", "data": [{"id": "llama-3.3-70b-versatile", "object": "model"}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                # A killed daemon resets its keep-alive connections: expected, not worth a traceback.
                error = sys.exc_info()[1]
                if not isinstance(error, (ConnectionResetError, BrokenPipeError, ConnectionAbortedError, TimeoutError)):
                    super().handle_error(request, client_address)

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, name="provider", daemon=True)

    def start(self) -> "ScriptedProvider":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------------ decisions

    def classify(self, body: dict) -> dict:
        messages = body.get("messages") or []
        system = " ".join(_text_of(m.get("content")) for m in messages if m.get("role") == "system")
        if "You condense conversations" in system:
            # A faithful summariser: it keeps every message's token (and the earlier summary's),
            # so the test can tell a message that was summarised from one that was lost.
            transcript = " ".join(_text_of(m.get("content")) for m in messages if m.get("role") == "user")
            asked = list(dict.fromkeys(re.findall(r"CHAOS-TOKEN=(\w+);", transcript)))
            answered = list(dict.fromkeys(REPLY_RE.findall(transcript)))
            summary = ("Summary of the conversation. User messages: " + " ".join(f"CHAOS-TOKEN={t};" for t in asked)
                       + " Replies: " + " ".join(f"tok={t};" for t in answered))
            return {"kind": "summary", "summary": summary, "tokens": len(asked)}
        last = messages[-1] if messages else {}
        last_user = ""
        for message in reversed(messages):
            if message.get("role") == "user":
                last_user = _text_of(message.get("content"))
                break
        # A turn cut off by a kill leaves its user message unanswered; the session repair merges
        # it with the next one, so the message this request is about is the last one in the text.
        crons = list(CRON_RE.finditer(last_user))
        tokens = list(TOKEN_RE.finditer(last_user))
        cron = crons[-1] if crons else None
        token = tokens[-1] if tokens else None
        if last.get("role") == "tool":
            return {"kind": "tool_followup", "token": token.group(1) if token else None}
        if cron and (not token or cron.start() > token.start()):
            return {"kind": "cron", "job": cron.group(1), "due": cron.group(2) or "ontime"}
        if token:
            return {"kind": token.group(2), "token": token.group(1)}
        return {"kind": "other"}

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        started = time.time()
        try:
            length = int(handler.headers.get("Content-Length") or 0)
            body = json.loads(handler.rfile.read(length) or b"{}")
        except Exception as error:  # garbage from the daemon would be a finding
            self._send_json(handler, 400, {"error": {"message": f"bad request body: {error}", "type": "invalid_request_error"}})
            return
        decision = self.classify(body)
        stream = bool(body.get("stream"))
        with self.lock:
            self.counter += 1
            entry = {"n": self.counter, "at": started, "stream": stream, **decision, "complete": False}
            self.log.append(entry)
        kind = decision["kind"]
        token = decision.get("token")
        try:
            if kind == "summary":
                self._reply_text(handler, stream, [decision["summary"]])
            elif kind == "cron":
                self._reply_text(handler, stream, [f"CRONACK job={decision['job']} due={decision['due']};"])
            elif kind == "tool_followup":
                self._reply_text(handler, stream, [f"Tool finished. tok={token};"])
            elif kind == "plain":
                self._reply_text(handler, stream, [f"Plain reply tok={token};"])
            elif kind == "slow":
                pieces = [f"Slow reply tok={token}; "] + [f"part {i} " for i in range(1, self.slow_chunks)]
                if stream:
                    self._reply_text(handler, True, pieces, pause=self.slow_pause)
                else:
                    time.sleep(self.slow_pause * self.slow_chunks)
                    self._reply_text(handler, False, pieces)
            elif kind == "mem":
                self._reply_tool(handler, stream, "memory_store", {"key": f"chaos_{token}", "value": token}, token)
            elif kind == "file":
                self._reply_tool(handler, stream, "file_write", {"path": f"chaos/{token}.txt", "content": f"chaos {token}\n"}, token)
            else:
                self._reply_text(handler, stream, ["ok"])
            entry["complete"] = True
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError):
            entry["error"] = "client went away"  # the daemon was killed mid-reply
        entry["took"] = round(time.time() - started, 3)

    # ------------------------------------------------------------------ wire shapes

    def _send_json(self, handler, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
        handler.wfile.flush()

    def _start_stream(self, handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True

    @staticmethod
    def _event(handler, payload) -> None:
        data = payload if isinstance(payload, str) else json.dumps(payload)
        handler.wfile.write(f"data: {data}\n\n".encode())
        handler.wfile.flush()

    def _reply_text(self, handler, stream: bool, pieces: list[str], pause: float = 0.0) -> None:
        with self.lock:
            rid = f"chatcmpl-{self.counter}"
        if not stream:
            self._send_json(handler, 200, {
                "id": rid, "object": "chat.completion", "created": int(time.time()), "model": "llama-3.3-70b-versatile",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "".join(pieces)}, "finish_reason": "stop"}],
                "usage": USAGE,
            })
            return
        self._start_stream(handler)
        for piece in pieces:
            self._event(handler, {"id": rid, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": piece}}]})
            if pause:
                time.sleep(pause)
        self._event(handler, {"id": rid, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        self._event(handler, {"id": rid, "object": "chat.completion.chunk", "choices": [], "usage": USAGE})
        self._event(handler, "[DONE]")

    def _reply_tool(self, handler, stream: bool, name: str, arguments: dict, token: str) -> None:
        call_id = f"call_{token}"
        args = json.dumps(arguments)
        if not stream:
            self._send_json(handler, 200, {
                "id": f"chatcmpl-tool-{token}", "object": "chat.completion", "created": int(time.time()), "model": "llama-3.3-70b-versatile",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call_id, "type": "function", "function": {"name": name, "arguments": args}}]}, "finish_reason": "tool_calls"}],
                "usage": USAGE,
            })
            return
        self._start_stream(handler)
        head = {"index": 0, "id": call_id, "type": "function", "function": {"name": name, "arguments": ""}}
        self._event(handler, {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"role": "assistant", "tool_calls": [head]}}]})
        middle = len(args) // 2
        for part in (args[:middle], args[middle:]):
            time.sleep(0.05)
            self._event(handler, {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": part}}]}}]})
        self._event(handler, {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
        self._event(handler, {"object": "chat.completion.chunk", "choices": None, "usage": USAGE})
        self._event(handler, "[DONE]")
