"""Renderers: interactive HTML graphs, matplotlib figures and the briefing report."""
