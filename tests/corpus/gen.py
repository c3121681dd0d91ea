"""Inputs too big or too odd to write literally in a case file, written as small generators.

`expand(value)` walks a JSON value from a case file and replaces every object with a `"$gen"`
key by what it generates; everything else is returned as is (lists and objects recursively).

    {"$gen": "repeat", "s": "[", "n": 10000}           "[[[[…" (text)
    {"$gen": "concat", "parts": [P, P, …]}             the parts joined (bytes if any part is bytes)
    {"$gen": "bytes", "hex": "ff fe 00"}               raw bytes
    {"$gen": "utf8", "s": "text"}                      text as bytes
    {"$gen": "json", "value": V}                       V (expanded) serialised as compact JSON text
    {"$gen": "deep_array", "n": 10000}                 "[[[…]]]" nested n deep (text)
    {"$gen": "deep_object", "n": 10000, "key": "a"}    '{"a":{"a":…{}}}' nested n deep (text)
    {"$gen": "deep_toml_array", "n": 3000}             "[[[…]]]" (TOML has the same syntax)
    {"$gen": "deep_toml_table", "n": 3000}             "{a={a=…{}}}" TOML inline tables n deep
    {"$gen": "dotted_key", "n": 3000}                   "a.a.a…a" (n parts)
    {"$gen": "lines", "s": "k{i} = {i}", "n": 1000}    n lines, {i} replaced by the line number
    {"$gen": "list", "items": [A, B], "n": 999}        a JSON list of n values cycling through A, B, … ({i} in
                                                       their strings becomes the position)
    {"$gen": "concat_list", "parts": [L, L, …]}        the lists joined
"""

from __future__ import annotations

import json


def _join(parts):
    if any(isinstance(p, (bytes, bytearray)) for p in parts):
        return b"".join(p if isinstance(p, (bytes, bytearray)) else str(p).encode() for p in parts)
    return "".join(str(p) for p in parts)


def expand(value):
    if isinstance(value, list):
        return [expand(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$gen" not in value:
        return {k: expand(v) for k, v in value.items()}
    kind = value["$gen"]
    n = int(value.get("n", 0))
    if kind == "repeat":
        return _join([expand(value["s"])] * n)
    if kind == "concat":
        return _join([expand(p) for p in value["parts"]])
    if kind == "bytes":
        return bytes.fromhex(value["hex"].replace(" ", ""))
    if kind == "utf8":
        return expand(value["s"]).encode()
    if kind == "json":
        return json.dumps(expand(value["value"]), separators=(",", ":"), ensure_ascii=value.get("ascii", False))
    if kind in ("deep_array", "deep_toml_array"):
        return "[" * n + "]" * n
    if kind == "deep_object":
        key = value.get("key", "a")
        return ('{"%s":' % key) * n + "{}" + "}" * n
    if kind == "deep_toml_table":
        return "{a=" * n + "1" + "}" * n
    if kind == "dotted_key":
        return ".".join(["a"] * n)
    if kind == "lines":
        template = value["s"]
        return "".join(template.replace("{i}", str(i)) + "\n" for i in range(n))
    if kind == "concat_list":
        return [item for part in value["parts"] for item in expand(part)]
    if kind == "list":
        items = value["items"]
        return [_number(expand(items[i % len(items)]), i) for i in range(n)]
    raise ValueError(f"unknown generator {kind!r}")


def _number(value, i: int):
    if isinstance(value, str):
        return value.replace("{i}", str(i))
    if isinstance(value, list):
        return [_number(v, i) for v in value]
    if isinstance(value, dict):
        return {k: _number(v, i) for k, v in value.items()}
    return value


def size(value) -> int:
    """The length of a generated text or bytes value, for reports."""
    if isinstance(value, (bytes, bytearray)):
        return len(value)
    if isinstance(value, str):
        return len(value.encode())
    return len(json.dumps(value))
