"""The package's shape: layers that follow the data flow, no import cycles (deferred imports included), every module
says its job."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "zygraph"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def import_graph() -> nx.DiGraph:
    """Module -> module it imports, at any depth of the file (a function body too)."""
    modules = _modules()
    G = nx.DiGraph()
    G.add_nodes_from(modules)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + [base]).strip(".")
                # `from zygraph import graph` imports the submodule zygraph.graph
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base for alias in node.names]
            else:
                continue
            G.add_edges_from((name, target) for target in targets if target in modules and target != name)
    return G


def test_the_import_graph_sees_deferred_imports():
    G = import_graph()
    # cli imports the document module inside a function body, to keep `--help` fast
    assert G.has_edge("zygraph.cli", "zygraph.document")
    assert G.has_edge("zygraph.table", "zygraph.readers")


def test_no_module_imports_one_that_imports_it_back():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == []


#: What each layer below the readers may import: names know nothing of sentences, sentences nothing of layouts,
#: and neither knows the tables, graphs and pages built from them.
LAYERS = {
    "zygraph.names": ("zygraph.names", "zygraph.errors", "zygraph.findings", "zygraph.source"),
    "zygraph.sentences": ("zygraph.sentences", "zygraph.names", "zygraph.errors", "zygraph.findings"),
}


def test_names_and_sentences_import_only_the_layers_below_them():
    G = import_graph()
    crossings = sorted(
        (module, target)
        for module, target in G.edges
        for layer, allowed in LAYERS.items()
        if module.startswith(layer + ".") and not any(target == a or target.startswith(a + ".") for a in allowed)
    )
    assert crossings == []


def test_the_top_level_holds_the_data_flow_not_the_grammar():
    # read -> table -> graph -> metrics -> pages: the grammar of names and sentences lives in its own packages
    top = sorted(path.stem for path in PACKAGE.glob("*.py"))
    assert len(top) <= 25, top


def test_every_module_has_a_one_line_docstring():
    for name, path in _modules().items():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert doc, f"{name} has no docstring"
        assert doc.splitlines()[0].strip(), f"{name}: the docstring's first line is empty"


def test_no_module_grows_past_six_hundred_lines():
    # One job per module: past this a module is doing two (STYLE.md).
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in _modules().items()}
    assert {name: n for name, n in sizes.items() if n > 600} == {}
