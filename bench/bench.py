#!/usr/bin/env python3
"""`make bench`: time `dossier check` and `dossier build` on generated corpora.

For each size: generate a corpus with ../shared/bench/gen_corpus.py (fixed
seed), run each command several times, and report the median wall time,
peak memory (RSS) and cost per item, beside three floors measured in the
same run: reading every input file, cmark rendering every body, and writing
files of the output's paths and sizes into a fresh folder that replaces the
previous one. Then `dossier diff --baseline HEAD~1` against `dossier check` on
a git repository of one corpus in which 5 % of the items changed in the last
commit. Then what an SBOM of --sbom-size components (bench/gen_sbom.py) adds to
`check` of the 1,000-item corpus, with and without it run in turn. Then the
live preview (`bench/preview.py`): from saving a file to the updated page
being served, through the server's reload event as a browser gets it, and
its memory after many edits. Prints the tables and writes them to
bench/results.md.
"""
import argparse
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import time

import preview
from gen_sbom import add_sbom

ROOT = pathlib.Path(__file__).resolve().parent.parent
GENERATOR = ROOT.parent / "shared" / "bench" / "gen_corpus.py"
CORPORA = ROOT / "bench" / "corpora"
BINARY = pathlib.Path(os.environ.get("DOSSIER_BINARY", ROOT / ".build" / "release" / "dossier"))
FLOOR = ROOT / ".build" / "cmark_floor"


