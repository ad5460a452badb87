"""NER speed on one core: tokens per second of kg.ner.recognise on raw text, and the model's size.

Usage: python benchmarks/ner_speed.py [TEXT_FILE ...] [--seconds N]
Without files it times ANERcorp test's tokens (../shared, joined back into text) when present,
else a built-in paragraph repeated. The model is loaded and run once on a short text of our own
before timing starts (one-off start-up: loading, the fast scorer, compiled loops); then every
per-word cache is emptied, so the first timed round ("cold") sees every word for the first time.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

_SHARED_TEST = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ner" / "ANERCorp_CamelLab_test.txt"
_OWN_TEXT = ("أعلن وزير الخارجية سامي الحداد في مؤتمر صحفي عقده في عمّان أمس أن وفداً من جامعة الدول العربية "
             "سيزور بغداد ودمشق الأسبوع المقبل. وقال المتحدث باسم الحكومة إن الجيش انسحب من بلدة الرمادي. ")


def _texts(files: list[str]) -> list[str]:
    if files:
        return [Path(f).read_text(encoding="utf-8") for f in files]
    if _SHARED_TEST.is_file():
        sentences, words = [], []
        for line in _SHARED_TEST.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split()[0])
            elif words:
                sentences.append(" ".join(words))
                words = []
        return ["\n".join(sentences[i:i + 20]) for i in range(0, len(sentences), 20)]
    return [_OWN_TEXT * 50] * 20


def _forget_words(model, features, gazetteer, text_mod) -> None:
    """Empty every per-word-form cache, so that the first timed round sees only new words."""
    for name in ("word_features", "_evidence_parts", "_cue_class"):
        if hasattr(getattr(features, name, None), "cache_clear"):
            getattr(features, name).cache_clear()
    for cached in (text_mod.normalise, text_mod.split_proclitics, getattr(gazetteer, "_folded_bases", None)):
        if cached is not None:
            cached.cache_clear()
    for gaz in model.gazetteers.values():
        gaz._starts.clear()
    if getattr(model, "fast", None) is not None:
        model.fast._reset()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum timing duration")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})     # one core

    from kg.ner import recognise
    from kg.ner.model import default_model_path, load
    from kg.ner.text import tokenise

    from kg.ner import features, gazetteer, text as text_mod

    model = load()
    recognise(_OWN_TEXT, model)            # one-off start-up (fast scorer, compiled loops) outside the timing
    texts = _texts(args.files)
    n_tokens = sum(len(tokenise(t)) for t in texts)
    _forget_words(model, features, gazetteer, text_mod)                # first round: every word is new
    started = time.perf_counter()
    for t in texts:
        recognise(t, model)
    cold = n_tokens / (time.perf_counter() - started)
    rounds, spans, started = 0, 0, time.perf_counter()
    while True:
        for t in texts:
            spans += len(recognise(t, model))
        rounds += 1
        elapsed = time.perf_counter() - started
        if elapsed >= args.seconds:
            break
    path = default_model_path()
    size = path.stat().st_size + path.with_name(path.name + ".json").stat().st_size
    print(f"{cold:,.0f} tokens/s on one core, first pass (empty word caches)")
    print(f"{rounds * n_tokens / elapsed:,.0f} tokens/s on one core, steady state "
          f"({rounds} x {n_tokens} tokens, {spans // rounds} spans per round, {elapsed:.1f}s)")
    print(f"model {path.name}: {path.stat().st_size / 1e6:.2f} MB + metadata "
          f"{(size - path.stat().st_size) / 1e6:.2f} MB = {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
