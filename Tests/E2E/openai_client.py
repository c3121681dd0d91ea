#!/usr/bin/env python3
"""Drives the daemon's OpenAI-compatible API with the official `openai` package and prints what
it saw as one JSON object (OpenAIClientE2ETests runs it against a daemon on a scripted model).

Steps, in order (each model call consumes one scripted reply):
  models      GET /v1/models
  plain       a non-streamed completion
  stream      a streamed completion with stream_options.include_usage
  forgetful   "what is my name?" alone
  remembered  the same question after earlier turns that tell the name
  unknown     a completion asking an agent that does not exist (404 in OpenAI's error shape)
"""
import argparse
import json
import sys

import openai


def completion_summary(completion):
    choice = completion.choices[0]
    return {
        "id": completion.id,
        "object": completion.object,
        "model": completion.model,
        "role": choice.message.role,
        "content": choice.message.content,
        "finish_reason": choice.finish_reason,
        "usage": completion.usage.model_dump() if completion.usage else None,
    }


def stream_summary(stream):
    roles, pieces, finish_reasons, usage, ids, chunks = [], [], [], None, set(), 0
    for chunk in stream:
        chunks += 1
        ids.add(chunk.id)
        if chunk.usage is not None:
            usage = chunk.usage.model_dump()
        for choice in chunk.choices or []:
            if choice.delta.role:
                roles.append(choice.delta.role)
            if choice.delta.content:
                pieces.append(choice.delta.content)
            if choice.finish_reason:
                finish_reasons.append(choice.finish_reason)
    return {"chunks": chunks, "ids": len(ids), "roles": roles, "pieces": pieces, "content": "".join(pieces),
            "finish_reasons": finish_reasons, "usage": usage}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True, help="the daemon's /v1 URL, e.g. http://127.0.0.1:4200/v1")
    parser.add_argument("--api-key", default="unused", help="the daemon's api_key")
    parser.add_argument("--model", default="assistant", help="the agent to ask")
    args = parser.parse_args()

    client = openai.OpenAI(base_url=args.base_url, api_key=args.api_key, max_retries=0, timeout=30)
    results = {"sdk_version": openai.__version__}
    results["models"] = [model.id for model in client.models.list()]
    results["plain"] = completion_summary(client.chat.completions.create(
        model=args.model, messages=[{"role": "user", "content": "Say hello."}]))
    results["stream"] = stream_summary(client.chat.completions.create(
        model=args.model, messages=[{"role": "user", "content": "Count to three."}], stream=True,
        stream_options={"include_usage": True}))
    question = {"role": "user", "content": "What is my name?"}
    results["forgetful"] = completion_summary(client.chat.completions.create(model=args.model, messages=[question]))
    history = [
        {"role": "system", "content": "Answer in one short sentence."},
        {"role": "user", "content": "My name is Ada."},
        {"role": "assistant", "content": "Nice to meet you, Ada."},
        question,
    ]
    results["remembered"] = completion_summary(client.chat.completions.create(model=args.model, messages=history))
    try:
        client.chat.completions.create(model="no-such-agent", messages=[question])
        results["unknown"] = {"raised": None}
    except openai.APIStatusError as error:
        body = error.body if isinstance(error.body, dict) else {}
        results["unknown"] = {"raised": type(error).__name__, "status": error.status_code, "param": body.get("param"),
                              "code": body.get("code"), "type": body.get("type")}
    json.dump(results, sys.stdout, indent=2, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
