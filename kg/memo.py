"""A dict that computes a missing key's value: the per-token caches of the pipeline's hot loops."""
from __future__ import annotations


class Memo(dict):
    """``memo[key]`` computes and keeps a missing key's value (at most ``limit`` of them), so that
    lookups of known keys stay at C speed, even as ``map(memo.__getitem__, keys)``."""
    __slots__ = ("compute", "limit")

    def __init__(self, compute, limit: int = 500_000):
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key):
        value = self.compute(key)
        if len(self) < self.limit:
            self[key] = value
        return value
