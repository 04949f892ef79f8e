#!/usr/bin/env python3
"""Validates redress JSON output against schemas/*.schema.json.

usage: validate_json.py complaint|event|search_hit [--lines] < output

Reads one JSON document from stdin (an object, or an array whose every item is checked), or
with --lines one document per line (NDJSON). Prints "N valid" and exits 0, or prints each
problem (which document, where in it, what) and exits 1.
"""
import json
import pathlib
import sys

import jsonschema

SCHEMAS = pathlib.Path(__file__).resolve().parents[2] / "schemas"


def validator(name):
    store = {}
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        store[schema["$id"]] = schema
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    resolver = jsonschema.RefResolver.from_schema(schema, store=store)
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("complaint", "event", "search_hit"):
        sys.exit(__doc__)
    check = validator(sys.argv[1])
    text = sys.stdin.read()
    if "--lines" in sys.argv[2:]:
        documents = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        document = json.loads(text)
        documents = document if isinstance(document, list) else [document]
    problems = 0
    for number, document in enumerate(documents, 1):
        for error in sorted(check.iter_errors(document), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(top)"
            print(f"document {number}: {where}: {error.message}")
            problems += 1
    if problems:
        sys.exit(1)
    print(f"{len(documents)} valid")


if __name__ == "__main__":
    main()
