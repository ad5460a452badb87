"""kg pos: train the part-of-speech tagger on a UD treebank, cross-validate it, or tag text."""
from __future__ import annotations

import sys
from pathlib import Path

NAME = "pos"
HELP = "Train (kg pos train), cross-validate (kg pos eval) or run (kg pos tag) the part-of-speech tagger."

DEFAULT_TREEBANK = "../shared/data/ud/ar_pud-ud-test.conllu"


def add_arguments(p):
    sub = p.add_subparsers(dest="pos_command", metavar="ACTION")
    sub.required = True
    t = sub.add_parser("train", help="train the CRF on a CoNLL-U treebank and write its weights as JSON")
    t.add_argument("treebank", nargs="?", default=DEFAULT_TREEBANK, help=f"CoNLL-U file (default: {DEFAULT_TREEBANK})")
    t.add_argument("-o", "--output", default=None, help="model file (default: the shipped kg/language/models/pos_pud.json)")
    e = sub.add_parser("eval", help="k-fold cross-validated accuracy (all UPOS tags, and verb vs noun)")
    e.add_argument("treebank", nargs="?", default=DEFAULT_TREEBANK, help="CoNLL-U file")
    e.add_argument("-k", "--folds", type=int, default=10, help="number of folds (default 10, as the treebank asks)")
    g = sub.add_parser("tag", help="print each word of a text file (or stdin) with its tag")
    g.add_argument("input", nargs="?", default="-", help="UTF-8 text file, '-' for stdin")
    g.add_argument("--model", default=None, help="model file (default: the shipped one)")


def run(args) -> int:
    return {"train": _train, "eval": _eval, "tag": _tag}[args.pos_command](args)


def _train(args) -> int:
    from kg.language import pos

    sentences = pos.read_conllu(args.treebank)
    meta = {"treebank": Path(args.treebank).name, "sentences": len(sentences),
            "words": sum(len(s.words) for s in sentences)}
    model = pos.train(sentences, meta=meta)
    out = Path(args.output) if args.output else pos.MODEL_PATH
    model.save(out)
    print(f"trained on {meta['sentences']} sentences ({meta['words']} words): {len(model.state)} features -> {out}")
    return 0


def _eval(args) -> int:
    from kg.errors import KgError
    from kg.language import pos

    if args.folds < 2:
        raise KgError(f"--folds must be at least 2, not {args.folds}", value=args.folds)
    sentences = pos.read_conllu(args.treebank)
    results = pos.cross_validate(sentences, args.folds)
    for i, r in enumerate(results, 1):
        print(f"fold {i:2d}: {r.words} words, accuracy {r.accuracy:.4f}, verb vs noun {r.verb_noun:.4f}")
    total = sum(results[1:], results[0])
    print(f"{args.folds}-fold: accuracy {total.accuracy:.4f} (UPOS), verb vs noun {total.verb_noun:.4f} "
          f"over {total.words} words")
    return 0


def _tag(args) -> int:
    from kg.arabic import tokenise
    from kg.language import pos

    text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    model = pos.load(args.model)
    for line in text.splitlines():
        tokens = tokenise(line)
        if tokens:
            print(" ".join(f"{t.text}/{tag}" for t, tag in zip(tokens, model.tag_norms([t.norm for t in tokens]))))
    return 0
