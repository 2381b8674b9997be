"""Renderers: interactive HTML graphs, matplotlib figures and the briefing report."""

from zygraph.render.html import bipartite_html, coordination_html, network_html, write_html

__all__ = ["network_html", "coordination_html", "bipartite_html", "write_html"]
