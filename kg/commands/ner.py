"""kg ner: train the Arabic NER model, score it on a tagged corpus, or tag text."""
from __future__ import annotations

import sys
from pathlib import Path

NAME = "ner"
HELP = "Train (kg ner train), score (kg ner eval) or run (kg ner tag) the statistical NER model."


def add_arguments(p):
    sub = p.add_subparsers(dest="ner_command", metavar="ACTION")
    sub.required = True

    t = sub.add_parser("train", help="train a CRF on a CoNLL corpus (NewsFANE: clitic-segmented, fine classes)")
    t.add_argument("corpus", help="CoNLL file: 'token<TAB>tag' per line, blank line between sentences")
    t.add_argument("-o", "--output", required=True, help="model file to write (NAME.crfsuite; NAME.crfsuite.json beside it)")
    t.add_argument("--raw", action="store_true", help="corpus tokens are raw words (do not re-attach split clitics)")
    t.add_argument("--registry", action="append", default=None, metavar="JSONL",
                   help="JSON-lines registry whose names become a gazetteer feature (repeatable; "
                        "default: ontology/actors.jsonl and ontology/places.jsonl)")
    t.add_argument("--no-registry", action="store_true", help="train without registry names")
    t.add_argument("--c1", type=float, default=None, help="L1 penalty")
    t.add_argument("--c2", type=float, default=None, help="L2 penalty")
    t.add_argument("--iterations", type=int, default=None, help="L-BFGS iterations")

    e = sub.add_parser("eval", help="entity-level exact-span P/R/F1 (conlleval) per class and micro over PER/LOC/ORG")
    e.add_argument("corpus", help="CoNLL file with gold tags (ANERcorp's PERS counts as PER)")
    e.add_argument("--model", default=None, help="model file (default: the one shipped in kg/ner/models)")
    e.add_argument("--segmented", action="store_true", help="corpus is NewsFANE-style clitic-segmented")

    g = sub.add_parser("tag", help="print the entities of a text file (or stdin)")
    g.add_argument("input", nargs="?", default="-", help="UTF-8 text file, '-' for stdin")
    g.add_argument("--model", default=None, help="model file (default: the shipped one)")


def run(args) -> int:
    return {"train": _train, "eval": _eval, "tag": _tag}[args.ner_command](args)


def _train(args) -> int:
    from dataclasses import replace

    from kg.ner.model import Hyperparameters, train

    hp = Hyperparameters()
    overrides = {k: v for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
                 if v is not None}
    hp = replace(hp, **overrides)
    print(f"hyperparameters: {hp}")
    registry = [] if args.no_registry else ([Path(r) for r in args.registry] if args.registry else None)
    train(Path(args.corpus), Path(args.output), hp, registry=registry, segmented=not args.raw)
    return 0


def _eval(args) -> int:
    import time

    from kg.ner.conlleval import format_report
    from kg.ner.evaluate import evaluate_file
    from kg.ner.labels import COARSE, SCORED
    from kg.ner.model import load

    model = load(args.model)
    started = time.perf_counter()
    report = evaluate_file(model, Path(args.corpus), segmented=args.segmented, classes=SCORED)
    elapsed = time.perf_counter() - started
    print(f"model {model.path}")
    print(format_report(report, COARSE))
    print(f"micro-average over {'/'.join(SCORED)}: P {100 * report.micro.precision:.2f} "
          f"R {100 * report.micro.recall:.2f} F1 {100 * report.micro.f1:.2f}")
    print(f"{report.tokens / elapsed:,.0f} tokens/s (features + tagging)")
    return 0


def _tag(args) -> int:
    from kg.ner import recognise
    from kg.ner.model import load

    text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    for span in recognise(text, load(args.model)):
        print(f"{span.start}\t{span.end}\t{span.label}\t{span.fine}\t{span.score:.3f}\t{span.text}")
    return 0
