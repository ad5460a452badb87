"""Outputs behind a small registry keyed by format name (after rdflib's plugin registry).

A new format is one module that decorates its writer with ``@register(...)`` and one line in
``FORMAT_MODULES``. Loaders see only the graph's public contract (``kg.graph.read_graph`` /
the networkx graph) and the ontology's vocabulary, never extraction internals.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kg.errors import KgError

if TYPE_CHECKING:                 # only named in annotations: the CLI imports this module at start-up
    import networkx as nx

# One line per output module; importing it registers its formats.
FORMAT_MODULES: tuple[str, ...] = (
    "loaders.graphml",
    "loaders.view",
    "loaders.rdf",
    "loaders.events",
)


@dataclass(frozen=True)
class Exporter:
    name: str
    extension: str
    media_type: str
    description: str
    write: Callable[..., None]     # write(graph: nx.MultiDiGraph, out: Path, **options) -> None


_REGISTRY: dict[str, Exporter] = {}
_ALIASES: dict[str, str] = {}          # another accepted spelling -> format name (ttl -> turtle)
_loaded = False


def register(name: str, *, extension: str, media_type: str, description: str = "", aliases: tuple[str, ...] = ()):
    def deco(fn):
        _REGISTRY[name] = Exporter(name, extension, media_type, description, fn)
        for alias in aliases:
            _ALIASES[alias] = name
        return fn
    return deco


def _load() -> None:
    global _loaded
    if not _loaded:
        for mod in FORMAT_MODULES:
            importlib.import_module(mod)
        _loaded = True


def formats() -> list[str]:
    _load()
    return sorted(_REGISTRY)


def exporters() -> list[Exporter]:
    """Every registered format, by name."""
    _load()
    return [_REGISTRY[n] for n in sorted(_REGISTRY)]


def get(name: str) -> Exporter:
    _load()
    try:
        return _REGISTRY[_ALIASES.get(name, name)]
    except KeyError:
        raise KgError(f"unknown export format {name!r}", value=name, choices=sorted(_REGISTRY)) from None


def export(graph: nx.MultiDiGraph, fmt: str, out: str | Path, *, allow_special: bool = False,
           **options) -> Path:
    """Write ``graph`` in format ``fmt`` to ``out`` atomically (kg.fsutil.atomic_path: a temp
    file, then a rename; ``-`` is standard output; a FIFO or device only with ``allow_special``)."""
    from kg.fsutil import atomic_path

    exporter = get(fmt)
    with atomic_path(out, allow_special=allow_special) as tmp:
        exporter.write(graph, tmp, **options)
    return Path(out)
