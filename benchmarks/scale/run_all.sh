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
$PY benchmarks/scale/bench.py build --corpus "$W/c2k.jsonl" --workers 1 2 --gold --results "$R"
$PY benchmarks/scale/bench.py build --corpus "$W/c10k.jsonl" --workers 2 --results "$R"
$PY benchmarks/scale/bench.py build --corpus "$W/c100k.jsonl" --workers 2 --keep "$W/g100k" --results "$R"
$PY benchmarks/scale/bench.py into --graph "$W/g100k" --first 100000 --articles 100 --workers 2 --copy --results "$R"
$PY benchmarks/scale/bench.py into --graph "$W/g100k" --first 100000 --articles 100 --workers 1 --copy --results "$R"
$PY benchmarks/scale/bench.py table "$R"
