"""Schemathesis hooks for fuzzing the OpenFang daemon (loaded through SCHEMATHESIS_HOOKS).

What they do, and why:

* Real identifiers. The document types every `{id}` as a bare string, so random strings only ever
  reach the "unknown X" branches. `fuzz.py` creates agents, sessions, runs, a cron job, a trigger
  and memory keys first and writes them to the JSON file named by FUZZ_FIXTURES. Here they are
  (1) added to the loaded document as `examples` of the path parameters and of a few request
  bodies (test data only: no type, schema or response is changed, so nothing checked gets weaker),
  which the examples and coverage phases use and the fuzzing phase mixes in; and (2) mixed into
  generated path parameters (`flatmap_path_parameters`): about half of the fuzzing cases of a route
  with an `{id}` target a real one.
* DELETE /api/agents/{id} gets only the "victim" agents (created for it), so the agents every other
  route uses stay alive. (A terminated agent keeps its name: it cannot be spawned again.)
* State restored after a successful call (`after_call`): a stopped agent is started again and a
  switched model is set back to `default`, so later messages still reach the scripted provider.
* A guard (`before_call`) refuses to send POST /api/shutdown, whatever path generation produced;
  the runner tests shutdown itself, last.
"""

import json
import os
import re
import threading
import urllib.request
from urllib.parse import unquote

import schemathesis
from hypothesis import strategies as st

_FIXTURES = json.load(open(os.environ["FUZZ_FIXTURES"])) if os.environ.get("FUZZ_FIXTURES") else {}
_BASE = _FIXTURES.get("base_url", "")
_KEY = _FIXTURES.get("api_key", "")
_LOCK = threading.Lock()
# What the hooks restored, for the runner's report.
_RESTORED = {"started": 0, "model_reset": 0, "failed": []}


def _agents(kind="main"):
    return [a for a in _FIXTURES.get("agents", []) if a["kind"] == kind]


def _agent_refs(kind="main"):
    refs = []
    for agent in _agents(kind):
        refs += [agent["name"], agent["id"]]
    return refs


def _cron_refs():
    refs = []
    for job in _FIXTURES.get("cron_jobs", []):
        # id, an id prefix, and agent/name (the route takes all three)
        refs += [job["id"], job["id"][:8], job["agent_name"] + "/" + job["name"]]
    return refs


def _values_for(path, name):
    """Real values for the path parameter `name` of `path` (empty: none known)."""
    if path == "/api/agents/{id}" and name == "id":
        # Only GET and DELETE live here; DELETE gets victims (see module doc), GET may have both.
        return _agent_refs("main") + _agent_refs("victim")
    if path.startswith("/api/agents/{id}") or path.startswith("/api/memory/agents/{id}"):
        if name == "id":
            return _agent_refs("main")
        if name == "key":
            return list(_FIXTURES.get("kv_keys", []))
    if path.startswith("/api/sessions/{id}"):
        return list(_FIXTURES.get("sessions", []))
    if path.startswith("/api/runs/{id}"):
        return list(_FIXTURES.get("runs", []))
    if path.startswith("/api/cron/jobs/{id}"):
        return _cron_refs()
    if path.startswith("/api/triggers/{id}"):
        return list(_FIXTURES.get("triggers", []))
    return []


def _values_for_operation(method, path, name):
    if method.upper() == "DELETE" and path == "/api/agents/{id}":
        return _agent_refs("victim")
    if method.upper() == "GET" and path == "/api/agents/{id}":
        return _agent_refs("main")
    return _values_for(path, name)


# Request bodies that reach real work (a turn, a job, a trigger) when the ids are real.
def _body_examples(method, path):
    main = _agents("main")
    if not main:
        return []
    first, second = main[0], main[-1]
    key = method.upper() + " " + path
    return {
        "POST /api/agents/{id}/message": [{"message": "Hello from the fuzzer"}, {"message": "hi", "sender_id": "u-1", "sender_name": "Fuzz"}],
        "POST /api/agents/{id}/message/stream": [{"message": "Hello, streamed"}],
        "POST /v1/chat/completions": [
            {"model": first["name"], "messages": [{"role": "user", "content": "hi"}]},
            {"model": second["id"], "messages": [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}], "stream": True,
             "stream_options": {"include_usage": True}},
        ],
        "POST /api/cron/jobs": [{"agent": first["name"], "name": "fuzz-example", "schedule": "every 1d", "prompt": "ping", "missed": "skip"}],
        "POST /api/triggers": [{"agent": second["name"], "pattern": {"custom": {"event_type": "fuzz*"}}, "prompt": "Event: {{event}}", "max_fires": 1, "cooldown_secs": 60}],
        "PUT /api/triggers/{id}": [{"enabled": False}, {"enabled": True}],
        "PUT /api/memory/agents/{id}/kv/{key}": [{"value": {"nested": [1, 2, {"x": None}]}}, {"value": "text"}],
        "PUT /api/sessions/{id}/label": [{"label": "fuzz label"}, {"label": None}],
        "PUT /api/agents/{id}/model": [{"model": "default"}, {"model": "groq/llama-3.3-70b-versatile"}],
        "PATCH /api/agents/{id}": [{"description": "patched by the fuzzer"}],
        "POST /api/agents": [{"template": "hello-world"}],
    }.get(key, [])


