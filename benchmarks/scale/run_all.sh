#!/usr/bin/env bash
# The scale figures of docs/scale.md, from the repo root: bash benchmarks/scale/run_all.sh [WORKDIR]
# Needs ~3 GB of disk in WORKDIR and, on 2 cores, about an hour.
set -euo pipefail
W=${1:-/tmp/kg-scale}
PY=${PY:-.venv/bin/python}
R=$W/results.jsonl
mkdir -p "$W"
[ -s "$W/c100k.jsonl" ] || $PY benchmarks/scale/make_corpus.py --articles 100000 -o "$W/c100k.jsonl"
head -n 10000 "$W/c100k.jsonl" > "$W/c10k.jsonl"
head -n 2000 "$W/c100k.jsonl" > "$W/c2k.jsonl"
$PY benchmarks/scale/bench.py build --corpus "$W/c10k.jsonl" --workers 1 2 --gold --results "$R"
$PY benchmarks/scale/bench.py build --corpus "$W/c100k.jsonl" --workers 2 --keep "$W/g100k" --results "$R"
$PY benchmarks/scale/bench.py into --graph "$W/g100k" --first 100000 --articles 100 --workers 2 --copy --results "$R"
$PY benchmarks/scale/bench.py into --graph "$W/g100k" --first 100000 --articles 100 --workers 1 --copy --results "$R"
# The same map step on Dask distributed: a scheduler and 2 single-threaded worker processes on loopback.
.venv/bin/dask scheduler --host 127.0.0.1 --port 8786 --no-dashboard > "$W/scheduler.log" 2>&1 &
SCHED=$!
.venv/bin/dask worker tcp://127.0.0.1:8786 --nworkers 2 --nthreads 1 --no-dashboard > "$W/workers.log" 2>&1 &
WORKERS=$!
sleep 8
$PY benchmarks/scale/bench.py build --corpus "$W/c2k.jsonl" --workers 2 --scheduler tcp://127.0.0.1:8786 --results "$R"
kill $WORKERS; wait $WORKERS || true
kill $SCHED; wait $SCHED || true
$PY benchmarks/scale/bench.py table "$R"
