"""Fast inference for the shipped CRF: the same model, scored without building feature strings.

crfsuite spends most of its tagging time turning each position's ~25 feature strings into
attribute ids, and the pipeline spends as long again building those strings. But a position's
features are the union of a few groups that depend on one word form each (its own features, and
what it shows to its neighbours at -2, -1, +1, +2), on a pair of stems, and on the name-list tags
around it. A CRF's state score is a sum of weights over features, so each group's weight vector is
computed once per distinct word form (or pair, or tag pattern) and a sentence's state scores are
one gather-and-sum over cached rows. Viterbi and the forward-backward marginals then run on whole
articles at once: in numba-compiled loops once a process has decoded COMPILE_AFTER_TOKENS tokens
(or when ``compiled_decoder()`` is called, as a build with worker processes does before forking),
before that with numpy (sentences batched, longest first). Importing numba and loading its cached
machine code costs ~1 s, more than a small build's whole decoding; the numpy path does the same
floating-point operations in the same order (``exp`` from the C library, sums left to right), so
the two give the same bits and a result never depends on which one ran (tests compare them).

The weights come from crfsuite's own dump of the model (rounded to 6 decimals there). ``check``
compares the cached scores with the scores of the feature strings crfsuite is given, on sample
sentences, so a change to features.py that this module does not mirror is caught when the model
loads (it then tags with crfsuite) and by the tests, which also compare tags with crfsuite's.
"""
from __future__ import annotations

import itertools
import math
from typing import Sequence

import numpy as np

from kg.memo import Memo
from kg.ner.features import EVIDENCE_FLAGS, _evidence_parts, _lent_features, word_features

_OFFSETS = (-2, -1, 1, 2)
#: Tokens a process decodes with numpy before it loads the compiled decoder (~50 articles of 400 words).
COMPILE_AFTER_TOKENS = 20_000


#: Columns of FastCrf._info before the name lists' (see FastCrf._new_word).
_INFO_COLUMNS = 6
#: The non-local features' flags, in the order nonlocal_features lists them, as bits.
_FLAGS = EVIDENCE_FLAGS
_FLAG_BIT = {flag: k for k, flag in enumerate(_FLAGS)}
_FLAG_SHIFTS = np.arange(len(_FLAGS), dtype=np.intp)


def _bits(flags: tuple[str, ...]) -> int:
    return sum(1 << _FLAG_BIT[f] for f in flags)


class _Rows:
    """A growing matrix of weight vectors; row 0 is all zeros (a group with no known feature)."""

    def __init__(self, width: int):
        self.width = width
        self.matrix = np.zeros((1024, width))
        self.size = 1

    def add(self, vector: np.ndarray) -> int:
        if self.size == len(self.matrix):
            self.matrix = np.concatenate([self.matrix, np.zeros_like(self.matrix)])
        self.matrix[self.size] = vector
        self.size += 1
        return self.size - 1


