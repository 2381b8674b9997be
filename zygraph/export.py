"""Write frames and graphs to files other tools open: CSV for Excel, GEXF for Gephi, GraphML, JSON.

Every writer writes to a temporary file next to the target and renames it over
the target, so an interrupted run never leaves half a file. Graph attributes are
converted to types the formats accept on a copy; the caller's graph is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import re
import secrets
import stat
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from zygraph.errors import OutputError

__all__ = ["atomic_path", "output_reason", "write_csv", "check_output_file", "spreadsheet_frame", "missing", "xml_text", "write_gexf",
           "write_graphml", "write_json", "plain_graph"]

LIST_SEPARATOR = ";"
#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r")


@contextlib.contextmanager
def atomic_path(path: str | Path):
    """Yield a temporary path to write; on success it replaces ``path``.

    Parameters
    ----------
    path : str or Path
        The final file. Its folder must exist.

    Raises
    ------
    OutputError
        When the folder does not exist (or a parent is a file), ``path`` is a
        folder, a block device, a socket or a symlink loop, or the file cannot
        be written (the message says permissions where that is why).

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = os.path.join(folder, "a.txt")
    ...     with atomic_path(target) as temporary:
    ...         _ = temporary.write_text("资阳", encoding="utf-8")
    ...     open(target, encoding="utf-8").read(), os.listdir(folder)
    ('资阳', ['a.txt'])

    Notes
    -----
    The temporary file is removed if writing fails; ``path`` then keeps its old
    content. A symlink is never replaced: the file it points to is (atomically,
    beside that file). A character device or FIFO (``/dev/null``,
    ``/dev/stdout``, a named pipe) is never replaced either: it is written
    through, directly, as a shell redirection would.
    """
    target = _write_target(Path(path))
    if target.exists() and _is_stream(target):
        yield target  # /dev/null, /dev/stdout or a pipe: written through, never replaced
        return
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))  # mode as umask allows
    except OSError as error:
        raise OutputError(output_reason(error, "cannot write in this folder"), path=target) from error
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise OutputError(output_reason(error, "cannot write the file"), path=target) from error
    finally:
        if temporary.exists():
            temporary.unlink()


def check_output_file(path: str | Path) -> None:
    """Raise :class:`OutputError` now if :func:`write_csv` would refuse ``path``, so it is said before long work.

    Examples
    --------
    >>> check_output_file("/no/such/folder/m.csv")
    Traceback (most recent call last):
    ...
    zygraph.errors.OutputError: /no/such/folder/m.csv: the folder /no/such/folder does not exist; create it first, or choose another path
    """
    _write_target(Path(path))


def _write_target(target: Path) -> Path:
    """The file to write for ``target``: a symlink's final target; refuse what cannot be a file."""
    if target.is_symlink():
        try:
            target = target.resolve(strict=False)
        except RuntimeError:  # Python < 3.13 raises this for a loop
            raise OutputError("the path is a symlink loop (a link that points back to itself); fix the link or "
                              "choose another output path", path=target) from None
        except OSError as error:
            raise OutputError(output_reason(error, "cannot follow the symlink"), path=target) from None
    try:
        mode = target.stat().st_mode if target.exists() else None
    except OSError as error:
        raise OutputError(output_reason(error, "cannot look at the output path"), path=target) from None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError("this is a folder; give a file name", path=target)
    if mode is not None and not (stat.S_ISREG(mode) or _is_stream(target)):
        raise OutputError("this is a device or socket, not a file; zygraph will not write to it: give a file name",
                          path=target)
    parent = target.parent
    if not parent.is_dir():
        if parent.exists() or _under_a_file(parent):
            raise OutputError(f"the folder {parent} is a file, not a folder; choose another path", path=target)
        raise OutputError(f"the folder {parent} does not exist; create it first, or choose another path", path=target)
    return target


def _under_a_file(folder: Path) -> bool:
    return any(p.is_file() for p in [folder, *folder.parents])


def _is_stream(target: Path) -> bool:
    mode = target.stat().st_mode
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def output_reason(error: OSError, what: str) -> str:
    """A sentence for an OSError met while writing: permissions, a read-only file system, a loop, or the system's words.

    Examples
    --------
    >>> import errno
    >>> output_reason(PermissionError(errno.EACCES, "Permission denied"), "cannot write the file")
    "permission denied: cannot write the file; check the folder's permissions or choose another path"
    """
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"permission denied: {what}; check the folder's permissions or choose another path"
    if error.errno == errno.EROFS:
        return f"{what}: the file system is read-only; choose another path"
    if error.errno == errno.ELOOP:
        return f"{what}: the path is a symlink loop (a link that points back to itself)"
    return f"{what}: {error.strerror or error}"


