"""Find a font with Chinese glyphs for matplotlib figures, with no user configuration.

The ``mplfonts`` dependency ships Noto Sans CJK SC as a file; this module finds
that file without importing ``mplfonts`` (whose helpers rewrite matplotlibrc),
registers it with matplotlib's font manager when first asked, and otherwise
falls back to a CJK font installed on the system. Nothing happens at import;
figures apply the font locally through :func:`font_rc` and ``rc_context``.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from matplotlib import font_manager

from zygraph.errors import FontError

__all__ = ["SYSTEM_FAMILIES", "bundled_font_path", "cjk_font_path", "cjk_font", "font_rc"]

log = logging.getLogger(__name__)

#: CJK font families tried, in order, when the ``mplfonts`` file is missing.
SYSTEM_FAMILIES = (
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Source Han Sans SC",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)

_BUNDLED_FILE = "NotoSansCJKsc-Regular.otf"
_LATIN_FALLBACK = "DejaVu Sans"  # ships with matplotlib; covers what a CJK font may lack


def bundled_font_path() -> Path | None:
    """Return the Noto Sans CJK SC file shipped by ``mplfonts``, or None if absent.

    The package is located with :func:`importlib.util.find_spec`, which does not
    run its code.

    Examples
    --------
    >>> path = bundled_font_path()
    >>> path is None or path.name == "NotoSansCJKsc-Regular.otf"
    True
    """
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "fonts" / _BUNDLED_FILE
        if candidate.is_file():
            return candidate
    return None


def cjk_font_path(families: tuple[str, ...] = SYSTEM_FAMILIES) -> Path:
    """Return the file of a font that has Chinese glyphs.

    Parameters
    ----------
    families : tuple of str
        System font families to try, in order, when the ``mplfonts`` file is missing.

    Returns
    -------
    Path
        The ``mplfonts`` Noto Sans CJK SC file if installed, else the first of
        ``families`` that matplotlib finds on the system.

    Raises
    ------
    FontError
        When neither is available.

    Examples
    --------
    >>> cjk_font_path().suffix in {".otf", ".ttf", ".ttc"}
    True

    Notes
    -----
    A system family is accepted by name; its glyph coverage is not checked.
    """
    bundled = bundled_font_path()
    if bundled is not None:
        return bundled
    for family in families:
        try:
            found = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
        except ValueError:
            continue
        log.info("mplfonts' Noto Sans CJK SC is missing; using the system font %s (%s)", family, found)
        return Path(found)
    raise FontError(
        "no font with Chinese characters was found, so figure labels would show as boxes. "
        "You can fix this by installing the mplfonts package (pip install mplfonts) "
        f"or a system font such as {', '.join(families) or 'Noto Sans CJK SC'}"
    )


def cjk_font(families: tuple[str, ...] = SYSTEM_FAMILIES) -> str:
    """Register a font with Chinese glyphs with matplotlib and return its family name.

    Parameters
    ----------
    families : tuple of str
        System families to fall back on, as in :func:`cjk_font_path`.

    Returns
    -------
    str
        The family name to use in ``font.family`` or a ``FontProperties``.

    Raises
    ------
    FontError
        When no such font is found.

    Examples
    --------
    >>> cjk_font()
    'Noto Sans CJK SC'

    Notes
    -----
    The font file is added to ``matplotlib.font_manager.fontManager`` once (a
    second call finds it there); no rcParams and no configuration file change.
    """
    path = cjk_font_path(families)
    if not any(Path(entry.fname) == path for entry in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def font_rc(family: str | None = None) -> dict:
    """Return rcParams that draw Chinese text, for ``matplotlib.rc_context``.

    Parameters
    ----------
    family : str, optional
        A font family with Chinese glyphs; :func:`cjk_font` by default.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> with plt.rc_context(font_rc()):
    ...     fig, ax = plt.subplots()
    ...     _ = ax.set_title("资阳市科协")
    >>> font_rc("SimHei")["font.family"]
    ['SimHei', 'DejaVu Sans']

    Notes
    -----
    DejaVu Sans follows as a per-glyph fallback, and ``axes.unicode_minus`` is
    off so negative numbers use an ASCII hyphen every font has.
    """
    return {
        "font.family": [family or cjk_font(), _LATIN_FALLBACK],
        "axes.unicode_minus": False,
        "svg.fonttype": "path",
    }
