#!/usr/bin/env python3
"""What the OpenAPI document should say, as code: `propose(doc)` takes the document the daemon
serves and returns it with every response, status, parameter and body field described the way
the daemon really answers (read from Sources/OpenFangAPI and checked against real answers by
fuzzing: `tests/fuzz/run --proposed`). SPEC.md says the same in words, route by route.

It is a reference for whoever writes Sources/OpenFangAPI/OpenAPI/*.swift, never what CI checks:
CI fuzzes the document the daemon serves. `python3 proposed.py SERVED.json > PROPOSED.json`
writes it out.

Where the daemon is wrong rather than the document (SPEC.md, "Daemon bugs"), this describes the
correct behaviour, so `--proposed` keeps failing until the daemon is fixed.
"""

import copy
import json
import sys

UUID = {"type": "string", "format": "uuid"}
TIME = {"type": "string", "format": "date-time"}
NAT = {"type": "integer", "minimum": 0}
STR = {"type": "string"}
STATES = ["created", "running", "suspended", "terminated", "crashed", "quota_exceeded"]


def obj(required, optional=None, open_=False):
    """A JSON object: `required` and `optional` map names to schemas."""
    properties = dict(required)
    properties.update(optional or {})
    schema = {"type": "object", "properties": properties, "required": sorted(required)}
    if not open_:
        schema["additionalProperties"] = False
    return schema


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def array(items):
    return {"type": "array", "items": items}


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


USAGE_TOTALS = obj({"turns": NAT, "inputTokens": NAT, "outputTokens": NAT, "costUSD": {"type": "number", "minimum": 0}, "toolCalls": NAT})

