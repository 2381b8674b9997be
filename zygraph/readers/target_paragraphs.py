"""Paragraphs under a heading each naming a target (百个大空间：…) that share the bracket closing the last of them."""

from __future__ import annotations

import re

from zygraph.sentences.duties import headed_duty_units

__all__ = ["TARGET_NAME", "shared_bracket"]

#: A paragraph opening with a target's short name and a colon (百个大空间：按照…), no sentence before it.
TARGET_NAME = re.compile("^[^，,。；;：:（(）)、]{2,12}[：:](?=.)")


def shared_bracket(targets: list[tuple[int, str]], line: str) -> list[tuple[int, str]]:
    """The paragraphs of ``targets`` that the units closing ``line`` cover too, or ``[]``.

    ``targets`` are the paragraphs without units read since a heading, ``line`` the first paragraph after them that
    closes with its units. When every one of them, ``line`` too, opens with a target's name set off by a colon
    (``（四）实施百千万工程`` / ``百个大空间：…`` / ``千个链接点：…`` / ``万个微基建：…（牵头单位：A）``), they are the
    heading's one task, its targets listed, and the bracket closing the last names the units of all of them. A name
    that is a unit's (``区绿化局：负责…``) opens that unit's duty, no target.

    >>> shared_bracket([(3, "一类工程：建设口袋公园。")], "二类工程：建设驿站。（牵头单位：区绿化局）")
    [(3, '一类工程：建设口袋公园。')]
    >>> shared_bracket([(3, "按照要求，建设口袋公园。")], "二类工程：建设驿站。（牵头单位：区绿化局）")
    []
    """
    if not targets or not _names_target(line):
        return []
    return list(targets) if all(_names_target(text) for _, text in targets) else []


def _names_target(text: str) -> bool:
    """True when ``text`` opens with a name and a colon that is no unit's (百个大空间：, not 区绿化局：)."""
    return TARGET_NAME.match(text) is not None and not headed_duty_units(text)
