#!/usr/bin/env bash
# usage: scripts/static-libs.sh FOLDER
# The static archives that `make dist` links in place of shared libraries,
# in one folder, with a pkg-config file for cmark-gfm that names only that
# folder, so the linker never sees the shared libraries beside them.
# Each library is one archive with what it needs merged in: the linker
# searches one archive until nothing more resolves, so the order of the -l
# flags on the link line cannot leave a symbol unresolved.
set -euo pipefail
out=$1
libdir=$(pkg-config --variable=libdir libcmark-gfm)
rm -rf "$out"
mkdir -p "$out"

# merge NAME ARCHIVE...: the objects of the archives (from libdir) as $out/NAME.
merge() {
    local name=$1
    shift
    local work="$out/objects-$name"
    local index=0
    for archive in "$@"; do
        index=$((index + 1))
        mkdir -p "$work/$index"
        (cd "$work/$index" && ar x "$libdir/$archive")
    done
    # q, not r: members of two archives may have the same name. Not only
    # *.o: ICU names its objects *.ao.
    ar qcs "$out/$name" "$work"/*/*
    rm -rf "$work"
}

merge libcmark-gfm.a libcmark-gfm.a libcmark-gfm-extensions.a
ln -s libcmark-gfm.a "$out/libcmark-gfm-extensions.a"
# libxml2, which Foundation's XMLParser (FoundationXML) links, with the ICU,
# liblzma and zlib that Debian builds it with.
merge libxml2.a libxml2.a libicuuc.a libicudata.a liblzma.a libz.a

printf '%s\n' "Name: libcmark-gfm" "Description: cmark-gfm and its extensions, linked statically" \
    "Version: $(pkg-config --modversion libcmark-gfm)" \
    "Libs: -L$out -lcmark-gfm -lcmark-gfm-extensions" \
    "Cflags: $(pkg-config --cflags libcmark-gfm)" > "$out/libcmark-gfm.pc"