SCHEMAS = {
    "Error": obj({"error": obj({"code": STR, "message": STR}, {"field": STR})}),
    "OpenAIError": obj({"error": obj({"message": STR, "type": STR, "param": nullable(STR), "code": nullable(STR)})}),
    "Health": obj({"status": {"const": "ok"}, "version": STR, "agents": NAT}),
    "Status": obj({"version": STR, "uptime_seconds": NAT, "api_listen": STR, "agents": NAT,
                   "agents_by_state": {"type": "object", "propertyNames": {"enum": STATES}, "additionalProperties": NAT}}),
    "HealthDetail": obj({"status": {"enum": ["ok", "degraded"]}, "version": STR, "uptime_seconds": NAT, "api_listen": STR, "agents": NAT,
                         "agents_by_state": {"type": "object", "propertyNames": {"enum": STATES}, "additionalProperties": NAT},
                         "default_model_problem": nullable(STR), "pending_approvals": NAT, "database": STR}),
    "Version": obj({"version": STR}),
    "ShutdownStarted": obj({"status": {"const": "shutting down"}}),
    "AgentSummary": obj({"id": UUID, "name": STR, "state": {"enum": STATES}, "model": STR, "description": STR, "tags": array(STR), "tools": array(STR)}),
    "AgentDetail": obj({"id": UUID, "name": STR, "state": {"enum": STATES}, "model": STR, "description": STR, "tags": array(STR), "tools": array(STR),
                        "manifest_toml": STR, "session_id": UUID}, {"budget_status": STR}),
    "Spawned": obj({"agent_id": UUID, "name": STR}),
    "AgentChanged": obj({"agent_id": UUID, "name": STR, "state": {"enum": STATES}, "model": STR}),
    "AgentUpdated": obj({"status": {"const": "ok"}, "agent_id": UUID, "name": STR, "description": STR, "model": STR}),
    "NewSession": obj({"agent_id": UUID, "session_id": UUID}),
    "Compacted": obj({"agent_id": UUID, "session_id": UUID, "messages_before": NAT, "messages_after": NAT}, {"summary": STR}),
    "MessageReply": obj({"response": STR, "silent": {"type": "boolean"}, "agent_id": UUID, "run_id": UUID, "input_tokens": NAT, "output_tokens": NAT,
                         "iterations": NAT}),
    "ContentBlock": {"type": "object", "required": ["type"], "properties": {"type": STR}},
    "Message": obj({"msg_id": UUID, "role": {"enum": ["system", "user", "assistant"]}, "content": {"anyOf": [STR, array(ref("ContentBlock"))]}},
                   {"provider_msg_id": STR}),
    "SessionInfo": obj({"session_id": UUID, "agent_id": UUID, "canonical": {"type": "boolean"}, "message_count": NAT, "created_at": TIME, "updated_at": TIME},
                       {"agent_name": STR, "label": STR, "compacted_summary": STR}),
    "Session": obj({"session_id": UUID, "agent_id": UUID, "canonical": {"type": "boolean"}, "message_count": NAT, "created_at": TIME, "updated_at": TIME,
                    "messages": array(ref("Message"))}, {"agent_name": STR, "label": STR, "compacted_summary": STR}),
    "SessionDeleted": obj({"session_id": UUID, "status": {"const": "deleted"}}),
    "KVListing": obj({"agent_id": UUID, "kv_pairs": array(obj({"key": STR, "value": {}, "updated_at": TIME}))}),
    "KVEntry": obj({"key": STR, "value": {}}),
    "KVChanged": obj({"key": STR, "status": {"enum": ["stored", "deleted"]}}),
    "RunSummary": obj({"run_id": UUID, "agent_id": UUID, "status": {"enum": ["running", "completed", "failed", "interrupted"]}, "started_at": TIME},
                      {"session_id": UUID, "ended_at": TIME, "error": STR}),
    "Run": obj({"run_id": UUID, "agent_id": UUID, "status": {"enum": ["running", "completed", "failed", "interrupted"]}, "started_at": TIME,
                "steps": array(obj({"seq": NAT, "kind": {"enum": ["llm_request", "llm_response", "tool_call", "tool_result", "error", "note"]},
                                    "payload": {}, "at": TIME}))},
               {"session_id": UUID, "ended_at": TIME, "error": STR, "attribution": {"type": "object"}}),
    "AuditRecent": obj({"entries": array(obj({"seq": NAT, "at": TIME, "actor": STR, "action": STR, "subject": STR, "detail": {},
                                              "previous_hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                                              "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}))},
                       {"tip_hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"}}),
    "AuditVerification": obj({"valid": {"type": "boolean"}, "entries": NAT}, {"first_broken": NAT, "error": STR}),
    "PendingApproval": obj({"id": STR, "agent_id": UUID, "tool": STR, "summary": STR, "requested_at": TIME}),
    "ApprovalDecision": obj({"id": STR, "status": {"enum": ["approved", "rejected"]}}),
    "UsageTotals": USAGE_TOTALS,
    "UsageWindows": obj({"hour": ref("UsageTotals"), "day": ref("UsageTotals"), "month": ref("UsageTotals")}),
    "UsageByModel": array(obj({"provider": STR, "model": STR, "totals": ref("UsageTotals")})),
    "UsageDaily": array(obj({"day": {"type": "string", "format": "date"}, "totals": ref("UsageTotals")})),
    "Budget": obj({"config": {"type": "object"},
                   "spent_usd": obj({"hour": {"type": "number", "minimum": 0}, "day": {"type": "number", "minimum": 0}, "month": {"type": "number", "minimum": 0}})}),
    "BudgetAgents": array(obj({"agent_id": UUID, "name": STR, "status": nullable(STR)})),
    "CronJob": obj({"id": UUID, "agent_id": UUID, "name": STR, "schedule": STR, "prompt": STR, "missed": STR, "enabled": {"type": "boolean"},
                    "origin": STR, "next_run": nullable(TIME), "last_run": nullable(TIME), "run_count": NAT, "consecutive_errors": NAT,
                    "last_error": nullable(STR)}),
    "CronRun": obj({"response": STR, "run_id": UUID}),
    "Deleted": obj({"deleted": {"const": True}}),
    "Trigger": obj({"id": UUID, "agent_id": UUID, "pattern": {"type": "string", "description": "the pattern as JSON text"}, "prompt_template": STR,
                    "enabled": {"type": "boolean"}, "max_fires": NAT, "cooldown_secs": NAT, "fire_count": NAT, "last_fired_at": nullable(TIME),
                    "origin": STR}),
    "CatalogModel": obj({"id": STR, "displayName": STR, "provider": STR, "tier": STR, "contextWindow": NAT, "maxOutputTokens": NAT,
                         "inputCostPerMillion": {"type": "number", "minimum": 0}, "outputCostPerMillion": {"type": "number", "minimum": 0},
                         "supportsTools": {"type": "boolean"}, "supportsVision": {"type": "boolean"}, "supportsStreaming": {"type": "boolean"},
                         "aliases": array(STR)}),
    "Provider": obj({"id": STR, "name": STR, "key_env": nullable(STR), "key_required": {"type": "boolean"}, "key_set": {"type": "boolean"},
                     "base_url": nullable(STR)}),
    "OpenAIModelList": obj({"object": {"const": "list"}, "data": array(obj({"id": STR, "object": {"const": "model"}, "created": NAT,
                                                                            "owned_by": {"const": "openfang"}}))}),
    "ChatCompletion": obj({"id": {"type": "string", "pattern": "^chatcmpl-"}, "object": {"const": "chat.completion"}, "created": NAT, "model": STR,
                           "choices": array(obj({"index": NAT, "message": obj({"role": {"const": "assistant"}, "content": STR}),
                                                 "finish_reason": {"const": "stop"}})),
                           "usage": obj({"prompt_tokens": NAT, "completion_tokens": NAT, "total_tokens": NAT})}),
    # One server-sent event as schemathesis reads it ({event, data, id?, retry?}).
    "AgentStreamEvent": obj({"event": {"enum": ["phase", "chunk", "tool_use", "tool_result", "done", "error"]},
                             "data": {"type": "string", "contentMediaType": "application/json"}}),
    "KernelStreamEvent": obj({"event": STR, "data": {"type": "string", "contentMediaType": "application/json"}}),
    "ChatCompletionStreamEvent": obj({"event": {"const": "message"}, "data": {"type": "string", "description": "a chat.completion.chunk, an error, or [DONE]"}}),
}

