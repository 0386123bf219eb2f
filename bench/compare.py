#!/usr/bin/env python3
"""Compare two dossier binaries on one corpus, runs interleaved.

On a shared machine the speed drifts by more than a typical change, so
two binaries measured one after the other can swap places. Here each round
runs A then B (then B then A on the next round), and the medians are taken
over the rounds.

    python3 bench/compare.py OLD_BINARY NEW_BINARY [--corpus DIR] [--old-corpus DIR] [--rounds N]

--old-corpus gives the old binary its own content, for a feature whose
content the old binary cannot read (the example before and after its
architecture views).
"""
import argparse
import pathlib
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from bench import CORPORA, corpus, run  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--items", type=int, default=10_000, help="corpus size when --corpus is not given")
    parser.add_argument("--corpus", type=pathlib.Path)
    parser.add_argument("--old-corpus", type=pathlib.Path, help="the old binary's content, else the same corpus")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    folder = args.corpus or corpus(args.items, 1)
    binaries = {"old": args.old, "new": args.new}
    folders = {"old": args.old_corpus or folder, "new": folder}
    results = {(name, command): [] for name in binaries for command in ("check", "build")}
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="dossier-compare-", dir=CORPORA.parent))
    try:
        for round_number in range(args.rounds):
            order = list(binaries) if round_number % 2 == 0 else list(reversed(binaries))
            for name in order:
                binary = binaries[name]
                results[(name, "check")].append(
                    run([binary, "check", "--content", str(folders[name]), "--fail-on", "never"]))
                results[(name, "build")].append(
                    run([binary, "build", "--content", str(folders[name]), "--output", str(scratch / name), "-q"]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{folder}" + (f" (old: {args.old_corpus})" if args.old_corpus else "") + f", {args.rounds} rounds, medians")
    print("| | check | check RSS | build | build CPU | build RSS |")
    print("|---|---|---|---|---|---|")
    for name, binary in binaries.items():
        check, build = results[(name, "check")], results[(name, "build")]
        print(f"| {name} | {statistics.median(t for t, _, _ in check):.3f} s | {max(m for _, m, _ in check):.0f} MiB "
              f"| {statistics.median(t for t, _, _ in build):.3f} s | {statistics.median(c for _, _, c in build):.3f} s "
              f"| {max(m for _, m, _ in build):.0f} MiB |")


if __name__ == "__main__":
    main()