def write_csv(frame: pd.DataFrame, path: str | Path, *, index: bool | None = None) -> Path:
    """Write a frame as UTF-8 CSV with a byte-order mark, ready for Excel: whole numbers as integers, text safe.

    Parameters
    ----------
    frame : DataFrame
        Left untouched.
    path : str or Path
    index : bool, optional
        Write the index as the first column. By default it is written only when
        it carries information: it has a name, or is not the plain 0, 1, 2 ... range.

    Returns
    -------
    Path

    Raises
    ------
    OutputError
        When the file cannot be written.

    Examples
    --------
    >>> import pandas as pd, tempfile, os
    >>> frame = pd.DataFrame({"unit": ["市科协", "市科技局"], "degree": pd.array([26, None], dtype="Int64"),
    ...                       "tasks": [["T001", "T002"], []], "task": ["=1+1", "办科技周"]})
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = write_csv(frame, os.path.join(folder, "units.csv"))
    ...     text = target.read_bytes()
    >>> text[:3], text[3:].decode("utf-8").splitlines()
    (b'\\xef\\xbb\\xbf', ['unit,degree,tasks,task', "市科协,26,T001;T002,'=1+1", '市科技局,,,办科技周'])

    Notes
    -----
    Line endings are ``\\n``; missing values are empty cells. Numbers are
    written as their column is typed, never as the values happen to fall: a
    float column stays float (``1.0``) even where every value is whole, so a
    document's file reads the same alone or in a folder; counts with gaps are
    pandas' nullable ``Int64`` (zygraph's ``degree``). Lists, tuples and sets are joined with
    ``";"``. Text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return, which a spreadsheet would run as a formula, gets a leading
    ``'`` (OWASP's advice for CSV injection); the workbook of a report keeps such
    text as written, stored as text.
    """
    if index is None:
        index = frame.index.name is not None or not isinstance(frame.index, pd.RangeIndex) or (
            frame.index.start != 0 or frame.index.step != 1
        )
    target = Path(path)
    with atomic_path(target) as temporary:
        spreadsheet_frame(frame, index=index).to_csv(temporary, index=False, encoding="utf-8-sig", lineterminator="\n")
    return target


def missing(value) -> bool:
    """Return True for a gap in a measure: None, NaN, or pandas' NA of a count column (a unit outside the projection).

    >>> import pandas as pd
    >>> missing(pd.NA), missing(float("nan")), missing(None), missing(0), missing(0.0)
    (True, True, True, False, False)
    """
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def spreadsheet_frame(frame: pd.DataFrame, *, index: bool = False) -> pd.DataFrame:
    """Return a copy of ``frame`` as a spreadsheet should read it: lists joined, text safe, numbers as typed.

    Parameters
    ----------
    frame : DataFrame
        Left untouched.
    index : bool
        Keep the index as the first column(s).

    Returns
    -------
    DataFrame
        See :func:`write_csv`, Notes.

    Examples
    --------
    >>> import pandas as pd
    >>> spreadsheet_frame(pd.DataFrame({"load": [104.0, 95.5], "task": ["-1 起", "@x"]})).values.tolist()
    [[104.0, "'-1 起"], [95.5, "'@x"]]
    """
    out = frame.reset_index() if index else frame.copy()
    if index and frame.index.nlevels == 1 and frame.index.name is None:
        out = out.rename(columns={out.columns[0]: ""})
    out.columns = [_safe_text(LIST_SEPARATOR.join(map(str, c)) if isinstance(c, tuple) else str(c)) for c in out.columns]
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if pd.api.types.is_bool_dtype(column):
            continue
        if not pd.api.types.is_numeric_dtype(column):
            out.isetitem(position, column.map(_spreadsheet_text).astype(object))
    return out


def _spreadsheet_text(value):
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        value = _plain(value, join_lists=True)
    return _safe_text(value) if isinstance(value, str) else value


def _safe_text(text: str) -> str:
    return "'" + text if text[:1] in FORMULA_STARTS else text


def write_gexf(G: nx.Graph, path: str | Path) -> Path:
    """Write a graph as GEXF for Gephi, with attributes converted by :func:`plain_graph`.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> G = nx.Graph()
    >>> G.add_edge("市科协", "市科技局", weight=2, tasks=["T001", "T002"])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     H = nx.read_gexf(write_gexf(G, os.path.join(folder, "units.gexf")))
    ...     H.edges["市科协", "市科技局"]["tasks"], H.edges["市科协", "市科技局"]["weight"]
    ('T001;T002', 2.0)

    Notes
    -----
    GEXF stores ``weight`` as a number read back as float. Node labels are the
    ``label`` attribute where present, else the node id.
    """
    target = Path(path)
    with atomic_path(target) as temporary:
        nx.write_gexf(plain_graph(G), temporary)
    return target


def write_graphml(G: nx.Graph, path: str | Path) -> Path:
    """Write a graph as GraphML, with attributes converted by :func:`plain_graph`.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> G = nx.Graph()
    >>> G.add_node("市科协", kind="people_org", betweenness=float("nan"))
    >>> G.add_edge("市科协", "市科技局", weight=2, shared=2)
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     H = nx.read_graphml(write_graphml(G, os.path.join(folder, "units.graphml")))
    ...     dict(H.nodes["市科协"]), H.edges["市科协", "市科技局"]["shared"]
    ({'kind': 'people_org'}, 2)
    """
    target = Path(path)
    with atomic_path(target) as temporary:
        nx.write_graphml(plain_graph(G), temporary)
    return target


