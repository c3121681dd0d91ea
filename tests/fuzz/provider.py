#!/usr/bin/env python3
"""A tiny OpenAI-compatible provider on 127.0.0.1 that always answers with text.

POST */chat/completions answers one assistant message (plain JSON, or an SSE stream when the
request says "stream": true, with usage). GET */models lists one model. Anything else is 404.
Prints the port it listens on as its first line of stdout, then serves until killed.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPLY = "Fuzz reply."
USAGE = {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    requests_seen = 0
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def _send(self, status, body, content_type="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.rstrip("/").endswith("/models"):
            self._send(200, json.dumps({"object": "list", "data": [{"id": "llama-3.3-70b-versatile", "object": "model", "owned_by": "fuzz"}]}))
        else:
            self._send(404, json.dumps({"error": {"message": "not found", "type": "invalid_request_error"}}))

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        with Handler.lock:
            Handler.requests_seen += 1
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, json.dumps({"error": {"message": "not found", "type": "invalid_request_error"}}))
            return
        try:
            request = json.loads(raw or b"{}")
        except ValueError:
            request = {}
        model = request.get("model") or "llama-3.3-70b-versatile"
        created = int(time.time())
        if request.get("stream"):
            chunks = [
                {"id": "chatcmpl-fuzz", "object": "chat.completion.chunk", "created": created, "model": model,
                 "choices": [{"index": 0, "delta": {"role": "assistant", "content": REPLY}, "finish_reason": None}]},
                {"id": "chatcmpl-fuzz", "object": "chat.completion.chunk", "created": created, "model": model,
                 "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
                {"id": "chatcmpl-fuzz", "object": "chat.completion.chunk", "created": created, "model": model,
                 "choices": [], "usage": USAGE},
            ]
            body = "".join("data: " + json.dumps(c) + "\n\n" for c in chunks) + "data: [DONE]\n\n"
            self._send(200, body, "text/event-stream")
        else:
            self._send(200, json.dumps({
                "id": "chatcmpl-fuzz", "object": "chat.completion", "created": created, "model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": REPLY}, "finish_reason": "stop"}],
                "usage": USAGE,
            }))


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
