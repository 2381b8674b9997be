"""The Jinja environment of zygraph's page templates: autoescaped, control characters shown, undefined names refused."""

from __future__ import annotations

import jinja2
from markupsafe import Markup

from zygraph.shown import visible


def _finalize(value):
    """Each text a template prints, its control characters written as escapes (before autoescaping).

    Markup (the inlined scripts, whose hashes the page's policy names) is ours and passes as it is.
    """
    return visible(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def environment() -> jinja2.Environment:
    """Return the Jinja environment of zygraph's page templates.

    Values are HTML-escaped and their control characters (an ESC a Word table carried) shown as ``\\x1b``, which
    HTML forbids as characters; a name a template does not get is an error, not an empty string.

    Examples
    --------
    >>> environment().from_string("{{ x }}").render(x="<b>\\x1b")
    '&lt;b&gt;\\\\x1b'
    """
    return jinja2.Environment(
        loader=jinja2.PackageLoader("zygraph.render", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
    )