# Error statuses and what each means; every route documents the ones it can answer.
ERRORS = {
    "400": "The request is malformed: a field, parameter or body is missing or wrong (`field` names it)",
    "401": "The api_key is missing or wrong",
    "403": "Refused: a non-loopback client without api_key, or a shutdown from another machine (`loopback_only`)",
    "404": "The agent, session, run, job, trigger, key or approval named does not exist",
    "409": "Conflict: the agent is terminated or not running, or the name is taken",
    "413": "The body (or `message`) is over the limit",
    "426": "A plain GET on a WebSocket route",
    "429": "Over the rate limit (`Retry-After` says when to retry) or over a budget (`quota_exceeded`)",
    "502": "The model provider failed the turn (`turn_failed`)",
    "503": "No usable model provider (`no_provider`) or the daemon is shutting down (`shutting_down`)",
    "504": "The turn made no progress and was cancelled (`turn_hung`)",
}
COMMON = ["401", "403", "429"]
TURN = ["409", "502", "503", "504"]


def json_content(schema):
    return {"application/json": {"schema": schema}}


def sse_content(event_schema):
    # OpenAPI 3.1: for text/event-stream, `schema` describes one event (3.2 calls it itemSchema).
    return {"text/event-stream": {"schema": event_schema}}


# method path → (success status, success schema or content, extra error statuses, params, body)
R = {}


def route(method, path, schema, errors=(), status="200", params=None, body=None, public=False, sse=None, openai=False):
    R[(method, path)] = dict(schema=schema, errors=list(errors), status=status, params=params or {}, body=body, public=public, sse=sse, openai=openai)


AGENT_ID = {"type": "string", "minLength": 1, "description": "an agent's id or name (percent-encoded)"}
PATH_ID = {"id": AGENT_ID}
LIMIT = lambda high, default: {"type": "integer", "minimum": 1, "maximum": high, "default": default}  # noqa: E731
DAYS = lambda default: {"type": "integer", "minimum": 1, "maximum": 3650, "default": default}  # noqa: E731
AGENT_QUERY = {"agent": {"type": "string", "description": "an agent's name or id (empty: all agents)"}}
NULLABLE_STR = {"type": ["string", "null"]}

