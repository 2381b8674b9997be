"""Show a self-contained page inline in Jupyter or VS Code notebooks, with no network."""

from __future__ import annotations

import html

__all__ = ["inline_frame"]


def inline_frame(page: str, *, height: int = 640):
    """Return an IPython display object holding ``page`` in a sandboxed iframe.

    The whole page travels in the iframe's ``srcdoc`` attribute (escaped), so it
    works offline and in notebook front ends that block external files.

    Examples
    --------
    >>> frame = inline_frame("<p>资阳</p>", height=100)
    >>> 'srcdoc="&lt;p&gt;资阳&lt;/p&gt;"' in frame.data
    True
    """
    from IPython.display import HTML

    return HTML(
        f'<div><iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;border:0" '
        'sandbox="allow-scripts"></iframe></div>'
    )
