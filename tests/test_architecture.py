"""The import graph of kg, ontology and loaders runs one way (see docs/architecture.md).

Every module is parsed with ``ast`` (imports inside functions included: an import that dodges a
circle at load time is still an arrow). Modules are grouped into units (a package such as
``kg.entities``, or a top-level module such as ``kg.graph``); each unit sits in a layer. The graph
of units has no circle, no unit imports a unit of a later layer, and the loaders import nothing
from extraction.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("kg", "ontology", "loaders")

# Layers, first to last: a unit may import from its own layer (without a circle) or an earlier one.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("foundation", ("kg", "kg.errors", "kg.types", "kg.lazy", "kg.fsutil", "kg.memo")),
    ("data", ("ontology",)),
    ("text", ("kg.arabic",)),
    ("language", ("kg.language", "kg.registry", "kg.ner", "kg.dates")),
    ("ingest", ("kg.ingest", "kg.metadata")),
    ("entities", ("kg.entities",)),
    ("relations", ("kg.relations",)),
    ("graph", ("kg.contract", "kg.graph", "kg.graphstore")),
    ("pipeline", ("kg.pipeline", "kg.parallel", "kg.scorer_train")),
    ("loaders", ("loaders",)),
    ("interface", ("kg.commands", "kg.cli")),
)
# What the loaders may read of kg: the graph contract and the shared utilities, nothing of extraction.
EXTRACTION = ("kg.arabic", "kg.language", "kg.registry", "kg.ner", "kg.dates", "kg.ingest", "kg.metadata",
              "kg.entities", "kg.relations", "kg.pipeline", "kg.parallel", "kg.scorer_train")
UNIT_PACKAGES = ("kg.entities", "kg.relations", "kg.language", "kg.ner", "kg.commands", "loaders", "ontology")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, is_package: bool, known: set[str]) -> set[str]:
    """Modules of ``known`` that the source imports anywhere (module level or inside functions).
    ``from a import b`` names module a.b when that is a module, else a."""
    out: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                out.add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                out.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {m for m in out if m.split(".")[0] in PACKAGES}


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the project modules it imports."""
    files = {module_name(p, root): p for pkg in PACKAGES for p in (root / pkg).rglob("*.py")}
    known = set(files)
    return {m: imports_of(p.read_text(encoding="utf-8"), m, p.name == "__init__.py", known) - {m}
            for m, p in files.items()}


def unit_of(module: str) -> str:
    for pkg in UNIT_PACKAGES:
        if module == pkg or module.startswith(pkg + "."):
            return pkg
    return ".".join(module.split(".")[:2])


def layer_of(unit: str, layers=LAYERS) -> int:
    for rank, (_, units) in enumerate(layers):
        if unit in units:
            return rank
    raise AssertionError(f"unit {unit!r} is in no layer: add it to LAYERS in tests/test_architecture.py")