route("GET", "/api/health", ref("Health"), public=True)
route("GET", "/api/health/detail", ref("HealthDetail"))
route("GET", "/api/status", ref("Status"))
route("GET", "/api/version", ref("Version"))
route("POST", "/api/shutdown", ref("ShutdownStarted"))
route("GET", "/api/openapi.json", {"type": "object", "required": ["openapi", "info", "paths"]})
route("GET", "/api/agents", array(ref("AgentSummary")))
route("POST", "/api/agents", ref("Spawned"), ["400", "404", "409", "413"],
      body={"type": "object", "description": "exactly one of manifest_toml and template (the other absent or null)",
            "properties": {"manifest_toml": {"type": ["string", "null"], "minLength": 1, "description": "the agent.toml text"},
                           "template": {"type": ["string", "null"], "minLength": 1, "description": "a bundled template's name"}},
            "anyOf": [{"required": ["manifest_toml"], "properties": {"manifest_toml": {"type": "string"}, "template": {"type": "null"}}},
                      {"required": ["template"], "properties": {"template": {"type": "string"}, "manifest_toml": {"type": "null"}}}]})
route("GET", "/api/agents/{id}", ref("AgentDetail"), ["404"], params=PATH_ID)
for verb in ("stop", "start", "restart"):
    route("POST", f"/api/agents/{{id}}/{verb}", ref("AgentChanged"), ["404", "409"], params=PATH_ID)
route("DELETE", "/api/agents/{id}", ref("AgentChanged"), ["404", "409"], params=PATH_ID)
route("PUT", "/api/agents/{id}/model", ref("AgentChanged"), ["400", "404", "409", "413"], params=PATH_ID,
      body=obj({"model": {"type": "string", "minLength": 1}}, open_=True))
route("PATCH", "/api/agents/{id}", ref("AgentUpdated"), ["400", "404", "409", "413"], params=PATH_ID,
      body={"type": "object", "additionalProperties": False, "minProperties": 1,
            "properties": {"name": {"type": ["string", "null"], "minLength": 1, "maxLength": 64}, "description": NULLABLE_STR,
                           "system_prompt": NULLABLE_STR, "model": NULLABLE_STR}})
route("POST", "/api/agents/{id}/session/reset", ref("NewSession"), ["404", "409"], params=PATH_ID)
route("POST", "/api/agents/{id}/session/compact", ref("Compacted"), ["404"] + TURN, params=PATH_ID)
route("POST", "/api/agents/{id}/message", ref("MessageReply"), ["400", "404", "413"] + TURN, params=PATH_ID,
      body=obj({"message": {"type": "string", "maxLength": 65536, "description": "at most 64 KB of UTF-8"}},
               {"sender_id": NULLABLE_STR, "sender_name": NULLABLE_STR}, open_=True))
route("POST", "/api/agents/{id}/message/stream", None, ["400", "404", "413"], params=PATH_ID, sse=ref("AgentStreamEvent"),
      body=obj({"message": {"type": "string", "maxLength": 65536}}, {"sender_name": NULLABLE_STR}, open_=True))
route("GET", "/api/agents/{id}/sessions", array(ref("SessionInfo")), ["404"], params=PATH_ID)
route("GET", "/api/agents/{id}/ws", None, ["404", "426"], status="101", params=PATH_ID)
route("GET", "/api/sessions", array(ref("SessionInfo")), ["404"], params=AGENT_QUERY)
route("GET", "/api/sessions/{id}", ref("Session"), ["400", "404"], params={"id": UUID})
route("DELETE", "/api/sessions/{id}", ref("SessionDeleted"), ["400", "404"], params={"id": UUID})
route("PUT", "/api/sessions/{id}/label", ref("SessionInfo"), ["400", "404", "413"], params={"id": UUID},
      body=obj({"label": {"type": ["string", "null"], "minLength": 1, "maxLength": 128, "pattern": "\\S"}}, open_=True))