@schemathesis.hook
def before_load_schema(context, raw_schema):
    """Adds real values as `examples` (test data only; schemas and responses are left alone)."""
    for path, operations in raw_schema.get("paths", {}).items():
        for method, operation in operations.items():
            if not isinstance(operation, dict):
                continue
            for parameter in operation.get("parameters", []):
                if parameter.get("in") != "path":
                    continue
                values = _values_for_operation(method, path, parameter["name"])
                if values:
                    parameter.setdefault("examples", {})
                    for index, value in enumerate(values[:4]):
                        parameter["examples"][f"fuzz-real-{index}"] = {"value": value}
            bodies = _body_examples(method, path)
            content = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
            if bodies and content is not None:
                content.setdefault("examples", {})
                for index, body in enumerate(bodies):
                    content["examples"][f"fuzz-real-{index}"] = {"value": body}


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    """Half of the generated cases of a route with `{id}` target real ids (all of its parameters)."""
    operation = context.operation
    if operation is None or not isinstance(path_parameters, dict):
        return st.just(path_parameters)
    choices = {}
    for name in path_parameters:
        values = _values_for_operation(operation.method, operation.path, name)
        if values:
            choices[name] = st.sampled_from(values)
    if not choices:
        return st.just(path_parameters)
    real = st.fixed_dictionaries({name: choices.get(name, st.just(value)) for name, value in path_parameters.items()})
    return st.one_of(st.just(path_parameters), real)


def _call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(_BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + _KEY)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


_SHUTDOWN = re.compile(r"^/+api/+shutdown/*$", re.IGNORECASE)


_VICTIM_TURN = [0]


@schemathesis.hook
def before_call(context, case, kwargs):
    """Never send POST /api/shutdown from the fuzzer (it stops the daemon under test); and let
    DELETE /api/agents/{id} terminate only victims, also when schemathesis picked a main agent's
    id or name out of an earlier response."""
    path = case.formatted_path if hasattr(case, "formatted_path") else case.path
    if case.method.upper() == "POST" and (_SHUTDOWN.match(unquote(path)) or case.path == "/api/shutdown"):
        raise RuntimeError("the fuzzer must not call POST /api/shutdown (the runner tests it last)")
    if case.method.upper() == "DELETE" and case.path == "/api/agents/{id}" and isinstance(case.path_parameters, dict):
        agent = _agent_by_ref(case.path_parameters.get("id"))
        victims = _agent_refs("victim")
        if agent is not None and agent["kind"] == "main" and victims:
            _VICTIM_TURN[0] += 1
            case.path_parameters["id"] = victims[_VICTIM_TURN[0] % len(victims)]


def _agent_by_ref(ref):
    if not isinstance(ref, str):
        return None
    for agent in _FIXTURES.get("agents", []):
        if ref == agent["name"] or ref.lower() == agent["id"].lower():
            return agent
    return None


@schemathesis.hook
def after_call(context, case, response):
    """Puts back what a successful call changed that later cases depend on."""
    if response.status_code >= 300 or not _BASE:
        return
    method = case.method.upper()
    target = case.path_parameters.get("id") if isinstance(case.path_parameters, dict) else None
    agent = _agent_by_ref(target) if isinstance(target, str) else None
    if agent is None or agent["kind"] != "main":
        return
    agent_path = "/api/agents/" + agent["id"]
    try:
        with _LOCK:
            if method == "POST" and case.path == "/api/agents/{id}/stop":
                _call("POST", agent_path + "/start")
                _RESTORED["started"] += 1
            elif method == "PUT" and case.path == "/api/agents/{id}/model":
                _call("PUT", agent_path + "/model", {"model": "default"})
                _RESTORED["model_reset"] += 1
            elif method == "PATCH" and case.path == "/api/agents/{id}":
                # A rename would take the name every other case uses; a model switch its provider.
                _call("PATCH", agent_path, {"name": agent["name"]}) if _current_name(agent) != agent["name"] else None
                _call("PUT", agent_path + "/model", {"model": "default"})
                _RESTORED["model_reset"] += 1
    except Exception as error:  # reported by the runner, never hidden
        line = f"{method} {case.path} ({target}): restoring failed: {error}"
        _RESTORED["failed"].append(line)
        log_path = os.environ.get("FUZZ_RESTORE_LOG")
        if log_path:
            with open(log_path, "a") as log:
                log.write(line + "\n")


def _current_name(agent):
    request = urllib.request.Request(_BASE + "/api/agents/" + agent["id"])
    request.add_header("Authorization", "Bearer " + _KEY)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response).get("name")
