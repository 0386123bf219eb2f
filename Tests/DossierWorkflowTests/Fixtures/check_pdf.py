"""Reads dossier.pdf with pypdf, as a Notified Body's tools would.

usage: check_pdf.py FILE.pdf

Prints one JSON object: the outline (bookmark titles with their depth),
the names of the attached files, the first page's text, the last page's
text, the document information and the PDF/A identification from the XMP
metadata (pdfaid:part and pdfaid:conformance).
"""
import json
import re
import sys

from pypdf import PdfReader

reader = PdfReader(sys.argv[1])


def outline(entries, depth=0):
    result = []
    for entry in entries:
        if isinstance(entry, list):
            result += outline(entry, depth + 1)
        else:
            result.append({"title": entry.title, "depth": depth})
    return result


metadata = reader.xmp_metadata
xmp = metadata.stream.get_data().decode("utf-8") if metadata is not None else ""


def xmp_value(name):
    match = re.search(r"pdfaid:%s(?:>|=\")([^<\"]+)" % name, xmp)
    return match.group(1) if match else None


info = reader.metadata or {}
print(json.dumps({
    "pages": len(reader.pages),
    "outline": outline(reader.outline),
    "attachments": sorted(reader.attachments.keys()),
    "first_page": reader.pages[0].extract_text(),
    "page_texts": [page.extract_text() for page in reader.pages[:3]] + [reader.pages[-1].extract_text()],
    "info": {key: str(value) for key, value in info.items()},
    "pdfa": {"part": xmp_value("part"), "conformance": xmp_value("conformance")},
}, sort_keys=True))
