#!/usr/bin/env python3
"""Reproduces, without any kill, the compaction bug the chaos test finds: when the split point
(session length - 10) lands on an assistant message, SessionCompactor neither summarises nor
keeps it, and a user message merged with a tool result right after it is lost too.

    OPENFANG_BIN=.build/debug/openfang python3 tests/chaos/repro_compaction_split.py

Scenario `reply`: 15 turns, 1 turn the provider rejects (its user message stays, unanswered),
1 more turn: the session has 31 messages, the split is at index 21 = reply11. The summariser
gets messages 0-20, the session keeps 22-30: reply11 is gone.

Scenario `tool`: 10 turns, 1 tool turn whose follow-up the provider rejects (user, tool call,
tool result stay), 5 more turns: at the 5th the session has 31 messages, the split is at index
21 = the tool call. The kept part is repaired: the tool result merges with msg12 (the next user
message), and `ensureStartsWithUser` skips everything up to the first user message without tool
results, so msg12 and reply12 (an acknowledged turn) are neither summarised nor kept.

Exit status 1 while the bug is there, 0 once both messages survive (summarised or kept).
"""

import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRANSCRIPTS: list[str] = []


def completion(message: dict) -> dict:
    finish = "tool_calls" if message.get("tool_calls") else "stop"
    return {"choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish}], "usage": {"prompt_tokens": 1, "completion_tokens": 1}}


class Provider(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        messages = body["messages"]
        users = [m["content"] for m in messages if m["role"] == "user"]
        last = users[-1] if isinstance(users[-1], str) else " ".join(p.get("text", "") for p in users[-1])
        status = 200
        if "condense" in json.dumps(messages[0]):
            TRANSCRIPTS.append(last)
            out = completion({"content": "SUMMARY"})
        elif messages[-1]["role"] == "tool":
            status, out = 400, {"error": {"message": "scripted failure after the tool ran", "type": "invalid_request_error"}}
        elif last.rstrip().endswith("TOOLFAIL"):
            out = completion({"content": None, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "memory_store", "arguments": json.dumps({"key": "k", "value": "v"})}}]})
        elif last.rstrip().endswith("FAIL"):
            status, out = 400, {"error": {"message": "scripted failure", "type": "invalid_request_error"}}
        else:
            out = completion({"content": "reply" + re.findall(r"msg(\d+)", last)[-1]})
        data = json.dumps(out).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def scenario(binary: str, name: str) -> bool:
    TRANSCRIPTS.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Provider)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    tmp = tempfile.mkdtemp(prefix="openfang-repro-")
    home = os.path.join(tmp, "home")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": tmp, "OPENFANG_HOME": home, "OPENFANG_LISTEN": "127.0.0.1:0",
           "GROQ_API_KEY": "gsk-repro", "NO_COLOR": "1"}
    for args in (["init", "--quick"], ["config", "set", "provider_urls.groq", f"http://127.0.0.1:{server.server_address[1]}/openai/v1"],
                 ["config", "set", "api_rate_limit_per_minute", "0"]):
        subprocess.run([binary, *args], env=env, check=True, capture_output=True)
    daemon = subprocess.Popen([binary, "start"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                host, port = json.load(open(os.path.join(home, "daemon.json")))["listen"].rsplit(":", 1)
                break
            except (OSError, ValueError, KeyError):
                time.sleep(0.05)
        time.sleep(0.3)

        def call(method, path, body=None):
            conn = http.client.HTTPConnection(host, int(port), timeout=30)
            conn.request(method, path, json.dumps(body) if body else None, {"Content-Type": "application/json"})
            response = conn.getresponse()
            return response.status, json.loads(response.read())

        def send(text):
            status, reply = call("POST", "/api/agents/assistant/message", {"message": text})
            print(f"  POST /api/agents/assistant/message {text!r} -> {status} {reply.get('response') or reply.get('error', {}).get('message')}")

        call("POST", "/api/agents", {"template": "assistant"})
        if name == "reply":
            for i in range(1, 16):
                send(f"msg{i}")
            send("msg16 FAIL")
            send("msg17")
            watch = ["msg11", "reply11"]
        else:
            for i in range(1, 11):
                send(f"msg{i}")
            send("msg11 TOOLFAIL")
            for i in range(12, 17):
                send(f"msg{i}")
            watch = ["msg12", "reply12"]
        session_id = call("GET", "/api/agents/assistant")[1]["session_id"]
        session = call("GET", f"/api/sessions/{session_id}")[1]
        texts = [m["content"] if isinstance(m["content"], str) else " ".join(b.get("text", "") for b in m["content"]) for m in session["messages"]]
        print(f"  session after compaction: {[t[:12] for t in texts]}")
        ok = True
        for word in watch:
            summarised = any(re.search(rf"\b{word}\b", t) for t in TRANSCRIPTS)
            kept = any(re.search(rf"\b{word}\b", t) for t in texts)
            print(f"  {word}: given to the summariser: {summarised}; kept in the session: {kept}")
            ok = ok and (summarised or kept)
        return ok
    finally:
        daemon.terminate()
        daemon.wait()
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    binary = os.environ.get("OPENFANG_BIN") or os.path.join(os.path.dirname(__file__), "..", "..", ".build", "debug", "openfang")
    failed = False
    for name in ("reply", "tool"):
        print(f"scenario {name}:")
        ok = scenario(binary, name)
        print(f"  -> {'ok' if ok else 'LOST: neither summarised nor kept'}")
        failed = failed or not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
