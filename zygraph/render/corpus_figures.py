"""Static figures comparing many documents: distributions of their measures, and a unit x document matrix of leads.

As in :mod:`zygraph.render.figures`: each function takes ``ax=`` or makes its
own figure, returns the Figure and writes nothing; Chinese labels use the font
of :mod:`zygraph.render.fonts`. Nothing here draws a network.
"""

from __future__ import annotations

from types import MappingProxyType

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from zygraph.render.fonts import font_rc

__all__ = ["DISTRIBUTIONS", "distributions", "lead_matrix"]

#: The per-document measures drawn by :func:`distributions`, with their labels.
DISTRIBUTIONS = MappingProxyType({
    "top_unit_lead_share": {"zh": "牵头最多单位的任务占比", "en": "share of tasks led by the top unit"},
    "hhi": {"zh": "牵头集中度（HHI）", "en": "concentration of leads (HHI)"},
    "gini": {"zh": "牵头分布基尼系数", "en": "Gini coefficient of leads"},
    "density": {"zh": "部门网络密度", "en": "density of the department network"},
    "degree_centralisation": {"zh": "度中心势", "en": "degree centralisation"},
    "units": {"zh": "网络中的部门数", "en": "departments in the network"},
})
_WORDS = MappingProxyType({
    "zh": {"documents": "文件数", "title": "各文件指标的分布", "matrix_title": "主要单位在各文件中牵头的任务数",
           "document": "文件", "led": "牵头任务数", "median": "中位数"},
    "en": {"documents": "documents", "title": "How the documents' measures are distributed",
           "matrix_title": "Tasks led by the main units in each document", "document": "document",
           "led": "tasks led", "median": "median"},
})


def distributions(network: pd.DataFrame, *, lang: str = "zh", columns=tuple(DISTRIBUTIONS), bins: int = 20):
    """Draw one histogram per measure across documents, in small multiples.

    Parameters
    ----------
    network : DataFrame
        One row per document, e.g. :attr:`zygraph.corpus_view.Corpus.network`.
    lang : {"zh", "en"}
    columns : sequence of str
        Measures drawn (keys of :data:`DISTRIBUTIONS`); missing or all-NaN ones are skipped.
    bins : int
        Bars per histogram (fewer when there are few documents).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> frame = pd.DataFrame({"hhi": [0.1, 0.2, 0.2], "gini": [0.3, 0.5, 0.4]})
    >>> fig = distributions(frame, columns=("hhi", "gini"), lang="en")
    >>> [ax.get_title() for ax in fig.axes]
    ['concentration of leads (HHI)', 'Gini coefficient of leads']
    """
    words = _WORDS[lang]
    shown = [c for c in columns if c in network and network[c].notna().any()]
    cols = min(3, max(1, len(shown)))
    rows = max(1, -(-len(shown) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, 3.2 * rows), layout="constrained", squeeze=False)
    with plt.rc_context(font_rc()):
        for ax, column in zip(axes.flat, shown):
            values = network[column].dropna().to_numpy(dtype=float)
            ax.hist(values, bins=min(bins, max(3, len(values))), color="#0072b2", edgecolor="white")
            median = float(np.median(values))
            ax.axvline(median, color="#d55e00", linewidth=1.5)
            ax.annotate(f"{words['median']} {median:.3g}", xy=(median, 1), xycoords=("data", "axes fraction"),
                        xytext=(4, -12), textcoords="offset points", color="#d55e00", fontsize="small",
                        bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})
            ax.set_title(DISTRIBUTIONS[column][lang], fontsize="medium")
            ax.set_ylabel(words["documents"])
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # documents are counted whole
            ax.spines[["top", "right"]].set_visible(False)
        for ax in list(axes.flat)[len(shown):]:
            ax.set_visible(False)
        fig.suptitle(words["title"])
    _apply_font(fig)
    return fig


def lead_matrix(matrix: pd.DataFrame, *, lang: str = "zh", label_columns: bool | None = None, ax=None):
    """Draw a unit x document heatmap of tasks led.

    Parameters
    ----------
    matrix : DataFrame
        Index = units (keep it to the main ones), columns = documents, values =
        tasks led.
    lang : {"zh", "en"}
    label_columns : bool, optional
        Write each document's name under its column; by default only up to 60 documents.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> m = pd.DataFrame([[3, 0], [1, 2]], index=["市科协", "市科技局"], columns=["a", "b"])
    >>> fig = lead_matrix(m)
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['市科协', '市科技局']
    """
    words = _WORDS[lang]
    values = matrix.fillna(0).to_numpy(dtype=float)
    n_units, n_docs = values.shape
    label_columns = n_docs <= 60 if label_columns is None else label_columns
    if ax is None:
        width = min(16.0, max(6.0, 0.28 * n_docs + 3)) if label_columns else 13.0
        _, ax = plt.subplots(figsize=(width, 0.3 * n_units + 2.4), layout="constrained")
    with plt.rc_context(font_rc()):
        image = ax.imshow(values, cmap="Blues", vmin=0, vmax=max(values.max(initial=0), 1), aspect="auto",
                          interpolation="nearest")
        ax.set_yticks(range(n_units), labels=[str(u) for u in matrix.index])
        if label_columns:
            ax.set_xticks(range(n_docs), labels=[str(c) for c in matrix.columns], rotation=90, fontsize="x-small")
        else:
            ax.set_xticks([])
            ax.set_xlabel(f"{n_docs} {words['documents']}")
        ax.tick_params(length=0)
        ax.spines[:].set_visible(False)
        bar = ax.figure.colorbar(image, ax=ax, shrink=0.6, pad=0.01)
        bar.set_label(words["led"])
        ax.set_title(words["matrix_title"])
    _apply_font(ax.figure)
    return ax.figure


def _apply_font(fig) -> None:
    """Give every text of the figure the Chinese font, also on Axes made outside rc_context."""
    families = font_rc()["font.family"]
    for text in fig.findobj(Text):
        text.set_fontfamily(families)