def unit_graph(modules: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m, targets in modules.items():
        u = unit_of(m)
        out.setdefault(u, set()).update(unit_of(t) for t in targets if unit_of(t) != u)
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def upward_arrows(modules: dict[str, set[str]], layers=LAYERS) -> list[str]:
    """'a -> b' for every import of a module in a later layer than the importer's."""
    bad = []
    for m, targets in sorted(modules.items()):
        for t in sorted(targets):
            if layer_of(unit_of(t), layers) > layer_of(unit_of(m), layers):
                bad.append(f"{m} ({layers[layer_of(unit_of(m), layers)][0]}) -> "
                           f"{t} ({layers[layer_of(unit_of(t), layers)][0]})")
    return bad


def loader_leaks(modules: dict[str, set[str]]) -> list[str]:
    return [f"{m} -> {t}" for m, targets in sorted(modules.items()) if unit_of(m) == "loaders"
            for t in sorted(targets) if unit_of(t) in EXTRACTION]


@pytest.fixture(scope="module")
def graph():
    return import_graph()


def test_every_unit_has_a_layer(graph):
    for m in graph:
        layer_of(unit_of(m))


def test_no_circle_between_units(graph):
    assert cycles(unit_graph(graph)) == []


def test_no_import_from_a_later_stage(graph):
    assert upward_arrows(graph) == []


def test_loaders_import_nothing_from_extraction(graph):
    assert loader_leaks(graph) == []


def test_the_stages_are_all_seen(graph):
    """The parser finds the imports it must (a broken parser would pass the tests above)."""
    assert "kg.language.cues" in graph["kg.entities.driver"]
    assert "kg.language.cues" in graph["kg.relations.context"]
    assert "kg.entities" in graph["kg.pipeline"]
    assert "kg.contract" in graph["loaders.neo4j.rows"]
    assert "kg.relations.scorer" in graph["kg.relations.extractor"]


# --- the checks themselves, on a small hand-made package ---------------------------------------

def _write(root: Path, files: dict[str, str]) -> dict[str, set[str]]:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return import_graph(root)


GOOD = {
    "kg/__init__.py": "",
    "kg/errors.py": "",
    "kg/arabic.py": "from kg.errors import KgError\n",
    "kg/language/__init__.py": "",
    "kg/language/cues.py": "from kg.arabic import normalise\n",
    "kg/entities/__init__.py": "from kg.language.cues import load_cues\n",
    "kg/relations/__init__.py": "from kg.language import cues\nfrom . import view\n",
    "kg/relations/view.py": "from ..arabic import normalise\n",
    "kg/graph.py": "",
    "loaders/__init__.py": "from kg.errors import KgError\n",
    "loaders/rdf.py": "def f():\n    from kg.graph import read_graph\n",
    "ontology/__init__.py": "",
}


def test_a_clean_package_passes(tmp_path):
    modules = _write(tmp_path, GOOD)
    assert modules["kg.relations"] == {"kg.language.cues", "kg.relations.view"}
    assert modules["kg.relations.view"] == {"kg.arabic"}
    assert cycles(unit_graph(modules)) == [] and upward_arrows(modules) == [] and loader_leaks(modules) == []


def test_an_import_inside_a_function_that_closes_a_circle_fails(tmp_path):
    modules = _write(tmp_path, {**GOOD, "kg/entities/__init__.py": (
        "from kg.language.cues import load_cues\n\ndef is_trigger(w):\n    from kg.relations import lexicon\n")})
    assert upward_arrows(modules) == ["kg.entities (entities) -> kg.relations (relations)"]
    modules = _write(tmp_path, {**GOOD, "kg/relations/__init__.py": "def f():\n    from kg import entities\n",
                                "kg/entities/__init__.py": "def g():\n    import kg.relations\n"})
    assert cycles(unit_graph(modules)) == [["kg.entities", "kg.relations"]]


def test_a_circle_within_one_layer_fails(tmp_path):
    modules = _write(tmp_path, {**GOOD, "kg/ingest.py": "from kg.metadata import complete\n",
                                "kg/metadata.py": "def f():\n    from kg.ingest import iso\n"})
    assert upward_arrows(modules) == []
    assert cycles(unit_graph(modules)) == [["kg.ingest", "kg.metadata"]]


def test_a_loader_reading_extraction_fails(tmp_path):
    modules = _write(tmp_path, {**GOOD, "loaders/rdf.py": "from kg.language.cues import load_cues\n"})
    assert loader_leaks(modules) == ["loaders.rdf -> kg.language.cues"]


def test_a_relative_import_upward_fails(tmp_path):
    modules = _write(tmp_path, {**GOOD, "kg/language/cues.py": "from ..entities import resolve\n"})
    assert upward_arrows(modules) == ["kg.language.cues (language) -> kg.entities (entities)"]


def test_a_module_in_no_layer_is_named(tmp_path):
    modules = _write(tmp_path, {**GOOD, "kg/newstage.py": ""})
    with pytest.raises(AssertionError, match="kg.newstage"):
        for m in modules:
            layer_of(unit_of(m))