def run(command, **kwargs):
    """Wall seconds, peak RSS (MiB) and CPU seconds (user + system) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(map(str, command))} exited {code}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


# The v2 content format: interfaces, risk scores and method, labeling,
# verification kinds, as the tool reads today.
SPEC = "2"
SBOM_CORPUS_SIZE = 1000


def corpus(size, seed):
    folder = CORPORA / f"c{size}-s{seed}-v{SPEC}"
    if not (folder / "dossier.yml").exists():
        print(f"generating {size} items …", file=sys.stderr)
        subprocess.run([sys.executable, str(GENERATOR), str(folder), "--items", str(size), "--seed", str(seed),
                        "--spec", SPEC], check=True, stdout=subprocess.DEVNULL)
    return folder


def read_floor(folder):
    start = time.perf_counter()
    for path in folder.rglob("*"):
        if path.is_file():
            path.read_bytes()
    return time.perf_counter() - start


def cmark_floor(folder):
    files = "\n".join(str(p) for p in sorted(folder.rglob("*.md"))) + "\n"
    start = time.perf_counter()
    subprocess.run([str(FLOOR)], input=files.encode(), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def write_floor(output):
    """The file-system work of any build of this output: the same files, at
    the same paths and sizes, written into a fresh folder that is swapped in
    for the previous one, which is then removed."""
    files = [(path.relative_to(output), path.stat().st_size) for path in output.rglob("*") if path.is_file()]
    target = output.parent / "floor-output"
    staging = output.parent / ".floor-output.staging"
    retired = output.parent / ".floor-output.retired"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(retired, ignore_errors=True)
    start = time.perf_counter()
    folders = set()
    for relative, size in files:
        path = staging / relative
        if path.parent not in folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(descriptor, bytes(size))
        os.close(descriptor)
    if target.exists():
        os.rename(target, retired)
    os.rename(staging, target)
    shutil.rmtree(retired, ignore_errors=True)
    return time.perf_counter() - start


def changed_repository(size, seed):
    """A git repository holding the corpus as `content/`, with a second
    commit that edits the body of every 20th item: 5 % changed."""
    repository = CORPORA / f"git-c{size}-s{seed}"
    if (repository / ".git").exists():
        return repository
    shutil.rmtree(repository, ignore_errors=True)
    repository.mkdir(parents=True)
    shutil.copytree(corpus(size, seed), repository / "content")
    def git(*arguments):
        subprocess.run(["git", "-C", str(repository), "-c", "user.name=bench", "-c", "user.email=bench@example.com",
                        *arguments], check=True, stdout=subprocess.DEVNULL)
    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "baseline")
    for path in sorted((repository / "content").rglob("*.md"))[::20]:
        with path.open("a", encoding="utf-8") as file:
            file.write("\nReviewed again for the next revision.\n")
    git("commit", "-q", "-a", "-m", "5 % of the items changed")
    return repository


def sbom_corpus(size, seed, components):
    """A copy of the corpus with a generated SBOM and a few `component` items,
    made again whenever the SBOM generator changes."""
    folder = CORPORA / f"c{size}-s{seed}-v{SPEC}-sbom{components}"
    sbom = folder / "sbom" / "product.cdx.json"
    generator = pathlib.Path(__file__).with_name("gen_sbom.py")
    if not sbom.exists() or sbom.stat().st_mtime < generator.stat().st_mtime:
        print(f"generating an SBOM of {components} components …", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(corpus(size, seed), folder)
        add_sbom(folder, components, seed)
    return folder


def interleaved(rounds, first, second):
    """Median wall and CPU seconds of two commands run in turn, each going
    first every other round, so that drift of the machine hits both alike."""
    results = ([], [])
    for number in range(rounds):
        order = (0, 1) if number % 2 == 0 else (1, 0)
        for which in order:
            results[which].append((first, second)[which]())
    return [(statistics.median(r[0] for r in runs), statistics.median(r[2] for r in runs)) for runs in results]


def build_and_write_floor(runs, folder, output):
    """Builds and write floors taken in turn, each going first every other
    round. The cost of creating files on this disk depends on how many were
    deleted in the minutes before (ext4 skips recently freed inodes one by
    one), so a floor measured after a series of builds, or a build after a
    series of floors, is measured on another disk than its partner."""
    build = lambda: run([str(BINARY), "build", "--content", str(folder), "--output", str(output)])
    build()  # the floor copies the files of a build; its first round has no previous folder to remove
    write_floor(output)
    builds, floors = [], []
    for number in range(runs):
        if number % 2 == 0:
            floors.append(write_floor(output))
            builds.append(build())
        else:
            builds.append(build())
            floors.append(write_floor(output))
    return ((statistics.median(r[0] for r in builds), max(r[1] for r in builds), statistics.median(r[2] for r in builds)),
            statistics.median(floors))


def median_of(runs, measure):
    results = [measure() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (3 above 50,000 items)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--diff-size", type=int, default=10000, help="items of the diff measurement (0: none)")
    parser.add_argument("--sbom-size", type=int, default=5000,
                        help="components of the SBOM added to the 1,000-item corpus (0: no SBOM measurement)")
    parser.add_argument("--preview-sizes", default="1000,10000",
                        help="corpus sizes of the live-preview measurement (empty: none)")
    parser.add_argument("--preview-edits", type=int, default=40)
    parser.add_argument("--memory-edits", type=int, default=500,
                        help="edits after which the preview's memory is read again (at the largest preview size)")
    args = parser.parse_args()
    if not GENERATOR.exists():
        sys.exit(f"corpus generator not found at {GENERATOR}")
    output = ROOT / "bench" / "output"
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        folder = corpus(size, args.seed)
        runs = args.runs if size <= 50_000 else min(args.runs, 3)
        print(f"measuring {size} items, {runs} runs …", file=sys.stderr)
        read_floor(folder)  # warm the page cache once
        reading = statistics.median(read_floor(folder) for _ in range(runs))
        rendering = statistics.median(cmark_floor(folder) for _ in range(runs))
        check = median_of(runs, lambda: run([str(BINARY), "check", "--content", str(folder), "--fail-on", "never"]))
        build, writing = build_and_write_floor(runs, folder, output)
        shutil.rmtree(output.parent / "floor-output", ignore_errors=True)
        rows.append((size, reading, rendering, writing, check, build))

    # The build's CPU (user + system) per item too: a build overlaps creating
    # files with rendering, so wall time less the write floor understates
    # its own cost the more, the slower the disk.
    header = ("| items | read floor | cmark floor | write floor | check median | check RSS | check µs/item "
              "| build median | build RSS | build µs/item | build CPU µs/item | build ÷ floors |")
    lines = [header, "|" + "---|" * 12]
    for size, reading, rendering, writing, (check, check_rss), (build, build_rss, build_cpu) in rows:
        lines.append(f"| {size:,} | {reading:.3f} s | {rendering:.3f} s | {writing:.3f} s | {check:.3f} s "
                     f"| {check_rss:.0f} MiB | {check / size * 1e6:.0f} | {build:.3f} s | {build_rss:.0f} MiB "
                     f"| {build / size * 1e6:.0f} | {build_cpu / size * 1e6:.0f} "
                     f"| {build / (reading + rendering + writing):.2f}× |")
    if args.diff_size:
        repository = changed_repository(args.diff_size, args.seed)
        content = str(repository / "content")
        print(f"measuring diff on {args.diff_size} items, {args.runs} runs …", file=sys.stderr)
        check, _ = median_of(args.runs, lambda: run([str(BINARY), "check", "--content", content, "--fail-on", "never"]))
        diff, diff_rss = median_of(args.runs, lambda: run([str(BINARY), "diff", "--content", content,
                                                            "--baseline", "HEAD~1", "--format", "json"]))
        lines += ["", "| items | changed | check median | diff --baseline HEAD~1 median | diff RSS | diff ÷ check |",
                  "|---|---|---|---|---|---|",
                  f"| {args.diff_size:,} | 5 % | {check:.3f} s | {diff:.3f} s | {diff_rss:.0f} MiB | {diff / check:.2f}× |"]
    if args.sbom_size:
        # 1,000 items: the SBOM's cost does not grow with the items, and a
        # 0.2 s check varies less between runs than the 1.3 s one of 10,000.
        plain = corpus(SBOM_CORPUS_SIZE, args.seed)
        with_sbom = sbom_corpus(SBOM_CORPUS_SIZE, args.seed, args.sbom_size)
        rounds = max(args.runs, 9)
        print(f"measuring an SBOM of {args.sbom_size:,} components, {rounds} rounds …", file=sys.stderr)
        def check(folder):
            return lambda: run([str(BINARY), "check", "--content", str(folder), "--fail-on", "never"])
        (without, without_cpu), (with_, with_cpu) = interleaved(rounds, check(plain), check(with_sbom))
        # CPU time too: on a shared machine the wall time also counts waiting for a core.
        lines += ["", "| items | SBOM components | check without | check with | SBOM adds (budget 0.2 s) "
                  "| CPU without | CPU with | SBOM adds CPU |", "|---|---|---|---|---|---|---|---|",
                  f"| {SBOM_CORPUS_SIZE:,} | {args.sbom_size:,} | {without:.3f} s | {with_:.3f} s "
                  f"| {with_ - without:.3f} s | {without_cpu:.3f} s | {with_cpu:.3f} s | {with_cpu - without_cpu:.3f} s |"]
        print(f"SBOM adds {with_ - without:.3f} s (budget 0.2 s), {with_cpu - without_cpu:.3f} s CPU", file=sys.stderr)
    preview_sizes = [int(s) for s in args.preview_sizes.split(",") if s]
    if preview_sizes:
        lines += ["", "| items | preview p50 | p95 | max | RSS settled | RSS after more edits |", "|---|---|---|---|---|---|"]
    for size in preview_sizes:
        memory_edits = args.memory_edits if size == max(preview_sizes) else 0
        print(f"measuring the preview at {size} items, {args.preview_edits} edits (+{memory_edits}) …",
              file=sys.stderr)
        result = preview.measure(corpus(size, args.seed), args.preview_edits, memory_edits)
        after = (f"{result['after']:.0f} MiB after {memory_edits} ({(result['after'] / result['settled'] - 1) * 100:+.1f} %)"
                 if memory_edits else "–")
        lines.append(f"| {size:,} | {result['p50'] * 1000:.0f} ms | {result['p95'] * 1000:.0f} ms "
                     f"| {result['max'] * 1000:.0f} ms | {result['settled']:.0f} MiB | {after} |")
    table = "\n".join(lines)
    print(table)
    machine = f"{os.cpu_count()} cores, {subprocess.run(['uname', '-m'], capture_output=True, text=True).stdout.strip()}"
    (ROOT / "bench" / "results.md").write_text(
        f"# Benchmark results\n\nRelease build, medians of {args.runs} runs (3 above 50,000 items), seed {args.seed}, "
        f"{machine}. Written by `make bench`.\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
