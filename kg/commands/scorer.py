"""kg scorer: train the learned relation scorer on annotated articles, or cross-validate it."""
from __future__ import annotations

from pathlib import Path

NAME = "scorer"
HELP = ("Train (kg scorer train) or cross-validate by article (kg scorer cv) the relation scorer "
        "that reads candidate pairs beside the rules.")

DEFAULT_CORPUS = "../shared/corpus/dev"
DEFAULT_GOLD = "../shared/eval/gold"


def add_arguments(p):
    sub = p.add_subparsers(dest="scorer_command", metavar="ACTION")
    sub.required = True
    for name, help_ in (("train", "train on every annotated article (minus --exclude) and write the model"),
                        ("cv", "cross-validate grouped by article: rules alone vs rules + scorer, scored "
                               "by the shared score.py, with per-type precision and recall")):
        s = sub.add_parser(name, help=help_)
        s.add_argument("--corpus", default=DEFAULT_CORPUS, help=f"article texts (default {DEFAULT_CORPUS})")
        s.add_argument("--gold", default=DEFAULT_GOLD, help=f"gold JSON files (default {DEFAULT_GOLD})")
        s.add_argument("--score-py", default=None, help="the shared scorer (default: score.py beside the gold dir)")
        s.add_argument("--exclude", default="", help="comma-separated article ids to leave out")
        s.add_argument("--inner-folds", type=int, default=4, help="folds for choosing thresholds (default 4)")
        s.add_argument("--C", type=float, default=0.3, help="inverse regularisation strength (default 0.3)")
        if name == "train":
            s.add_argument("-o", "--output", default=None,
                           help="model file (default: the shipped kg/relations/models/scorer.json)")
        else:
            s.add_argument("-k", "--folds", type=int, default=5, help="outer folds (default 5)")
            s.add_argument("--out", default="/tmp/kg-scorer-cv",
                           help="directory for rules.json and scorer.json graphs (default /tmp/kg-scorer-cv)")


def run(args) -> int:
    import time

    from kg.errors import KgError
    from kg import scorer_train as st

    for name in ("inner_folds",) + (("folds",) if args.scorer_command == "cv" else ()):
        if getattr(args, name) < 2:
            raise KgError(f"--{name.replace('_', '-')} must be at least 2, not {getattr(args, name)}",
                          value=getattr(args, name))
    score_py = args.score_py or str(Path(args.gold).parent / "score.py")
    exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
    started = time.perf_counter()
    articles = st.read_corpus(args.corpus, args.gold, score_py, exclude)
    print(f"{len(articles)} annotated articles read, "
          f"{sum(len(a.candidates) for a in articles)} candidate pairs ({time.perf_counter() - started:.1f} s)")
    hp = st.Hyper(C=args.C)
    if args.scorer_command == "train":
        from kg.relations.scorer import MODEL_PATH
        model = st.train_with_thresholds(articles, hp, args.inner_folds,
                                         meta={"corpus": Path(args.corpus).name, "excluded": exclude})
        out = Path(args.output) if args.output else MODEL_PATH
        model.save(out)
        print(f"{len(model.classes)} classes, {len(model.generic) + len(model.conjoined) + len(model.match)} weighted features; thresholds: "
              + (", ".join(f"{r} keep {t['keep']} add {t['add']}" for r, t in model.thresholds.items()) or "none"))
        print(f"inner cross-validated relation F1 (approximate): {model.meta['inner_cv_relation_f1']}")
        print(f"model -> {out} ({time.perf_counter() - started:.0f} s)")
        return 0
    shared = st.load_shared_scorer(score_py)
    models = st.cross_validate(articles, args.folds, args.inner_folds, hp)
    out = Path(args.out)
    gold = args.gold
    if exclude:                          # score only the articles read
        import shutil
        gold = str(out / "gold")
        shutil.rmtree(gold, ignore_errors=True)
        Path(gold).mkdir(parents=True)
        ids = {a.id.split("~")[0] for a in articles}
        for p in Path(args.gold).glob("*.json"):
            if p.stem in ids:
                shutil.copy(p, gold)
    results = {}
    for label, chosen in (("rules alone", {}), ("rules + scorer (cross-validated)", models)):
        path = out / ("rules.json" if not chosen else "scorer.json")
        st.build_graph(articles, chosen, path)
        results[label] = st.by_type(shared, path, gold)
        s = results[label][0]
        e, r = s["entity"], s["relation"]
        print(f"{label}: {path}\n  entity F1 {e['f1']:.3f}  relation P {r['precision']:.3f} R {r['recall']:.3f} "
              f"F1 {r['f1']:.3f} (tp {r['tp']} fp {r['fp']} fn {r['fn']})  attribution "
              f"{s['attribution_accuracy'] or 0:.3f}")
    (_, rules), (_, scored) = results["rules alone"], results["rules + scorer (cross-validated)"]
    print(f"{'relation':<16}{'gold':>5} | {'rules P':>8}{'R':>7}{'F1':>7} | {'scorer P':>9}{'R':>7}{'F1':>7}")
    for typ in sorted(set(rules) | set(scored), key=lambda t: -max(rules.get(t, {}).get("gold", 0),
                                                                    scored.get(t, {}).get("gold", 0))):
        a, b = rules.get(typ), scored.get(typ)
        fmt = lambda x: f"{x['precision']:>8.3f}{x['recall']:>7.3f}{x['f1']:>7.3f}" if x else f"{'-':>8}{'':>14}"
        print(f"{typ:<16}{(a or b)['gold']:>5} | {fmt(a)} | {fmt(b)}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0
