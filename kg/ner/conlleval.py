"""Entity-level exact-span scoring with the chunk rules of the CoNLL-2000 ``conlleval`` script.

A chunk starts at B- (or S-), at I-/E- whose type differs from the previous tag's or follows O;
it ends where the next tag starts a new chunk, is O, or has another type. A predicted chunk is
correct only if a gold chunk has the same type, start and end.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Chunk:
    type: str
    start: int          # first token index
    end: int            # one past the last token


@dataclass(frozen=True)
class ClassScore:
    type: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    per_class: tuple[ClassScore, ...]
    micro: ClassScore                 # over the classes asked for
    tokens: int
    token_accuracy: float

    def score(self, cls: str) -> ClassScore:
        for s in self.per_class:
            if s.type == cls:
                return s
        return ClassScore(cls, 0, 0, 0)


def _split(tag: str) -> tuple[str, str]:
    if tag in ("O", "", "-X-") or "-" not in tag:
        return "O", ""
    prefix, _, typ = tag.partition("-")
    return prefix, typ


def _ends(prev_prefix, prev_type, prefix, typ) -> bool:
    """conlleval's endOfChunk(prevTag, tag, prevType, type)."""
    if prev_prefix in ("E", "S"):
        return True
    if prev_prefix in ("B", "I") and (prefix in ("B", "S", "O") or typ != prev_type):
        return True
    return False


def _starts(prev_prefix, prev_type, prefix, typ) -> bool:
    """conlleval's startOfChunk(prevTag, tag, prevType, type)."""
    if prefix in ("B", "S"):
        return True
    if prefix in ("I", "E") and (prev_prefix in ("E", "S", "O") or typ != prev_type):
        return True
    return False


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """Chunks of one tag sequence (IOB1, IOB2 or IOBES)."""
    out: list[Chunk] = []
    start = None
    prev_prefix, prev_type = "O", ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" and prev_prefix == "O":
            continue                      # nothing ends or starts between two O's (most tags)
        prefix, typ = _split(tag)
        if start is not None and _ends(prev_prefix, prev_type, prefix, typ):
            out.append(Chunk(prev_type, start, i))
            start = None
        if _starts(prev_prefix, prev_type, prefix, typ):
            start = i
        prev_prefix, prev_type = prefix, typ
    return out


def evaluate(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]],
             classes: Sequence[str] | None = None) -> Report:
    """Score sentence-aligned gold and predicted tag sequences; micro average over ``classes``
    (all classes seen when None). Per-class rows cover every class seen."""
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    n_ok: Counter = Counter()
    tokens = same = 0
    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence lengths differ: {len(g)} gold tags vs {len(p)} predicted")
        gc, pc = chunks(g), chunks(p)
        n_gold.update(c.type for c in gc)
        n_pred.update(c.type for c in pc)
        n_ok.update(c.type for c in set(gc) & set(pc))
        tokens += len(g)
        same += sum(a == b for a, b in zip(g, p))
    seen = sorted(set(n_gold) | set(n_pred))
    rows = tuple(ClassScore(t, n_gold[t], n_pred[t], n_ok[t]) for t in seen)
    pool = seen if classes is None else list(classes)
    micro = ClassScore("micro", sum(n_gold[t] for t in pool), sum(n_pred[t] for t in pool),
                       sum(n_ok[t] for t in pool))
    return Report(rows, micro, tokens, same / tokens if tokens else 0.0)


def format_report(report: Report, classes: Sequence[str] | None = None) -> str:
    """A conlleval-like table: one row per class, then the micro average."""
    lines = [f"{'class':<8} {'gold':>6} {'pred':>6} {'ok':>6} {'P':>7} {'R':>7} {'F1':>7}"]
    rows = [r for r in report.per_class if classes is None or r.type in classes]
    if classes is not None:
        rows = [report.score(c) for c in classes]
    for r in [*rows, report.micro]:
        lines.append(f"{r.type:<8} {r.gold:>6} {r.predicted:>6} {r.correct:>6} "
                     f"{100 * r.precision:>7.2f} {100 * r.recall:>7.2f} {100 * r.f1:>7.2f}")
    lines.append(f"tokens {report.tokens}, token accuracy {100 * report.token_accuracy:.2f}%")
    return "\n".join(lines)
