#!/usr/bin/env python3
"""Validates a SARIF log written by `dossier check --format sarif`.

Usage: validate_sarif.py LOG.sarif

Checks the log against sarif-2.1.0-subset.schema.json (beside this script; a
hand-written subset of the OASIS schema, see its description) with the
`jsonschema` package, then the SARIF 2.1.0 rules a JSON schema cannot state:
every result's ruleId is declared and its ruleIndex points at it, a location
with a uriBaseId has a relative URI, and a base id without its own base is
absolute or has no URI. Prints every problem; exits 0 when there is none.
"""
import json
import pathlib
import re
import sys

import jsonschema

URI_REFERENCE = re.compile(r"^[A-Za-z0-9\-._~/%:@!$&'()*+,;=?#\[\]]*$")
ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def problems(log):
    schema_path = pathlib.Path(__file__).with_name("sarif-2.1.0-subset.schema.json")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    for error in sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path)):
        yield "schema: %s at %s" % (error.message, "/".join(str(p) for p in error.absolute_path))
    for run_number, run in enumerate(log.get("runs", [])):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        ids = [rule.get("id") for rule in rules]
        if len(ids) != len(set(ids)):
            yield "run %d: rule ids are not unique" % run_number
        for name, base in run.get("originalUriBaseIds", {}).items():
            uri = base.get("uri")
            if "uriBaseId" not in base and uri is not None and not ABSOLUTE_URI.match(uri):
                yield "originalUriBaseIds.%s: a relative uri needs a uriBaseId" % name
            if uri is not None and not uri.endswith("/"):
                yield "originalUriBaseIds.%s: the uri must end with a slash" % name
        for number, result in enumerate(run.get("results", [])):
            where = "run %d result %d" % (run_number, number)
            rule_id = result.get("ruleId")
            if rule_id not in ids:
                yield "%s: ruleId %r is not declared in tool.driver.rules" % (where, rule_id)
            elif "ruleIndex" in result and ids[result["ruleIndex"]] != rule_id:
                yield "%s: ruleIndex %d is not %r" % (where, result["ruleIndex"], rule_id)
            for location in result.get("locations", []):
                artifact = location.get("physicalLocation", {}).get("artifactLocation", {})
                uri = artifact.get("uri", "")
                if not uri or not URI_REFERENCE.match(uri):
                    yield "%s: %r is not a URI reference" % (where, uri)
                if "uriBaseId" in artifact:
                    if ABSOLUTE_URI.match(uri):
                        yield "%s: an absolute uri must not have a uriBaseId" % where
                    if artifact["uriBaseId"] not in run.get("originalUriBaseIds", {}):
                        yield "%s: uriBaseId %r is not in originalUriBaseIds" % (where, artifact["uriBaseId"])


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        log = json.load(file)
    found = list(problems(log))
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