MEMORY_KEY = {"type": "string", "minLength": 1, "maxLength": 256, "description": "1 to 256 bytes once percent-decoded"}
route("GET", "/api/memory/agents/{id}/kv", ref("KVListing"), ["404"], params=PATH_ID)
route("GET", "/api/memory/agents/{id}/kv/{key}", ref("KVEntry"), ["400", "404"], params={"id": AGENT_ID, "key": MEMORY_KEY})
route("PUT", "/api/memory/agents/{id}/kv/{key}", ref("KVChanged"), ["400", "404", "413"], params={"id": AGENT_ID, "key": MEMORY_KEY},
      body=obj({"value": {}}, open_=True))
route("DELETE", "/api/memory/agents/{id}/kv/{key}", ref("KVChanged"), ["400", "404"], params={"id": AGENT_ID, "key": MEMORY_KEY})
route("GET", "/api/runs", array(ref("RunSummary")), ["400", "404"], params=dict(AGENT_QUERY, limit=LIMIT(500, 50)))
route("GET", "/api/runs/{id}", ref("Run"), ["400", "404"], params={"id": UUID})
route("GET", "/api/audit/recent", ref("AuditRecent"), ["400"], params={"limit": LIMIT(1000, 100)})
route("GET", "/api/audit/verify", ref("AuditVerification"))
route("GET", "/api/events/stream", None, sse=ref("KernelStreamEvent"))
route("GET", "/api/approvals", array(ref("PendingApproval")))
for verb in ("approve", "reject"):
    route("POST", f"/api/approvals/{{id}}/{verb}", ref("ApprovalDecision"), ["404"], params={"id": {"type": "string", "minLength": 1}})
route("GET", "/api/usage", ref("UsageWindows"), ["404"], params=AGENT_QUERY)
route("GET", "/api/usage/by-model", ref("UsageByModel"), ["400"], params={"days": DAYS(30)})
route("GET", "/api/usage/daily", ref("UsageDaily"), ["400", "404"], params=dict(AGENT_QUERY, days=DAYS(7)))
route("GET", "/api/budget", ref("Budget"))
route("GET", "/api/budget/agents", ref("BudgetAgents"))
CRON_ID = {"id": {"type": "string", "minLength": 1, "description": "a job id, an id prefix, or agent/name percent-encoded (agent%2Fname)"}}
route("GET", "/api/cron/jobs", array(ref("CronJob")))
route("POST", "/api/cron/jobs", ref("CronJob"), ["400", "404", "409", "413"], status="201",
      body=obj({"agent": {"type": "string", "minLength": 1}, "name": {"type": "string", "minLength": 1}, "schedule": {"type": "string", "minLength": 1},
                "prompt": STR}, {"missed": {"anyOf": [{"type": "string", "pattern": "^(skip|once|catch_up:[1-9][0-9]*)$"}, {"type": "null"}]}}, open_=True))
route("DELETE", "/api/cron/jobs/{id}", ref("Deleted"), ["404"], params=CRON_ID)
route("PUT", "/api/cron/jobs/{id}/enable", ref("CronJob"), ["404"], params=CRON_ID)
route("PUT", "/api/cron/jobs/{id}/disable", ref("CronJob"), ["404"], params=CRON_ID)
route("GET", "/api/cron/jobs/{id}/status", ref("CronJob"), ["404"], params=CRON_ID)
route("POST", "/api/cron/jobs/{id}/run", ref("CronRun"), ["404"] + TURN, params=CRON_ID)
def _fields(required=(), optional=()):
    schema = {"type": "object", "properties": {name: {"type": "string", "minLength": 1} for name in (*required, *optional)}}
    if required:
        schema["required"] = list(required)
    return schema


PLAIN_PATTERNS = ["all", "lifecycle", "system", "agent_terminated"]
TRIGGER_PATTERN = {"anyOf": [{"enum": PLAIN_PATTERNS},
                             {"type": "object", "minProperties": 1, "maxProperties": 1, "additionalProperties": False,
                              "properties": dict({name: {} for name in PLAIN_PATTERNS}, agent_spawned=_fields(optional=["name_pattern"]),
                                                 content_match=_fields(["substring"]), system_keyword=_fields(["keyword"]),
                                                 custom=_fields(["event_type"]))}]}
