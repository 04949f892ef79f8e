#!/usr/bin/env python3
"""Validates redress JSON output against schemas/*.schema.json.

usage: validate_json.py SCHEMA [--lines] [--at POINTER] < output

SCHEMA names a file schemas/SCHEMA.schema.json (complaint, event, report-sla, ...). Reads one
JSON document from stdin (an object, or an array whose every item is checked), or with --lines
one document per line (NDJSON). --at checks against a part of the schema instead of the whole,
given as a JSON pointer (`--at /$defs/complaint`: one row of `report sla --format ndjson`).
Prints "N valid" and exits 0, or prints each problem (which document, where in it, what) and
exits 1.
"""
import json
import pathlib
import sys

import jsonschema

SCHEMAS = pathlib.Path(__file__).resolve().parents[2] / "schemas"


def validator(name, pointer):
    store = {}
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        store[schema["$id"]] = schema
    path = SCHEMAS / f"{name}.schema.json"
    if not path.is_file():
        sys.exit(f"no schema {path}")
    schema = json.loads(path.read_text(encoding="utf-8"))
    if pointer:
        schema = {"$ref": schema["$id"] + "#" + pointer}
    try:  # jsonschema 4.18 and later look references up in a registry
        import referencing
        import referencing.jsonschema
    except ImportError:  # Debian 12's jsonschema 4.10
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        return jsonschema.Draft202012Validator(schema, resolver=resolver)
    registry = referencing.Registry().with_resources(
        (uri, referencing.jsonschema.DRAFT202012.create_resource(s)) for uri, s in store.items())
    return jsonschema.Draft202012Validator(schema, registry=registry)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    pointer = None
    if "--at" in args:
        pointer = args[args.index("--at") + 1]
    check = validator(args[0], pointer)
    text = sys.stdin.read()
    if "--lines" in args:
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
