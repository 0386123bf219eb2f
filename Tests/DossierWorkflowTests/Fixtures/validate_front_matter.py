#!/usr/bin/env python3
"""Validates the front matter of every item under a content folder against
the schema `dossier schema` prints (JSON Schema draft 2020-12).

Usage: validate_front_matter.py SCHEMA.json CONTENT_FOLDER

Prints one line per invalid value, `path: message`; exits 0 when every item
is valid, 1 otherwise.
"""
import datetime
import json
import pathlib
import sys

import jsonschema
import yaml


def front_matter(text):
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ValueError("no opening ---")
    for number, line in enumerate(lines[1:], start=1):
        if line.rstrip() == "---":
            return yaml.safe_load("\n".join(lines[1:number])) or {}
    raise ValueError("no closing ---")


def plain(value):
    """Dates as the text they were written as, as an editor's YAML 1.2 reader sees them."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def main():
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    root = pathlib.Path(sys.argv[2])
    failures = 0
    for path in sorted(root.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue
        name = path.relative_to(root).as_posix()
        try:
            data = plain(front_matter(path.read_text(encoding="utf-8")))
        except (ValueError, yaml.YAMLError) as error:
            print("%s: %s" % (name, error))
            failures += 1
            continue
        for error in validator.iter_errors(data):
            print("%s: %s at %s" % (name, error.message, "/".join(str(p) for p in error.absolute_path)))
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
