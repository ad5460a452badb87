"""Start-up: `import kg.pipeline` and `kg build` of one short article, each in a fresh process.

    .venv/bin/python benchmarks/startup.py                         # this checkout, 5 rounds
    .venv/bin/python benchmarks/startup.py --repo /path/to/other   # also another checkout, interleaved

Per round and checkout: the wall time of `python -c "import kg.pipeline"` measured inside the
process (perf_counter around the import), and the wall time of a whole `kg build ARTICLE --out
TMP --quiet` process, with what kg keeps on disk between runs (kg.memo.disk_cached) already there
("warm": every run after the first) and, once per checkout, with an empty cache directory
("first run"). Checkouts are run alternately in each round, so that both see the same load;
medians are printed with the load average before and after, and the CPU seconds (user + system)
of the build processes, which other processes on a busy machine distort less than wall time.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = REPO.parent / "shared" / "corpus" / "dev" / "afr_01.txt"
IMPORT = "import time; t = time.perf_counter(); import kg.pipeline; print(time.perf_counter() - t)"


def _env(repo: Path, cache: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(repo), KG_CACHE_DIR=str(cache))
    env.pop("KG_DISK_CACHE", None)
    return env


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _run(cmd: list[str], repo: Path, cache: Path) -> tuple[float, str, float]:
    """(wall seconds, stdout, CPU seconds) of one process."""
    cpu = _cpu()
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=repo, env=_env(repo, cache), capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed in {repo}:\n{proc.stdout}\n{proc.stderr}")
    return wall, proc.stdout, _cpu() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", action="append", default=[], help="another checkout to measure alongside this one")
    ap.add_argument("--article", default=str(DEFAULT_ARTICLE))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    repos = [REPO] + [Path(r).resolve() for r in args.repo]
    load_before = os.getloadavg()
    results = {str(r): {"import_s": [], "build_s": [], "build_cpu_s": [], "first_build_s": None} for r in repos}
    with tempfile.TemporaryDirectory() as tmp:
        caches = {r: Path(tmp) / f"cache{k}" for k, r in enumerate(repos)}
        build = [args.python, "-m", "kg.cli", "build", args.article, "--out", str(Path(tmp) / "out"), "--quiet"]
        for r in repos:                                     # first run: empty cache directory
            results[str(r)]["first_build_s"] = round(_run(build, r, caches[r])[0], 3)
        for _ in range(args.rounds):
            for r in repos:
                wall, out, _ = _run([args.python, "-c", IMPORT], r, caches[r])
                results[str(r)]["import_s"].append(float(out.strip()))
                wall, _, cpu = _run(build, r, caches[r])
                results[str(r)]["build_s"].append(wall)
                results[str(r)]["build_cpu_s"].append(cpu)
    summary = {"article": args.article, "rounds": args.rounds,
               "load_before": [round(x, 2) for x in load_before],
               "load_after": [round(x, 2) for x in os.getloadavg()], "checkouts": {}}
    for r, res in results.items():
        summary["checkouts"][r] = {
            "import_kg_pipeline_median_s": round(statistics.median(res["import_s"]), 3),
            "kg_build_one_article_median_s": round(statistics.median(res["build_s"]), 3),
            "kg_build_one_article_median_cpu_s": round(statistics.median(res["build_cpu_s"]), 3),
            "kg_build_first_run_s": res["first_build_s"],
            "import_s": [round(x, 3) for x in res["import_s"]],
            "build_s": [round(x, 3) for x in res["build_s"]],
        }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
