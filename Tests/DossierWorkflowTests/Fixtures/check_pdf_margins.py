"""Finds text of a PDF that runs past the right margin of its page.

usage: check_pdf_margins.py FILE.pdf FILE.html

The right margin is the one FILE.html's `@page` rule sets (mm, the second
of `margin`'s four lengths, or the only one); the limit on a page is its
width minus that margin. Every line of text that pypdf's layout mode finds
(one run of text shows on one baseline) is measured from where it starts
to where its last glyph ends, from the fonts' own widths.

Prints one JSON object: the number of pages, the margin in points, each
page's text, the bookmarks with the page each leads to (from 1), and every
run that ends beyond the limit (page number from 1, the run's text, where
it ends and the limit, in points).
"""
import json
import re
import sys

from pypdf import PdfReader
from pypdf.generic import ContentStream

# Layout mode's positions are not public API: pypdf is pinned in
# Tests/interop-requirements.txt, and a change of these names fails loudly.
from pypdf._text_extraction import _layout_mode

# Rounding of the text matrices WeasyPrint writes.
TOLERANCE = 0.5
POINTS_PER_MM = 72 / 25.4


def right_margin(html):
    rule = re.search(r"@page\s*\{[^}]*?margin:\s*([^;}]+)", html)
    if rule is None:
        sys.exit("no @page margin in the HTML")
    lengths = rule.group(1).split()
    value = lengths[1] if len(lengths) > 1 else lengths[0]
    if not value.endswith("mm"):
        sys.exit("the @page right margin is not in mm: %s" % value)
    return float(value[:-2]) * POINTS_PER_MM


def runs(reader, page):
    contents = page.get_contents()
    if contents is None:
        return []
    operations = iter(ContentStream(contents, reader, "bytes").operations)
    return _layout_mode.text_show_operations(operations, page._layout_mode_fonts(), True, None)


def bookmarks(reader, entries):
    result = []
    for entry in entries:
        if isinstance(entry, list):
            result += bookmarks(reader, entry)
        else:
            result.append({"title": entry.title, "page": reader.get_destination_page_number(entry) + 1})
    return result


reader = PdfReader(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as html:
    margin = right_margin(html.read())
overflows = []
texts = []
for number, page in enumerate(reader.pages, start=1):
    limit = float(page.mediabox.right) - margin
    for run in runs(reader, page):
        if run["displaced_tx"] > limit + TOLERANCE and run["text"].strip():
            overflows.append({"page": number, "text": run["text"].strip(),
                              "end": round(run["displaced_tx"], 1), "limit": round(limit, 1)})
    texts.append(page.extract_text())
print(json.dumps({"pages": len(reader.pages), "margin": round(margin, 2), "page_texts": texts,
                  "bookmarks": bookmarks(reader, reader.outline), "overflows": overflows}, sort_keys=True))