route("GET", "/api/triggers", array(ref("Trigger")))
route("POST", "/api/triggers", ref("Trigger"), ["400", "404", "413"], status="201",
      body=obj({"agent": {"type": "string", "minLength": 1}, "pattern": TRIGGER_PATTERN},
               {"prompt": NULLABLE_STR, "max_fires": NAT, "cooldown_secs": NAT}, open_=True))
route("PUT", "/api/triggers/{id}", ref("Trigger"), ["400", "404", "413"], params={"id": UUID}, body=obj({"enabled": {"type": "boolean"}}, open_=True))
route("DELETE", "/api/triggers/{id}", ref("Deleted"), ["404"], params={"id": UUID})
route("GET", "/api/models", array(ref("CatalogModel")), params={"provider": STR})
route("GET", "/api/models/aliases", {"type": "object", "additionalProperties": STR})
route("GET", "/api/providers", array(ref("Provider")))
route("GET", "/api/config", {"type": "object"})
route("GET", "/v1/models", ref("OpenAIModelList"), openai=True)
CHAT_MESSAGE = {"type": "object", "required": ["role"], "properties": {"role": {"enum": ["system", "developer", "user", "assistant", "tool"]}}}
route("POST", "/v1/chat/completions", ref("ChatCompletion"), ["400", "404", "413"] + TURN, sse=ref("ChatCompletionStreamEvent"), openai=True,
      body=obj({"model": {"type": "string", "minLength": 1}, "messages": {"type": "array", "minItems": 1, "items": CHAT_MESSAGE}},
               {"stream": {"type": ["boolean", "null"]},
                "stream_options": {"anyOf": [{"type": "object", "properties": {"include_usage": {"type": ["boolean", "null"]}}}, {"type": "null"}]}},
               open_=True))


def _parameter(name, location, schema):
    parameter = {"name": name, "in": location, "required": location == "path", "schema": schema}
    if location == "query":
        parameter["allowEmptyValue"] = True  # `?limit=` means the default (QueryValues.string)
    return parameter


def propose(served):
    doc = copy.deepcopy(served)
    components = doc.setdefault("components", {})
    components["schemas"] = dict(SCHEMAS)
    components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}, "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}}
    missing = []
    for path, operations in doc.get("paths", {}).items():
        for method, operation in operations.items():
            spec = R.get((method.upper(), path))
            if spec is None:
                missing.append(f"{method.upper()} {path}")
                continue
            error_schema = ref("OpenAIError") if spec["openai"] else ref("Error")
            responses = {}
            success = {"description": operation.get("responses", {}).get("200", {}).get("description", "OK")}
            content = {}
            if spec["schema"] is not None:
                content.update(json_content(spec["schema"]))
            if spec["sse"] is not None:
                content.update(sse_content(spec["sse"]))
            if content:
                success["content"] = content
            responses[spec["status"]] = success
            codes = list(spec["errors"]) + ([] if spec["public"] else ["401", "403"]) + ["429"]
            for code in sorted(set(codes)):
                # The daemon's own middleware answers 401, 403 (no key), 413 and 429 before a /v1
                # route runs; they should come in OpenAI's shape there too (SPEC.md, bug list).
                responses[code] = {"description": ERRORS[code], "content": json_content(error_schema)}
            if "429" in responses:
                responses["429"]["headers"] = {"Retry-After": {"schema": {"type": "integer", "minimum": 1},
                                                               "description": "seconds (rate limit only)"}}
            operation["responses"] = responses
            parameters = []
            for name in [p["name"] for p in operation.get("parameters", []) if p.get("in") == "path"]:
                parameters.append(_parameter(name, "path", spec["params"].get(name, STR)))
            for name, schema in spec["params"].items():
                if name not in [p["name"] for p in parameters] and ("{" + name + "}") not in path:
                    parameters.append(_parameter(name, "query", schema))
            operation["parameters"] = parameters
            if spec["body"] is not None:
                operation["requestBody"] = {"required": True, "content": json_content(spec["body"])}
            else:
                operation.pop("requestBody", None)
            if not spec["public"]:
                operation["security"] = [{"bearer": []}, {"apiKey": []}]
    if missing:
        doc["x-proposed-missing"] = missing
    return doc


if __name__ == "__main__":
    source = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
    json.dump(propose(source), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
