#!/usr/bin/env python3
"""Add a generated CycloneDX 1.5 JSON SBOM to a corpus, for `make bench`.

    gen_sbom.py CONTENT_FOLDER [--components 5000] [--seed 1]

Writes CONTENT_FOLDER/sbom/product.cdx.json: COMPONENTS components (about one
in ten nested in another, as cdxgen nests a package's bundled dependencies)
with purls of npm, PyPI, Maven and Go packages, a few packages at two
versions, suppliers, licences written the three ways CycloneDX allows (SPDX
id, free-text name, expression), bom-refs, hashes, external references and
descriptions, as generators write them; and a `vulnerabilities` list of about
one per fifty components, with every analysis state and some without one.
Adds `component` items under CONTENT_FOLDER/components/ (some by versionless
purl, some by versioned purl, some by name) and lists the SBOM under `sbom:`
in dossier.yml. Same arguments, same bytes.
"""
import argparse
import json
import pathlib
import random

ECOSYSTEMS = ("npm", "pypi", "maven", "golang")
SYLLABLES = ("ax", "bel", "cor", "dun", "eph", "fal", "gro", "hex", "iso", "jun", "kal", "lum", "mor", "nex",
             "opa", "pyr", "quo", "rav", "sol", "tir", "umb", "vel", "wex", "xan", "yor", "zed")
SUPPLIERS = ("OpenJS Foundation", "Python Software Foundation", "Apache Software Foundation", "Eclipse Foundation",
             "Google LLC", "Pallets", "Red Hat, Inc.", "The Go Authors", "Individual maintainer")
LICENCE_IDS = ("MIT", "Apache-2.0", "BSD-3-Clause", "BSD-2-Clause", "ISC", "MPL-2.0", "EPL-2.0")
STATES = ("resolved", "resolved_with_pedigree", "exploitable", "in_triage", "false_positive", "not_affected")
JUSTIFICATIONS = ("code_not_present", "code_not_reachable", "requires_configuration", "requires_environment",
                  "protected_by_mitigating_control")


def package_name(rng, index):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))) + f"-{index}"


def purl_of(ecosystem, group, name, version):
    if ecosystem == "npm":
        return f"pkg:npm/{'%40' + group + '/' if group else ''}{name}@{version}"
    if ecosystem == "maven":
        return f"pkg:maven/{group}/{name}@{version}"
    if ecosystem == "golang":
        return f"pkg:golang/github.com/{group}/{name}@v{version}"
    return f"pkg:pypi/{name}@{version}"


def licences(rng):
    kind = rng.random()
    if kind < 0.7:
        return [{"license": {"id": rng.choice(LICENCE_IDS), "acknowledgement": "declared"}}]
    if kind < 0.85:
        return [{"license": {"name": "License :: OSI Approved :: " + rng.choice(("MIT License", "BSD License"))}}]
    if kind < 0.95:
        return [{"expression": f"{rng.choice(LICENCE_IDS)} OR {rng.choice(LICENCE_IDS)}"}]
    return []


def component(rng, index, ecosystem, name, group, version):
    purl = purl_of(ecosystem, group, name, version)
    entry = {
        "type": "library",
        "bom-ref": purl,
        "name": name,
        "version": version,
        "purl": purl,
        "description": f"The {name} package: " + " ".join(rng.choice(SYLLABLES) for _ in range(12)) + ".",
        "licenses": licences(rng),
        "hashes": [{"alg": "SHA-256", "content": f"{rng.getrandbits(256):064x}"}],
        "externalReferences": [
            {"type": "vcs", "url": f"https://github.com/{group or name}/{name}"},
            {"type": "website", "url": f"https://{name}.example.org/", "comment": "from packaging metadata"},
        ],
        "properties": [{"name": "cdx:package:ecosystem", "value": ecosystem}],
    }
    if ecosystem == "maven":
        entry["group"] = group
    if rng.random() < 0.8:
        entry["supplier"] = {"name": rng.choice(SUPPLIERS), "url": [f"https://{group or name}.example.org"]}
    else:
        entry["author"] = "Individual maintainer"
    return entry