def write_json(G: nx.Graph, path: str | Path) -> Path:
    """Write a graph as node-link JSON (UTF-8, Chinese kept as characters).

    Lists such as ``tasks`` stay lists; missing values (None, NaN) are dropped.

    Examples
    --------
    >>> import networkx as nx, tempfile, os, json
    >>> G = nx.Graph()
    >>> G.add_edge("市科协", "市科技局", weight=2, tasks=["T001"])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     data = json.loads(open(write_json(G, os.path.join(folder, "g.json")), encoding="utf-8").read())
    ...     data["edges"][0]["tasks"]
    ['T001']
    """
    target = Path(path)
    data = nx.node_link_data(plain_graph(G, join_lists=False), edges="edges")
    with atomic_path(target) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, allow_nan=False, indent=1), encoding="utf-8")
    return target


def plain_graph(G: nx.Graph, *, join_lists: bool = True, keep=()) -> nx.Graph:
    """Return a copy of ``G`` whose attributes are plain Python values of one type each.

    Parameters
    ----------
    G : networkx graph
        Left untouched.
    join_lists : bool
        Join lists, tuples and sets into ``";"``-separated strings (for GEXF and
        GraphML, which have no list type); sets are sorted first. For these XML
        formats, characters XML 1.0 forbids (control characters but tab and
        line breaks) are also replaced by U+FFFD, in values and in node ids.
    keep : collection of str
        Node attributes passed through as they are, such as GEXF's ``viz``.

    Returns
    -------
    networkx graph of the same class

    Examples
    --------
    >>> import networkx as nx, numpy as np
    >>> G = nx.Graph()
    >>> G.add_node("a", load=np.int64(3), betweenness=None)
    >>> G.add_node("b", load=2.5)
    >>> G.add_edge("a", "b", tasks=["T001", "T002"])
    >>> H = plain_graph(G)
    >>> dict(H.nodes["a"]), H.edges["a", "b"]["tasks"], G.edges["a", "b"]["tasks"]
    ({'load': 3.0}, 'T001;T002', ['T001', 'T002'])

    Notes
    -----
    Per attribute name (graph, nodes and edges apart): numpy scalars become
    Python scalars; None and NaN are dropped; when one attribute holds ints on
    some elements and floats on others all become floats, and any other mix
    becomes strings, because GEXF and GraphML declare one type per attribute.
    Node ids are kept as they are, but for the XML-forbidden characters.
    """
    ident = xml_text if join_lists else (lambda node: node)
    H = G.__class__()
    H.graph.update(_harmonise([dict(G.graph)], join_lists)[0])
    nodes = list(G.nodes(data=True))
    kept = [{k: v for k, v in data.items() if k in keep} for _, data in nodes]
    plain = _harmonise([{k: v for k, v in data.items() if k not in keep} for _, data in nodes], join_lists)
    for (node, _), data, extra in zip(nodes, plain, kept):
        H.add_node(ident(node), **data, **extra)
    if G.is_multigraph():
        edges = list(G.edges(keys=True, data=True))
        for (u, v, key, _), data in zip(edges, _harmonise([d for *_, d in edges], join_lists)):
            H.add_edge(ident(u), ident(v), key=key, **data)
    else:
        edges = list(G.edges(data=True))
        for (u, v, _), data in zip(edges, _harmonise([d for *_, d in edges], join_lists)):
            H.add_edge(ident(u), ident(v), **data)
    return H


_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value):
    """Return ``value`` with the characters XML 1.0 forbids replaced by U+FFFD (strings only; others as they are).

    Examples
    --------
    >>> xml_text("办科技周\x07"), xml_text(3)
    ('办科技周\ufffd', 3)
    """
    return _XML_FORBIDDEN.sub("\ufffd", value) if isinstance(value, str) else value


def _harmonise(records: list[dict], join_lists: bool) -> list[dict]:
    """Plain values, missing ones dropped, one type per attribute name across ``records``."""
    plain = [
        {xml_text(str(name)) if join_lists else str(name): xml_text(value) if join_lists else value
         for name, value in ((k, _plain(v, join_lists)) for k, v in record.items()) if value is not None}
        for record in records
    ]
    types: dict[str, set] = {}
    for record in plain:
        for name, value in record.items():
            types.setdefault(name, set()).add(type(value))
    for name, found in types.items():
        if len(found) < 2:
            continue
        cast = float if found <= {bool, int, float} else str
        for record in plain:
            if name in record:
                record[name] = cast(record[name])
    return plain


def _plain(value, join_lists: bool):
    """A plain Python value for one attribute, or None when it is missing."""
    if isinstance(value, np.generic):
        value = value.item()
    if missing(value):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        items = [_plain(item, False) for item in items]
        items = [item for item in items if item is not None]
        return LIST_SEPARATOR.join(map(str, items)) if join_lists else items
    if isinstance(value, dict) and not join_lists:
        return {str(k): v for k, v in ((k, _plain(v, False)) for k, v in value.items()) if v is not None}
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str, allow_nan=False)
    return str(value)
