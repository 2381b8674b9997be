"""The vis-network page builder: template, script-safe JSON, Content-Security-Policy, inlined assets.

Each page is a single file that opens from disk with no network, now and later:
vis-network 9.1.2 (Apache-2.0 OR MIT, shipped in ``zygraph/render/assets`` with
its licences) and the page script are inlined, fonts are the reader's own, and a
Content-Security-Policy with one hash per inline script forbids every fetch and
every other script. Names and task texts are data: they travel as JSON inside a
``<script type="application/json">`` with ``< > &`` and U+2028/U+2029 escaped,
reach the canvas as labels and the tooltips as DOM text (``textContent``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path


from zygraph._version import __version__
from zygraph.errors import OutputError
from zygraph.render.pages import environment

__all__ = ["network_page", "write_html", "to_json", "csp_hash", "VIS_VERSION", "FONT_STACK"]

logger = logging.getLogger(__name__)

#: The vis-network release in assets/ (see assets/README.md for its source and checksum).
VIS_VERSION = "9.1.2"

#: Fonts with Chinese glyphs first, then the platform's own.
FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif'

_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def network_page(
    nodes: Sequence[Mapping],
    edges: Sequence[Mapping],
    *,
    title: str,
    how: str,
    legend: Sequence[Mapping],
    lang: str,
    directed: bool,
    ui: Mapping[str, str],
    placeholder: str,
    back: str | None = None,
    controls: Mapping | None = None,
    views: Mapping | None = None,
) -> str:
    """Return one self-contained vis-network page drawing ``nodes`` and ``edges`` where they stand.

    Parameters
    ----------
    nodes, edges : sequence of mapping
        vis-network items, with ``x``/``y`` set (physics stays off) and an
        ``info`` mapping for the tooltip and details panel; passed to the page
        as JSON, never as markup.
    title, how : str
        The page's heading and its how-to-read line.
    legend : sequence of mapping
        ``{"shape", "color", "label"}`` rows of the legend.
    lang : {"zh", "en"}
        The page's language (``<html lang>``).
    directed : bool
        Draw arrows and curved edges.
    ui : mapping
        The page's interface strings, as :data:`zygraph.render.editions.GRAPH_TEXT`.
    placeholder : str
        Hint in the search box.
    back : str, optional
        A link shown above the title.
    controls : mapping, optional
        What the page can filter and colour by (see
        :mod:`zygraph.render.controls`): ``areas``, ``kinds``
        (``[{"key", "label"}]``), ``communities``, ``max_shared``.
    views : mapping, optional
        Other layouts to switch between, ``name -> [[x, y], ...]`` in node order.

    Returns
    -------
    str
        The page.

    Examples
    --------
    >>> from zygraph.render.editions import GRAPH_TEXT
    >>> ui = GRAPH_TEXT["en"]
    >>> page = network_page([{"id": 0, "label": "<b>", "x": 0, "y": 0, "info": {}}], [], title="t", how="h",
    ...                     legend=[], lang="en", directed=False, ui=ui, placeholder="Unit")
    >>> '"label": "<b>"' in page, '"label": "\\\\u003cb\\\\u003e"' in page
    (False, True)
    """
    many = len(nodes) > 300
    options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": many, "multiselect": False},
        "nodes": {"borderWidth": 1, "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12} if directed else {"enabled": False},
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.6}},
            "selectionWidth": 1.5,
        },
    }
    controls = {"areas": [], "kinds": [], "communities": [], "max_shared": 1, **(controls or {})}
    data = {"directed": directed, "lang": lang, "ui": {key: ui[key] for key in ("more", "not_found", "matches")},
            "options": options, "nodes": list(nodes), "edges": list(edges), "controls": controls,
            "views": dict(views or {}), "title": title}
    vis_js, app_js = _vis_js(), _asset("network.js")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {csp_hash(vis_js)} {csp_hash(app_js)}",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    return environment().get_template("network.html").render(
        html_lang="zh-Hans" if lang == "zh" else "en",
        csp=csp,
        version=__version__,
        title=title,
        how_to_read=how,
        font_css=FONT_STACK,
        ui=ui,
        placeholder=placeholder,
        back=back,
        legend=legend,
        controls=controls,
        views=list(views or {}),
        vis_version=VIS_VERSION,
        data_json=to_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )


def write_html(html: str, path: str | Path) -> Path:
    """Write a page to ``path`` atomically and return the path.

    The page goes to a temporary file in the same folder, which then replaces
    ``path`` in one step: a reader sees the old file or the new one, never
    half of one, and nothing else in the folder changes.

    Parameters
    ----------
    html : str
        The page, as returned by :func:`network_html` and the others.
    path : str or Path
        Where to write it; the folder must exist.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        If the folder does not exist, ``path`` is a folder, or the file cannot
        be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     out = write_html("<!DOCTYPE html><title>t</title>", pathlib.Path(folder) / "g.html")
    ...     out.read_text(encoding="utf-8"), sorted(p.name for p in out.parent.iterdir())
    ('<!DOCTYPE html><title>t</title>', ['g.html'])
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"the folder {folder} does not exist; create it first or choose another output path", path=path)
    if path.is_dir():
        raise OutputError("this is a folder; give a file name such as network.html", path=path)
    tmp_name = None
    try:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=folder,
                                         prefix=f".{path.name}.", suffix=".tmp", delete=False) as handle:
            tmp_name = handle.name
            handle.write(html)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as error:
        raise OutputError(f"cannot write the page: {error.strerror or error}", path=path) from error
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    logger.info("wrote %s (%d bytes)", path, len(html.encode("utf-8")))
    return path


def to_json(value) -> str:
    """Return ``value`` as JSON safe inside a ``<script>`` element: no markup characters, no JS line separators.

    Parameters
    ----------
    value
        Anything ``json.dumps`` takes; NaN and infinities are refused.

    Returns
    -------
    str
        Compact JSON with ``< > &`` and U+2028/U+2029 as ``\\u`` escapes.

    Examples
    --------
    >>> to_json({"a": "</script>&"})
    '{"a": "\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    dumped = json.dumps(value, ensure_ascii=False, separators=(",", ": "), allow_nan=False)
    return dumped.translate(_JSON_ESCAPES)


def _asset(name: str) -> str:
    return resources.files("zygraph.render").joinpath("assets", name).read_text(encoding="utf-8")


def _vis_js() -> str:
    source = _asset("vis-network.min.js")
    # The source map is not shipped; drop the comment that would point a browser's tools at it.
    # split on "\n" only: the library holds other line-separator characters inside strings.
    return "\n".join(line for line in source.split("\n") if not line.startswith("//# sourceMappingURL="))


def csp_hash(script: str) -> str:
    """Return the Content-Security-Policy source that allows exactly this inline script.

    Parameters
    ----------
    script : str
        The script element's text, as it stands in the page.

    Returns
    -------
    str
        ``'sha256-<base64 digest of the UTF-8 text>'``, quotes included.

    Examples
    --------
    >>> csp_hash("alert(1)")
    "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
    """
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"

