"""Checks dossier.reqif with the consumers a manufacturer would use.

usage: check_reqif.py FILE.reqif SCRATCH_DIR

1. The `reqif` package validates the file against the OMG ReqIF 1.2 schema
   it ships (`reqif validate --use-reqif-schema`) and parses it.
2. StrictDoc converts it to its own documents (`strictdoc convert`, the
   `strictdoc import reqif` of earlier versions).

Prints one JSON object with what each consumer saw; exits 1 with the
consumer's own message when one rejects the file.
"""
import glob
import json
import os
import re
import subprocess
import sys

path, scratch = sys.argv[1], sys.argv[2]
bin_dir = os.path.dirname(sys.executable)


def run(arguments):
    return subprocess.run(arguments, capture_output=True, text=True)


validation = run([os.path.join(bin_dir, "reqif"), "validate", "--use-reqif-schema", path])
if validation.returncode != 0 or "0 errors, 0 schema issues found, 0 semantic issues" not in validation.stdout:
    print("reqif validate rejected the file:\n" + validation.stdout + validation.stderr)
    sys.exit(1)

from reqif.parser import ReqIFParser  # noqa: E402

bundle = ReqIFParser.parse(path)
content = bundle.core_content.req_if_content
objects = content.spec_objects or []
values = {}
for spec_object in objects:
    for attribute in spec_object.attributes:
        values.setdefault(spec_object.identifier, {})[attribute.definition_ref] = attribute.value


def value_text(value):
    return value if isinstance(value, str) else json.dumps(value, default=str)


conversion = run([os.path.join(bin_dir, "strictdoc"), "convert", "--input-format", "reqif-sdoc",
                  "--output-format", "sdoc", "--reqif-import-markup", "HTML", path, scratch])
if conversion.returncode != 0:
    print("strictdoc convert failed:\n" + conversion.stdout + conversion.stderr)
    sys.exit(1)
uids = []
for document in sorted(glob.glob(os.path.join(scratch, "**", "*.sdoc"), recursive=True)):
    with open(document, encoding="utf-8") as handle:
        uids += re.findall(r"^UID: (.+)$", handle.read(), re.MULTILINE)

print(json.dumps({
    "objects": sorted(spec_object.identifier for spec_object in objects),
    "types": sorted(spec_type.identifier for spec_type in content.spec_types),
    "relations": sorted((relation.identifier, relation.relation_type_ref, relation.source, relation.target)
                        for relation in (content.spec_relations or [])),
    "specifications": [specification.identifier for specification in content.specifications],
    "values": {identifier: {key: value_text(value) for key, value in attributes.items()}
               for identifier, attributes in values.items()},
    "strictdoc_uids": sorted(uids),
}, sort_keys=True))