def generate(count, seed):
    """The BOM, and the packages (ecosystem, group, name, versions) it lists."""
    rng = random.Random(seed)
    flat = []
    packages = []
    while len(flat) < count:
        index = len(packages)
        ecosystem = ECOSYSTEMS[index % len(ECOSYSTEMS)]
        name = package_name(rng, index)
        group = {"npm": rng.choice(("", "", "types", "babel")), "maven": f"org.{rng.choice(SYLLABLES)}{index}",
                 "golang": f"{rng.choice(SYLLABLES)}org", "pypi": ""}[ecosystem]
        # Some packages are present at two versions, as npm trees often have.
        versions = [f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"]
        if index % 40 == 7:
            versions.append(f"{int(versions[0].split('.')[0]) + 1}.0.{rng.randint(0, 9)}")
        versions = versions[:count - len(flat)]
        packages.append((ecosystem, group, name, versions))
        flat += [component(rng, index, ecosystem, name, group, version) for version in versions]
    # About one in ten components is nested inside the component before it.
    top = []
    for position, entry in enumerate(flat):
        if top and position % 10 == 9:
            top[-1].setdefault("components", []).append(entry)
        else:
            top.append(entry)
    vulnerabilities = []
    for number in range(max(1, count // 50)):
        affected = rng.sample(flat, k=rng.choice((1, 1, 1, 2)))
        entry = {
            "bom-ref": f"vuln-{number}",
            "id": f"CVE-{2021 + number % 5}-{10000 + number * 37}",
            "source": {"name": "NVD", "url": f"https://nvd.nist.gov/vuln/detail/CVE-{2021 + number % 5}"},
            "ratings": [{"score": round(rng.uniform(2, 10), 1), "severity": rng.choice(("low", "medium", "high")),
                         "method": "CVSSv31", "vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
            "cwes": [rng.choice((79, 89, 400, 502, 787))],
            "description": "A crafted input may " + " ".join(rng.choice(SYLLABLES) for _ in range(10)) + ".",
            "published": f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}T00:00:00Z",
            "affects": [{"ref": a["bom-ref"], "versions": [{"version": a["version"], "status": "affected"}]}
                        for a in affected],
        }
        if number % 7 != 0:  # one in seven not analysed yet
            state = STATES[number % len(STATES)]
            entry["analysis"] = {"state": state, "detail": f"Assessed in review {number}."}
            if state == "not_affected":
                entry["analysis"]["justification"] = JUSTIFICATIONS[number % len(JUSTIFICATIONS)]
        vulnerabilities.append(entry)
    bom = {
        "$schema": "http://cyclonedx.org/schema/bom-1.5.schema.json",
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{rng.getrandbits(128):032x}",
        "version": 1,
        "metadata": {"timestamp": "2026-11-20T00:00:00Z",
                     "tools": {"components": [{"type": "application", "name": "cdxgen", "version": "10.9.0"}]},
                     "component": {"type": "application", "name": "GlucoLink", "version": "2.4.0",
                                   "bom-ref": "pkg:generic/glucolink@2.4.0"}},
        "components": top,
        "vulnerabilities": vulnerabilities,
    }
    return bom, packages


def component_items(packages):
    """Items documenting a few packages: versionless purls (one of them a
    package at two versions), versioned purls, names; one past its end of
    support and one of unknown support."""
    twice = [p for p in packages if len(p[3]) > 1]
    chosen = (twice[:2] + packages[:6])[:8]
    items = []
    for number, (ecosystem, group, name, versions) in enumerate(chosen, start=1):
        purl = purl_of(ecosystem, group, name, versions[0])
        if number <= 4:
            field = f"purl: {purl.rsplit('@', 1)[0]}"
        elif number <= 6:
            field = f"purl: {purl}"
        else:
            field = f"name: {name}"
        support, end = [("maintained", "2029-12-31"), ("community", "2027-06-30"), ("end-of-life", "2024-01-31"),
                        ("unknown", None)][number % 4]
        lines = ["---", f"id: CMP-{number:03d}", "type: component", f"title: {name}", "status: reviewed", field,
                 f"support: {support}"]
        if end:
            lines.append(f"end_of_support: {end}")
        lines += ["supplier: Example supplier", 'rationale: "Used by the cloud service; advisories watched."',
                  "---", f"Documents {name} as the SBOM lists it.", ""]
        items.append((f"CMP-{number:03d}.md", "\n".join(lines)))
    return items


def add_sbom(folder, count, seed):
    folder = pathlib.Path(folder)
    bom, packages = generate(count, seed)
    (folder / "sbom").mkdir(parents=True, exist_ok=True)
    (folder / "sbom" / "product.cdx.json").write_text(json.dumps(bom, indent=2) + "\n", encoding="utf-8")
    (folder / "components").mkdir(exist_ok=True)
    for filename, text in component_items(packages):
        (folder / "components" / filename).write_text(text, encoding="utf-8")
    settings = folder / "dossier.yml"
    text = settings.read_text(encoding="utf-8")
    if "\nsbom:" not in text:
        settings.write_text(text.rstrip("\n") + "\nsbom:\n  - sbom/product.cdx.json\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--components", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    add_sbom(args.folder, args.components, args.seed)


if __name__ == "__main__":
    main()
