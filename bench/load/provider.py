#!/usr/bin/env python3
"""An instant, scripted OpenAI-compatible provider for the load benchmark.

Listens on 127.0.0.1 (port 0 unless --port), HTTP/1.1 keep-alive, one thread per connection.
POST .../chat/completions answers at once with a short text reply (whole JSON, or SSE chunks
then [DONE] when the request asks for `stream: true`), with `usage`.
GET /stats answers {"requests": N, "stream": N, "bad": N} (counters since start).
Prints "PORT <n>" on stdout once listening.
"""
import argparse
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
STATS = {"requests": 0, "stream": 0, "bad": 0}
LOG = None  # --log FILE: one line per model call (message count, first and last message)

USAGE = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
WHOLE = json.dumps({
    "id": "chatcmpl-load", "object": "chat.completion", "created": 0, "model": "scripted",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok, done."}, "finish_reason": "stop"}],
    "usage": USAGE,
}).encode()
STREAM = b"".join(b"data: " + json.dumps(event).encode() + b"\n\n" for event in [
    {"id": "c", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"role": "assistant", "content": "ok, "}}]},
    {"id": "c", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {"content": "done."}}]},
    {"id": "c", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    {"id": "c", "object": "chat.completion.chunk", "choices": [], "usage": USAGE},
]) + b"data: [DONE]\n\n"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in one write with Nagle off: two small writes with Nagle on cost
    # a 40 ms delayed-ACK stall per reply on a keep-alive connection.
    disable_nagle_algorithm = True

    def log_message(self, *args):  # quiet
        pass

    def reply(self, status, body, content_type="application/json"):
        reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}[status]
        head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
        self.wfile.write(head.encode() + body)

    def do_GET(self):
        if self.path == "/stats":
            with LOCK:
                body = json.dumps(STATS).encode()
            self.reply(200, body)
        else:
            self.reply(404, b'{"error":{"message":"not found"}}')

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not self.path.endswith("/chat/completions"):
            with LOCK:
                STATS["bad"] += 1
            self.reply(404, b'{"error":{"message":"not found","type":"invalid_request_error"}}')
            return
        try:
            stream = bool(json.loads(raw).get("stream")) if raw else False
        except ValueError:
            with LOCK:
                STATS["bad"] += 1
            self.reply(400, b'{"error":{"message":"bad json","type":"invalid_request_error"}}')
            return
        with LOCK:
            STATS["requests"] += 1
            if stream:
                STATS["stream"] += 1
            if LOG:
                request = json.loads(raw)
                messages = request.get("messages") or []
                first = str(messages[0].get("content"))[:60] if messages else ""
                last = str(messages[-1].get("content"))[:60] if messages else ""
                LOG.write(json.dumps({"n": len(messages), "tools": len(request.get("tools") or []), "first": first, "last": last}) + "\n")
                LOG.flush()
        if stream:
            self.reply(200, STREAM, "text/event-stream")
        else:
            self.reply(200, WHOLE)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--log", help="append one JSON line per model call to this file (diagnosis)")
    args = parser.parse_args()
    global LOG
    if args.log:
        LOG = open(args.log, "a")
    server = Server(("127.0.0.1", args.port), Handler)
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.5)
    except KeyboardInterrupt:
        pass
    sys.exit(0)


if __name__ == "__main__":
    main()