class FastCrf:
    """State scores from cached per-word rows, batched Viterbi and marginals.

    ``weights``: attribute -> {label: weight}; ``transitions``: (from, to) -> weight; ``labels`` in
    crfsuite's order. ``gazetteers`` and ``vocabulary`` as given to ``sequence_features``.
    """

    #: Rows kept before every cache starts afresh (23 labels x 8 bytes: ~55 MB). News vocabularies
    #: keep growing; this keeps a long build's memory flat at the cost of re-scoring some words.
    MAX_ROWS = 300_000

    def __init__(self, labels: Sequence[str], weights: dict[tuple[str, str], float],
                 transitions: dict[tuple[str, str], float], gazetteers: dict, vocabulary: frozenset[str] | None):
        self.labels = list(labels)
        index = {label: k for k, label in enumerate(self.labels)}
        width = len(self.labels)
        self.trans = np.zeros((width, width))
        for (a, b), w in transitions.items():
            self.trans[index[a], index[b]] = w
        self.exp_trans = np.exp(self.trans)
        self._attributes: dict[str, int] = {}           # attribute -> its row of weights
        attrs = self._attributes
        rows = [attrs.setdefault(attr, len(attrs)) for attr, _ in weights]
        self._weights = np.zeros((len(attrs), width))
        np.add.at(self._weights, (np.array(rows, dtype=np.intp),
                                  np.array([index[label] for _, label in weights], dtype=np.intp)),
                  np.fromiter(weights.values(), dtype=float, count=len(weights)))
        self.gazetteers = gazetteers
        self.vocabulary = vocabulary
        self.bias = np.zeros(width)               # added to the state scores at decoding (see set_begin_bias)
        self._reset()
        self.outside = self.labels.index("O") if "O" in self.labels else -1

    def __getstate__(self) -> dict:
        """The weights, without the per-word caches (rebuilt as words come) and without the gazetteers
        and vocabulary, which are the NER model's: ``with_features`` gives them back."""
        keep = ("labels", "trans", "exp_trans", "_attributes", "_weights", "bias", "outside")
        return {k: self.__dict__[k] for k in keep}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, gazetteers=None, vocabulary=None)
        self._reset()

    def with_features(self, gazetteers: dict, vocabulary: frozenset[str] | None) -> "FastCrf":
        """This scorer, computing its features with ``gazetteers`` and ``vocabulary`` (see __init__)."""
        self.gazetteers, self.vocabulary = gazetteers, vocabulary
        self._reset()
        return self

    def _reset(self) -> None:
        """Empty every cache and the row store (rows are only valid with the caches that point at them)."""
        width = len(self.labels)
        self.rows = _Rows(width)
        self._word_ids: dict[str, int] = Memo(self._new_word)      # word form -> its id (a row of _info)
        self._info = np.zeros((1024, _INFO_COLUMNS + len(self.gazetteers or ())), dtype=np.intp)
        self._norms: list[str] = []                                # per word id
        self._starts: list[list[tuple]] = [[] for _ in (self.gazetteers or ())]   # per name list, per word id
        self._stem_ids: dict[str, int] = {}                        # stem -> id, for the non-local features
        self._gaz_rows: dict[tuple, int] = {}
        self._extra_rows: dict[tuple[str, ...], int] = {}
        self._lent_rows: dict[int, int] = Memo(self._new_lent)     # (count, flags) key -> row
        self._edge_rows = {}
        for bos in (False, True):
            for eos in (False, True):
                feats = ["bias"] + (["BOS"] if bos else []) + (["EOS"] if eos else [])
                self._edge_rows[bos, eos] = self._row(feats)
        self._pairs()

    def _pairs(self) -> None:
        """The stem pairs the model knows, as sorted integer keys (left id x stems + right id, ids
        of the stems that occur in a known pair, from 1), and per key its two weight rows ('s-1|s',
        seen from the right word, and 's|s+1', from the left) in ``_pair_matrix`` (row 0: zeros)."""
        prefixes = ("s-1|s=", "s|s+1=")
        found: dict[tuple[str, str], list[int]] = {}
        for attr, row in self._attributes.items():
            for side, prefix in enumerate(prefixes):
                if attr.startswith(prefix):
                    rest = attr[len(prefix):]
                    # every split at a '|' is a pair whose feature string this is
                    for cut in (k for k, c in enumerate(rest) if c == "|"):
                        found.setdefault((rest[:cut], rest[cut + 1:]), [-1, -1])[side] = row
        stems = sorted({stem for pair in found for stem in pair})
        self._pair_stem = {stem: k + 1 for k, stem in enumerate(stems)}
        self._pair_base = len(stems) + 1
        keys = sorted((self._pair_stem[a] * self._pair_base + self._pair_stem[b], rows) for (a, b), rows in found.items())
        self._pair_keys = np.array([k for k, _ in keys], dtype=np.int64)
        weight_rows = sorted({r for _, rows in keys for r in rows if r >= 0})
        where = {r: k + 1 for k, r in enumerate(weight_rows)}
        self._pair_matrix = np.zeros((len(weight_rows) + 1, len(self.labels)))
        if weight_rows:
            self._pair_matrix[1:] = self._weights[weight_rows]
        self._pair_rows = np.array([[where.get(r, 0) for r in rows] for _, rows in keys] or np.zeros((0, 2)),
                                   dtype=np.intp).reshape(-1, 2)

    def set_begin_bias(self, value: float) -> None:
        """Add ``value`` to every B- label's score when decoding (a prior toward starting a name)."""
        self.bias = np.array([value if label.startswith("B-") else 0.0 for label in self.labels])

    @classmethod
    def from_tagger(cls, tagger, gazetteers, vocabulary) -> "FastCrf":
        transitions, state_features = _read_dump(tagger)
        return cls(tagger.labels(), state_features, transitions, gazetteers, vocabulary)

    # ------------------------------------------------------------------ state scores

    def _vector(self, feats) -> np.ndarray | None:
        """Sum of the weights of the features the model knows (None: it knows none)."""
        attrs, weights = self._attributes, self._weights
        total = None
        for f in feats:
            row = attrs.get(f)
            if row is not None:
                if total is None:
                    total = weights[row].copy()
                else:
                    total += weights[row]         # a few small adds: cheaper than a gather and a sum
        return total

    def _row(self, feats) -> int:
        vec = self._vector(feats)
        return 0 if vec is None else self.rows.add(vec)

    def _rows_block(self, groups) -> int:
        """Consecutive rows, one per feature group (zeros where none is known); the first's index."""
        first = self.rows.size
        for feats in groups:
            vec = self._vector(feats)
            self.rows.add(np.zeros(self.rows.width) if vec is None else vec)
        return first

    def _new_word(self, word: str) -> int:
        """A new word form's id: its row of ``_info`` holds the first of its 5 rows (own features,
        then as seen from -2, -1, +1, +2), its stem's id among the stems of known pairs (0: none),
        what it brings to the non-local features (its stem's id or -1, its own flags, the flags
        it lends to the next and to the previous word, as bits of _FLAG_BIT) and, per name list,
        whether a name may start at it."""
        own, context, norm, stem = word_features(word)
        oov = self.vocabulary is not None and norm not in self.vocabulary and own[3] == "sh=arabic"
        own_feats = (*own[1:], "oov") if oov else own
        ctx = [context[off] + ((f"oov{off:+d}",) if oov and abs(off) == 1 else ()) for off in _OFFSETS]
        first = self._rows_block([own_feats, *ctx])
        key, own_flags, to_next, to_previous = _evidence_parts(word)
        key_id = -1 if key is None else self._stem_ids.setdefault(key, len(self._stem_ids))
        ident = len(self._norms)
        if ident == len(self._info):
            self._info = np.concatenate([self._info, np.zeros_like(self._info)])
        row = [first, self._pair_stem.get(stem, 0), key_id, _bits(own_flags), _bits(to_next), _bits(to_previous)]
        for k, gazetteer in enumerate((self.gazetteers or {}).values()):
            nodes = gazetteer._nodes_starting(norm)
            self._starts[k].append(nodes)
            row.append(1 if nodes else 0)
        self._info[ident] = row
        self._norms.append(norm)
        return ident

    def _new_lent(self, key: int) -> int:
        """The row of the non-local features of a (count, flags) key (see _nonlocal_column)."""
        n, flags = divmod(key, 1 << len(_FLAGS))
        return self._extra(_lent_features(n, tuple(f for k, f in enumerate(_FLAGS) if flags >> k & 1)))

    def _extra(self, feats: tuple[str, ...]) -> int:
        row = self._extra_rows.get(feats)
        if row is None:
            row = self._extra_rows[feats] = self._row(feats)
        return row

    def _gaz(self, name: str, here, before, after) -> int:
        key = (name, here, before, after)
        row = self._gaz_rows.get(key)
        if row is None:
            feats = []
            if here:
                feats += [f"{name}={here}", f"{name}c={here[2:]}"]
            if before:
                feats.append(f"{name}-1={before}")
            if after:
                feats.append(f"{name}+1={after}")
            row = self._gaz_rows[key] = self._row(feats)
        return row

    def flat_scores(self, sentences: Sequence[Sequence[str]],
                    extras: Sequence[Sequence[tuple[str, ...]]] | None = None,
                    window: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(total tokens x labels) state scores of the sentences one after another, and the sentence
        bounds (starts, then the end). Mirrors sequence_features (see ``check``). ``extras``: per
        sentence, per position, further feature strings (the document's non-local features);
        ``window``: instead, the non-local features of ``nonlocal_features(sentences, window)``,
        computed here from the words' cached flags."""
        if self.rows.size > self.MAX_ROWS:
            self._reset()
        lengths = np.fromiter((len(s) for s in sentences), dtype=np.intp, count=len(sentences))
        total = int(lengths.sum())
        bounds = np.zeros(len(sentences) + 1, dtype=np.int64)
        np.cumsum(lengths, out=bounds[1:])
        if total == 0:
            return np.zeros((0, len(self.labels))), bounds
        # the per-token look-up is one C-level map over the cache (a miss computes the entry)
        id_list = list(map(self._word_ids.__getitem__, itertools.chain.from_iterable(sentences)))
        info = self._info.take(np.array(id_list, dtype=np.intp), axis=0)
        base = info[:, 0]
        nonempty = lengths > 0
        first, last = np.zeros(total, dtype=bool), np.zeros(total, dtype=bool)
        first[bounds[:-1][nonempty]] = True
        last[bounds[1:][nonempty] - 1] = True
        # stem pairs: known only when both stems occur in a known pair and not across a sentence end
        stems = info[:, 1]
        keys = stems[:-1] * self._pair_base + stems[1:]
        at = np.minimum(np.searchsorted(self._pair_keys, keys), max(len(self._pair_keys) - 1, 0))
        known = (stems[:-1] != 0) & (stems[1:] != 0) & ~first[1:]
        if len(self._pair_keys):
            known &= self._pair_keys[at] == keys
        else:
            known[:] = False
        pair_rows = self._pair_rows[at[known]]
        from_left, from_right = np.zeros(total, dtype=np.intp), np.zeros(total, dtype=np.intp)
        from_left[1:][known] = pair_rows[:, 0]               # 's-1|s' at the right word
        from_right[:-1][known] = pair_rows[:, 1]             # 's|s+1' at the left word
        starts = bounds.tolist()
        gaz_columns = []
        norms = None
        inner_starts = None
        for g, (name, gazetteer) in enumerate((self.gazetteers or {}).items()):
            col = np.zeros(total, dtype=np.intp)
            candidates = np.flatnonzero(info[:, _INFO_COLUMNS + g]).tolist()
            if candidates:
                if norms is None:
                    norms = list(map(self._norms.__getitem__, id_list))
                    inner_starts = [s for s in starts[1:-1] if s < total]   # a name's neighbour is in its sentence
                nodes = self._starts[g]
                tags = gazetteer.tag_candidates(norms, starts, candidates, [nodes[id_list[i]] for i in candidates])
                hits = list(itertools.compress(range(total), tags))
                if hits:
                    before, after = [None, *tags[:-1]], [*tags[1:], None]
                    for s in inner_starts:
                        before[s] = after[s - 1] = None
                    marked = sorted(i for i in {i + d for i in hits for d in (-1, 0, 1)} if 0 <= i < total
                                    and (tags[i] or before[i] or after[i]))
                    col[marked] = [self._gaz(name, tags[i], before[i], after[i]) for i in marked]
            gaz_columns.append(col)
        if window is not None:
            gaz_columns.append(self._nonlocal_column(info, first, last, lengths, window))
        elif extras is not None:
            flat_extras = [feats for sentence in extras for feats in sentence]
            where = [i for i, feats in enumerate(flat_extras) if feats]
            if where:
                col = np.zeros(total, dtype=np.intp)
                col[where] = [self._extra(tuple(flat_extras[i])) for i in where]
                gaz_columns.append(col)
        gaz_columns = [col for col in gaz_columns if col is not None]
        edge = np.array([self._edge_rows[b, e] for b in (False, True) for e in (False, True)], dtype=np.intp)
        if _compiled:
            try:
                more = np.array(gaz_columns, dtype=np.intp).reshape(len(gaz_columns), total)
                return _compiled["assemble"](self.rows.matrix, self._pair_matrix, base, bounds, edge,
                                             from_left, from_right, more), bounds
            except Exception as exc:  # noqa: BLE001 - as in tag(): numpy gives the same bits
                _warn_once(f"compiled NER scorer failed ({type(exc).__name__}: {exc}); scoring with numpy")
        return self._assemble(base, lengths, bounds, first, last, edge, from_left, from_right, gaz_columns), bounds

    def _assemble(self, base, lengths, bounds, first, last, edge, from_left, from_right, more) -> np.ndarray:
        """The state scores: the sum of the rows of each token's columns (the edge row, its word's
        own row, its neighbours' rows at -2, -1, +1, +2 within the sentence, its stem pairs' rows,
        then the columns of ``more``), added in that order. _assemble_loops does the same adds."""
        total = len(base)
        sent_len = np.repeat(lengths, lengths)
        pos = np.arange(total) - np.repeat(bounds[:-1], lengths)
        columns = [edge[first * 2 + last], base]
        for k, off in enumerate(_OFFSETS):
            col = np.zeros(total, dtype=np.intp)
            if off < 0:
                col[-off:] = base[:off] + (k + 1)
            else:
                col[:-off] = base[off:] + (k + 1)
            col[(pos + off < 0) | (pos + off >= sent_len)] = 0
            columns.append(col)
        matrix = self.rows.matrix
        scores = matrix.take(columns[0], axis=0)
        for col in columns[1:]:
            scores += matrix.take(col, axis=0)     # one gather per column (take: half the time of matrix[col])
        scores += self._pair_matrix.take(from_left, axis=0)
        scores += self._pair_matrix.take(from_right, axis=0)
        for col in more:
            scores += matrix.take(col, axis=0)
        return scores

    def _nonlocal_column(self, info: np.ndarray, first: np.ndarray, last: np.ndarray, lengths: np.ndarray,
                         window: int) -> np.ndarray | None:
        """The rows of ``nonlocal_features(sentences, window)`` per token (0: none), from the words'
        stem ids and flag bits: each occurrence of a stem seen twice takes its flags and those its
        neighbours lend it; it gets the count of the occurrences within ``window`` sentences (at
        most 4) and the flags of those it lacks itself, when they are two or more."""
        total = len(info)
        key = info[:, 2]
        occ = np.flatnonzero(key >= 0)
        if len(occ) < 2:
            return None
        lent_by_previous = np.zeros(total, dtype=np.intp)
        lent_by_previous[1:] = info[:-1, 4]
        lent_by_previous[first] = 0
        lent_by_next = np.zeros(total, dtype=np.intp)
        lent_by_next[:-1] = info[1:, 5]
        lent_by_next[last] = 0
        occ = occ[np.argsort(key[occ], kind="stable")]       # by stem, each in text order
        group = key[occ]
        flags = info[occ, 3] | lent_by_previous[occ] | lent_by_next[occ]
        sentence = np.repeat(np.arange(len(lengths)), lengths)[occ]
        spread = len(lengths) + window + 1                   # keeps each stem's keys apart
        where = group * spread + sentence
        lo = np.searchsorted(where, where - window, side="left")
        hi = np.searchsorted(where, where + window, side="right")
        keep = hi - lo >= 2
        bits = (flags[:, None] >> _FLAG_SHIFTS) & 1
        running = np.zeros((len(flags) + 1, len(_FLAGS)), dtype=np.intp)
        np.cumsum(bits, axis=0, out=running[1:])
        present = ((running[hi] - running[lo]) > 0).astype(np.intp) @ (1 << _FLAG_SHIFTS)
        lent = np.minimum(hi - lo, 4) * (1 << len(_FLAGS)) + (present & ~flags)
        col = np.zeros(total, dtype=np.intp)
        col[occ[keep]] = list(map(self._lent_rows.__getitem__, lent[keep].tolist()))
        return col

    def state_scores(self, sentences: Sequence[Sequence[str]],
                     extras: Sequence[Sequence[tuple[str, ...]]] | None = None,
                     window: int | None = None) -> list[np.ndarray]:
        """(n x labels) state scores of each sentence."""
        scores, bounds = self.flat_scores(sentences, extras, window)
        return [scores[bounds[k]:bounds[k + 1]] for k in range(len(sentences))]

    def check(self, sentences: Sequence[Sequence[str]], reference: Sequence[Sequence[Sequence[str]]],
              extras=None, tolerance: float = 1e-6, window: int | None = None) -> bool:
        """Do the cached scores (with ``extras``, or the non-local features of ``window``) equal the
        scores of ``reference``, the feature strings crfsuite would be given for these sentences?"""
        for fast, feats in zip(self.state_scores(sentences, extras, window), reference):
            if len(fast) != len(feats):
                return False
            for i, position in enumerate(feats):
                slow = self._vector(position)
                slow = np.zeros(len(self.labels)) if slow is None else slow
                if not np.allclose(fast[i], slow, atol=tolerance):
                    return False
        return True

    # ------------------------------------------------------------------ decoding

    def tag(self, sentences: Sequence[Sequence[str]], marginals: bool = True,
            extras: Sequence[Sequence[tuple[str, ...]]] | None = None,
            window: int | None = None) -> list[tuple[list[str], list[float]]]:
        """Best label sequence of every sentence and, per token, the marginal probability of its
        label (1.0 for O, as crfsuite's caller did not ask it). ``extras`` or ``window``: the
        non-local features, as flat_scores."""
        global _decoded_tokens
        flat, bounds = self.flat_scores(sentences, extras, window)
        if self.bias.any():
            flat = flat + self.bias
        _decoded_tokens += len(flat)
        compiled = _compiled if _compiled is not None or _decoded_tokens <= COMPILE_AFTER_TOKENS \
            else compiled_decoder()
        if compiled:
            try:
                return self._tag_compiled(compiled, flat, bounds, marginals)
            except Exception as exc:  # noqa: BLE001 - e.g. numba's on-disk cache read while another process writes it
                _warn_once(f"compiled NER decoder failed ({type(exc).__name__}: {exc}); decoding with numpy")
        scores = [flat[bounds[k]:bounds[k + 1]] for k in range(len(sentences))]
        paths = _viterbi(scores, self.trans)
        probs = _path_marginals(scores, self.exp_trans, paths, self.outside) if marginals else [None] * len(scores)
        out = []
        for path, prob in zip(paths, probs):
            tags = [self.labels[k] for k in path]
            out.append((tags, [1.0] * len(tags) if prob is None else prob))
        return out

    def _tag_compiled(self, compiled: dict, flat: np.ndarray, bounds: np.ndarray, marginals: bool):
        path = compiled["viterbi"](flat, bounds, self.trans)
        labels, outside = self.labels, self.outside
        ks = path.tolist()
        tags = list(map(labels.__getitem__, ks))
        if marginals:
            probs = compiled["marginals"](flat, bounds, self.exp_trans, path, outside)
            probs[path == outside] = 1.0
            probs = probs.tolist()
        else:
            probs = [1.0] * len(ks)
        starts = bounds.tolist()
        return [(tags[a:b], probs[a:b]) for a, b in zip(starts[:-1], starts[1:])]


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _WARNED:
        _WARNED.add(message)
        import warnings
        warnings.warn(message, RuntimeWarning, stacklevel=3)


def _read_dump(tagger) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """(transitions, state features) of a crfsuite model, from its text dump: the same values as
    ``tagger.info()`` gives, read with string splits (a third of the time of its regex parser)."""
    import os
    import tempfile
    fd, path = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    try:
        tagger.dump(path)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
    finally:
        os.remove(path)
    sections: dict[str, dict[tuple[str, str], float]] = {"TRANSITIONS": {}, "STATE_FEATURES": {}}
    current = None
    for line in lines:
        if line.endswith(" = {"):
            current = sections.get(line[:-4])
        elif current is not None and line.startswith("  ("):
            pair, _, weight = line.rpartition(": ")
            source, _, label = pair[pair.index(") ") + 2:].rpartition(" --> ")
            current[source, label] = float(weight)
    return sections["TRANSITIONS"], sections["STATE_FEATURES"]


def _viterbi_loops(scores, bounds, trans):
    """Best label of every token, sentence by sentence (bounds: sentence starts and the end);
    ties go to the lower label index, as in crfsuite and numpy's argmax. (The previous label is
    the outer loop: the inner one runs over a row of ``trans`` for every next label at once.)"""
    total, width = scores.shape
    path = np.zeros(total, dtype=np.int64)
    back = np.zeros((total, width), dtype=np.int64)
    delta = np.empty(width)
    best = np.empty(width)
    arg = np.empty(width, dtype=np.int64)
    for s in range(len(bounds) - 1):
        a, b = bounds[s], bounds[s + 1]
        if a == b:
            continue
        for j in range(width):
            delta[j] = scores[a, j]
        for t in range(a + 1, b):
            d0 = delta[0]
            for j in range(width):
                best[j] = d0 + trans[0, j]
                arg[j] = 0
            for i in range(1, width):
                di = delta[i]
                for j in range(width):
                    v = di + trans[i, j]
                    if v > best[j]:
                        best[j] = v
                        arg[j] = i
            for j in range(width):
                delta[j] = best[j] + scores[t, j]
                back[t, j] = arg[j]
        am = 0
        for j in range(1, width):
            if delta[j] > delta[am]:
                am = j
        path[b - 1] = am
        for t in range(b - 1, a, -1):
            path[t - 1] = back[t, path[t]]
    return path


def _assemble_loops(matrix, pair_matrix, base, bounds, edge, from_left, from_right, more):
    """FastCrf._assemble's sums, token by token: the same adds in the same order (same bits)."""
    total, width = len(base), matrix.shape[1]
    out = np.empty((total, width))
    for s in range(len(bounds) - 1):
        a, b = bounds[s], bounds[s + 1]
        for t in range(a, b):
            e = edge[2 * (t == a) + (t == b - 1)]
            r0 = base[t]
            r1 = base[t - 2] + 1 if t - 2 >= a else 0
            r2 = base[t - 1] + 2 if t - 1 >= a else 0
            r3 = base[t + 1] + 3 if t + 1 < b else 0
            r4 = base[t + 2] + 4 if t + 2 < b else 0
            p1, p2 = from_left[t], from_right[t]
            for j in range(width):
                v = matrix[e, j]
                v += matrix[r0, j]
                v += matrix[r1, j]
                v += matrix[r2, j]
                v += matrix[r3, j]
                v += matrix[r4, j]
                v += pair_matrix[p1, j]
                v += pair_matrix[p2, j]
                for c in range(more.shape[0]):
                    v += matrix[more[c, t], j]
                out[t, j] = v
    return out


def _path_marginals_loops(scores, bounds, exp_trans, path, outside):
    """Marginal probability of each token's label on the path: scaled forward-backward (as crfsuite).
    Every sum runs over its terms in the same order as _path_marginals' (the outer loop is the
    summed label, so that the inner one runs over a row of ``exp_trans``)."""
    total, width = scores.shape
    out = np.ones(total)
    alpha = np.empty((total, width))
    beta = np.empty((total, width))
    expo = np.empty((total, width))
    tmp = np.empty(width)
    acc = np.empty(width)
    for s in range(len(bounds) - 1):
        a, b = bounds[s], bounds[s + 1]
        named = False
        for t in range(a, b):
            if path[t] != outside:
                named = True
        if not named:
            continue               # nothing on this sentence's path needs a probability
        for t in range(a, b):
            top = scores[t, 0]
            for j in range(1, width):
                if scores[t, j] > top:
                    top = scores[t, j]
            for j in range(width):
                expo[t, j] = np.exp(scores[t, j] - top)
        norm = 0.0
        for j in range(width):
            alpha[a, j] = expo[a, j]
            norm += alpha[a, j]
        for j in range(width):
            alpha[a, j] /= norm
        for t in range(a + 1, b):
            for j in range(width):
                acc[j] = 0.0
            for i in range(width):
                ai = alpha[t - 1, i]
                for j in range(width):
                    acc[j] += ai * exp_trans[i, j]
            norm = 0.0
            for j in range(width):
                alpha[t, j] = acc[j] * expo[t, j]
                norm += alpha[t, j]
            for j in range(width):
                alpha[t, j] /= norm
        for j in range(width):
            beta[b - 1, j] = 1.0
        for t in range(b - 2, a - 1, -1):
            for j in range(width):
                tmp[j] = expo[t + 1, j] * beta[t + 1, j]
            for i in range(width):
                acc[i] = 0.0
            for j in range(width):
                tj = tmp[j]
                for i in range(width):
                    acc[i] += exp_trans[i, j] * tj
            norm = 0.0
            for i in range(width):
                beta[t, i] = acc[i]
                norm += acc[i]
            for i in range(width):
                beta[t, i] /= norm
        for t in range(a, b):
            z = 0.0
            for j in range(width):
                z += alpha[t, j] * beta[t, j]
            out[t] = alpha[t, path[t]] * beta[t, path[t]] / z
    return out


_compiled: dict | None = None         # compiled_decoder()'s loops once loaded ({} without numba)
_decoded_tokens = 0                   # tokens this process has decoded


def compiled_decoder() -> dict | None:
    """The numba-compiled decoding loops ({"viterbi", "marginals"}), loaded once per process
    (numba's import and its on-disk cache: ~1 s); None without numba (numpy decodes)."""
    global _compiled
    if _compiled is None:
        try:
            import numba
        except ImportError:           # pragma: no cover - numba is a dependency; numpy is the fallback
            _compiled = {}
        else:
            _compiled = {"viterbi": numba.njit(cache=True, nogil=True)(_viterbi_loops),
                         "marginals": numba.njit(cache=True, nogil=True)(_path_marginals_loops),
                         "assemble": numba.njit(cache=True, nogil=True)(_assemble_loops)}
    return _compiled or None


def _by_length(scores):
    order = sorted(range(len(scores)), key=lambda k: -len(scores[k]))
    lengths = np.array([len(scores[k]) for k in order])
    longest = int(lengths[0]) if len(lengths) else 0
    width = scores[0].shape[1] if scores else 0
    padded = np.zeros((len(order), longest, width))
    for r, k in enumerate(order):
        padded[r, :len(scores[k])] = scores[k]
    return order, lengths, padded


def _viterbi(scores: list[np.ndarray], trans: np.ndarray) -> list[list[int]]:
    """Best paths, all sentences at once; at step t only the sentences longer than t move on."""
    if not scores:
        return []
    order, lengths, padded = _by_length(scores)
    longest = padded.shape[1]
    paths: list[list[int]] = [[] for _ in scores]
    if longest == 0:
        return paths
    delta = padded[:, 0].copy()
    back = np.zeros((len(order), longest, trans.shape[0]), dtype=np.intp)
    for t in range(1, longest):
        k = int((lengths > t).sum())
        cand = delta[:k, :, None] + trans[None]             # previous label x next label
        back[:k, t] = cand.argmax(axis=1)
        delta[:k] = cand.max(axis=1) + padded[:k, t]
    for r, k in enumerate(order):
        n = int(lengths[r])
        if n == 0:
            continue
        best = [int(delta[r].argmax())]
        for t in range(n - 1, 0, -1):
            best.append(int(back[r, t, best[-1]]))
        paths[k] = best[::-1]
    return paths


def _marginals(scores: list[np.ndarray], exp_trans: np.ndarray) -> list[np.ndarray]:
    """Per sentence, (n x labels) marginal probabilities, by scaled forward-backward (as crfsuite)."""
    if not scores:
        return []
    order, lengths, padded = _by_length(scores)
    longest = padded.shape[1]
    out: list[np.ndarray] = [np.zeros((0, exp_trans.shape[0])) for _ in scores]
    if longest == 0:
        return out
    # scale each position's state scores by their maximum: exp stays finite; the scale cancels
    # in the normalised marginals.
    expo = np.exp(padded - padded.max(axis=2, keepdims=True))
    alpha = np.zeros_like(expo)
    beta = np.ones_like(expo)
    alpha[:, 0] = expo[:, 0] / expo[:, 0].sum(axis=1, keepdims=True)
    for t in range(1, longest):
        k = int((lengths > t).sum())
        a = (alpha[:k, t - 1] @ exp_trans) * expo[:k, t]
        alpha[:k, t] = a / a.sum(axis=1, keepdims=True)
    for t in range(longest - 2, -1, -1):
        k = int((lengths > t + 1).sum())       # sentences whose position t is not their last
        b = (beta[:k, t + 1] * expo[:k, t + 1]) @ exp_trans.T
        beta[:k, t] = b / b.sum(axis=1, keepdims=True)
    joint = alpha * beta
    for r, k in enumerate(order):
        n = int(lengths[r])
        m = joint[r, :n]
        out[k] = m / m.sum(axis=1, keepdims=True)
    return out


def _row_sums(values: np.ndarray, axis: int = -1) -> np.ndarray:
    """Sums along ``axis``, added one after another as the loops add them (np.sum adds pairwise):
    np.add.accumulate is a running sum by definition. The summed axis is kept, of length 1."""
    return np.take(np.add.accumulate(values, axis=axis), [-1], axis=axis)


def _path_marginals(scores: list[np.ndarray], exp_trans: np.ndarray, paths: list[list[int]],
                    outside: int) -> list[list[float] | None]:
    """_path_marginals_loops, vectorised over sentences and labels with the same operations in the
    same order, so the same bits: per sentence whose path has a name, each token's marginal
    probability of its label on the path (1.0 for ``outside``); None for the other sentences.
    (Every product is one multiplication as in the loops; every sum runs left to right.)"""
    named = [k for k, path in enumerate(paths) if any(y != outside for y in path)]
    out: list[list[float] | None] = [None] * len(scores)
    if not named:
        return out
    order, lengths, padded = _by_length([scores[k] for k in named])
    count, longest, width = padded.shape
    real = np.arange(longest)[None, :] < lengths[:, None]            # positions inside a sentence
    shifted = (padded - padded.max(axis=2, keepdims=True))[real]
    expo = np.zeros_like(padded)
    expo[real] = np.fromiter(map(math.exp, shifted.ravel().tolist()), dtype=float,
                             count=shifted.size).reshape(shifted.shape)   # the C library's exp, as numba's
    alpha = np.zeros_like(expo)
    beta = np.zeros_like(expo)
    alpha[:, 0] = expo[:, 0] / _row_sums(expo[:, 0])
    for t in range(1, longest):
        k = int((lengths > t).sum())
        acc = np.add.accumulate(alpha[:k, t - 1, :, None] * exp_trans[None], axis=1)[:, -1]   # sum over i
        step = acc * expo[:k, t]
        alpha[:k, t] = step / _row_sums(step)
    beta[np.arange(count), lengths - 1] = 1.0
    for t in range(longest - 2, -1, -1):
        k = int((lengths > t + 1).sum())       # sentences whose position t is not their last
        after = expo[:k, t + 1] * beta[:k, t + 1]
        acc = np.add.accumulate(exp_trans[None] * after[:, None, :], axis=2)[:, :, -1]       # sum over j
        beta[:k, t] = acc / _row_sums(acc)
    z = _row_sums(alpha * beta)[..., 0]
    for r, k in enumerate(order):
        path = paths[named[k]]
        n = int(lengths[r])
        on_path = alpha[r, np.arange(n), path] * beta[r, np.arange(n), path] / z[r, :n]
        out[named[k]] = [1.0 if y == outside else p for y, p in zip(path, on_path.tolist())]
    return out
