#!/usr/bin/env python3
"""Reproduces the finding of bench/load: an agent turn whose message has only common words costs
time in proportion to every memory fragment stored, by EVERY agent.

A fresh daemon (OPENFANG_BIN) on a temporary home with the instant scripted provider; agent
`filler` is sent chat completions ("Say ok (request N).") by wrk for FILL_SECONDS at a time, each
leaving one memory fragment that contains "ok"; between rounds, agent `quiet` (which never took
part) is timed on "Say ok." (common words only) and on "Say hello." (a word no fragment has), the
median of 9 turns each. Exit status 0; the table is the result.
"""
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import load  # noqa: E402

ROUNDS = int(os.environ.get("ROUNDS", "3"))
FILL_SECONDS = int(os.environ.get("FILL_SECONDS", "40"))


def main():
    run = load.Run()
    try:
        run.start_provider()
        run.start_daemon()
        ids = {}
        for name in ("filler", "quiet"):
            manifest = f'name = "{name}"\n[model]\nprovider = "default"\nmodel = "default"\n'
            status, body = load.http("POST", run.base + "/api/agents", {"manifest_toml": manifest})
            assert status in (200, 201), (status, body)
            ids[name] = json.loads(body)["agent_id"]

        def turn_ms(message):
            times = []
            for _ in range(9):
                started = time.monotonic()
                status, body = load.http("POST", f"{run.base}/api/agents/{ids['quiet']}/message", {"message": message})
                assert status == 200, (status, body)
                times.append((time.monotonic() - started) * 1000)
            return statistics.median(times)

        print("{:>24} {:>22} {:>24}  load avg".format("fragments (all agents)", 'quiet: "Say ok." ms', 'quiet: "Say hello." ms'))
        for round_ in range(ROUNDS + 1):
            if round_:
                env = dict(run.env, AGENTS="1", WRK_JSON=os.path.join(run.root, "fill.json"))
                # Completions to `filler`, each message with its own number (so they stay cheap themselves).
                script = os.path.join(run.root, "fill.lua")
                with open(script, "w") as f:
                    f.write('local n = 0\nfunction request()\n  n = n + 1\n  return wrk.format("POST", "/v1/chat/completions", '
                            '{["Content-Type"] = "application/json"}, \'{"model":"filler","messages":[{"role":"user","content":"Say ok (request \' .. n .. \')."}]}\')\nend\n')
                load.subprocess.run(["wrk", "-t2", "-c20", f"-d{FILL_SECONDS}s", "--timeout=30s", "-s", script, run.base],
                                    env=env, capture_output=True, check=True)
            print(f"{run.fragments():>24} {turn_ms('Say ok.'):>22.1f} {turn_ms('Say hello.'):>24.1f}  {load.loadavg()}", flush=True)
    finally:
        run.stop()


if __name__ == "__main__":
    main()
