"""Reading CoNLL-style NER files and turning NewsFANE's clitic-segmented tokens back into raw-like words.

NewsFANE writes clitics as separate tokens with no mark: 'و قال ان ه' for raw 'وقال انه', 'ب 343',
'اجهزت ها'. Raw article text (and ANERcorp) has them attached, so the model is trained on re-attached
words: a proclitic (و ف ب ل ك) joins the word after it, a pronoun suffix (ه ها هم ...) the word before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ner.text import is_arabic_word

PROCLITICS = frozenset("وفبلك")
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "ني", "نا", "ي"})


@dataclass(frozen=True)
class TaggedSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_conll(path: str | Path) -> list[TaggedSentence]:
    """Sentences of a ``token<TAB or space>tag`` file; blank lines separate sentences."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such corpus file: {path}", value=str(path))
    sentences: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8-sig") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip().replace("\u200e", "")
            if not line or line.startswith("-DOCSTART-"):
                if tokens:
                    sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
                    tokens, tags = [], []
                continue
            parts = line.split()
            if len(parts) < 2:
                raise InputError(f"{path}:{lineno}: expected 'token tag', got {line!r}", value=line)
            tokens.append(parts[0])
            tags.append(parts[-1])
    if tokens:
        sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
    if not sentences:
        raise InputError(f"{path}: no tagged sentences", value=str(path))
    return sentences


def _attaches_forward(tokens, i) -> bool:
    tok = tokens[i]
    if tok not in PROCLITICS or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt in PROCLITICS and nxt != tok:                 # 'و ب غداد': chain of proclitics
        return _attaches_forward(tokens, i + 1)
    if not is_arabic_word(nxt) or len(nxt) < 2:        # 'ب 343', acronyms like 'د ب ا'
        return False
    if tok == "ك" and i > 0 and is_arabic_word(tokens[i - 1]) and tokens[i - 1] not in PROCLITICS \
            and nxt != "ما" and not nxt.startswith("ال"):
        return False                                     # 'نفس ك امام': a suffix, not 'like'
    return True


def _attaches_backward(tokens, i) -> bool:
    tok = tokens[i]
    if tok == "ك":
        return not _attaches_forward(tokens, i)
    return tok in ENCLITICS


def _merged_tag(tags: list[str], stem_index: int) -> str:
    """Tag of a re-attached word: the stem's, unless the first piece opens an entity."""
    return tags[0] if tags[0].startswith("B-") else tags[stem_index]


def desegment(sentence: TaggedSentence) -> TaggedSentence:
    """Re-attach NewsFANE's split clitics: ('و','قال','ان','ه') -> ('وقال','انه'), tags follow the stem."""
    toks, tags = sentence.tokens, sentence.tags
    out_tokens: list[str] = []
    out_tags: list[str] = []
    i = 0
    while i < len(toks):
        pieces, piece_tags = [toks[i]], [tags[i]]
        stem_index = 0
        while _attaches_forward(toks, i):
            i += 1
            pieces.append(toks[i])
            piece_tags.append(tags[i])
            stem_index = len(pieces) - 1
        i += 1
        while i < len(toks) and _attaches_backward(toks, i) and is_arabic_word(pieces[-1]) \
                and pieces[-1] not in PROCLITICS:
            pieces.append(toks[i])
            piece_tags.append(tags[i])
            i += 1
        out_tokens.append(_join(pieces))
        out_tags.append(_merged_tag(piece_tags, stem_index))
    return TaggedSentence(tuple(out_tokens), tuple(out_tags))


def _join(pieces: list[str]) -> str:
    """Concatenate clitic pieces; l + al is written 'لل' ('ل' + 'الامم' -> 'للامم')."""
    word = ""
    for piece in pieces:
        if word.endswith("ل") and word[:-1] in ("", "و", "ف") and piece.startswith("ال") and len(piece) > 2:
            word += piece[1:]
        else:
            word += piece
    return word
