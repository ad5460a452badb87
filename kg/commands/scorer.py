"""kg scorer: train the learned relation scorer on annotated articles, or cross-validate it."""
from __future__ import annotations

from pathlib import Path

NAME = "scorer"
HELP = ("Train (kg scorer train) or cross-validate by article (kg scorer cv) the relation scorer "
        "that reads candidate pairs beside the rules.")

DEFAULT_CORPUS = "../shared/corpus/dev"
DEFAULT_GOLD = "../shared/eval/gold"
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "own_articles"   # ours, in the repo


def default_pairs() -> list[tuple[str, str]]:
    """The shared dev set and the repo's own annotated articles, each where both dirs exist."""
    out = []
    for corpus, gold in ((DEFAULT_CORPUS, DEFAULT_GOLD), (str(FIXTURES / "corpus"), str(FIXTURES / "gold"))):
        if Path(corpus).is_dir() and Path(gold).is_dir():
            out.append((corpus, gold))
    return out


def add_arguments(p):
    sub = p.add_subparsers(dest="scorer_command", metavar="ACTION")
    sub.required = True
    for name, help_ in (("train", "train on every annotated article (minus --exclude) and write the model"),
                        ("cv", "cross-validate grouped by article: rules alone vs rules + scorer, scored "
                               "by the shared score.py, with per-type precision and recall")):
        s = sub.add_parser(name, help=help_)
        s.add_argument("--corpus", action="append", default=None,
                       help="article texts; repeat with --gold for several sets, paired in order "
                            f"(default: {DEFAULT_CORPUS} and the repo's tests/fixtures/own_articles/corpus, "
                            "each where it and its gold exist)")
        s.add_argument("--gold", action="append", default=None,
                       help=f"gold JSON files of the --corpus of the same rank (default {DEFAULT_GOLD} and "
                            "tests/fixtures/own_articles/gold)")
        s.add_argument("--score-py", default=None,
                       help="the shared scorer (default: the first score.py beside a gold dir)")
        s.add_argument("--exclude", default="", help="comma-separated article ids to leave out")
        s.add_argument("--inner-folds", type=int, default=4, help="folds for choosing thresholds (default 4)")
        s.add_argument("--C", type=float, default=0.3, help="inverse regularisation strength (default 0.3)")
        s.add_argument("--positive-weight", type=float, default=1.0,
                       help="sample weight of a positive example (default 1)")
        s.add_argument("--min-gain", type=float, default=0.003,
                       help="relation F1 a type's thresholds must add on the training folds' out-of-fold "
                            "figures before the scorer decides that type (default 0.003)")
        if name == "train":
            s.add_argument("-o", "--output", default=None,
                           help="model file (default: the shipped kg/relations/models/scorer.json)")
        else:
            s.add_argument("-k", "--folds", type=int, default=5, help="outer folds (default 5)")
            s.add_argument("--out", default="/tmp/kg-scorer-cv",
                           help="directory for rules.json and scorer.json graphs (default /tmp/kg-scorer-cv)")


def corpus_pairs(args) -> list[tuple[str, str]]:
    """(corpus, gold) pairs from repeated --corpus/--gold, or the defaults."""
    from kg.errors import KgError
    if args.corpus is None and args.gold is None:
        pairs = default_pairs()
        if not pairs:
            raise KgError(f"no annotated articles found (neither {DEFAULT_CORPUS} with {DEFAULT_GOLD} nor "
                          f"{FIXTURES}); give --corpus and --gold", value=DEFAULT_CORPUS)
        return pairs
    corpora, golds = args.corpus or [], args.gold or []
    if len(corpora) != len(golds):
        raise KgError(f"give one --gold per --corpus ({len(corpora)} --corpus, {len(golds)} --gold)",
                      value=len(corpora))
    return list(zip(corpora, golds))


def run(args) -> int:
    import time

    from kg.errors import KgError
    from kg import scorer_train as st

    for name in ("inner_folds",) + (("folds",) if args.scorer_command == "cv" else ()):
        if getattr(args, name) < 2:
            raise KgError(f"--{name.replace('_', '-')} must be at least 2, not {getattr(args, name)}",
                          value=getattr(args, name))
    pairs = corpus_pairs(args)
    score_py = args.score_py or next((str(Path(g).parent / "score.py") for _, g in pairs
                                      if (Path(g).parent / "score.py").is_file()),
                                     str(Path(pairs[0][1]).parent / "score.py"))
    exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
    started = time.perf_counter()
    articles = st.read_corpora(pairs, score_py, exclude)
    print("read: " + "; ".join(f"{c} + {g}" for c, g in pairs))
    print(f"{len(articles)} annotated articles read, "
          f"{sum(len(a.candidates) for a in articles)} candidate pairs ({time.perf_counter() - started:.1f} s)")
    hp = st.Hyper(C=args.C, positive_weight=args.positive_weight, min_gain=args.min_gain)
    if args.scorer_command == "train":
        from kg.relations.scorer import MODEL_PATH
        model = st.train_with_thresholds(articles, hp, args.inner_folds,
                                         meta={"corpus": [Path(c).name for c, _ in pairs], "excluded": exclude})
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
    gold = pairs[0][1]
    if exclude or len(pairs) > 1:        # score only the articles read, their golds in one dir
        import shutil
        gold = str(out / "gold")
        shutil.rmtree(gold, ignore_errors=True)
        Path(gold).mkdir(parents=True)
        for p in st.gold_files(pairs, {a.id.split("~")[0] for a in articles}):
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
