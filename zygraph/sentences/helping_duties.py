"""A subject's duty that is only to help with the work (A要积极配合，以保证…; A要…，配合做好…): the subject supports.

A sentence of running text whose subject's work is to help others' (``民政、公安等部门要积极配合，以保证清理整顿工作的
顺利进行``; ``各级国土、环保等部门要认真执行相关法律法规，配合做好相关项目停工等善后工作``) names the subject as a
partner of the work, not as who carries it: 配合 says support (README, role conventions), whether the help verb
stands alone before what the help is for or closes the duty with the work it helps with. A help verb followed by
work of the subject's own (``要紧密配合，依法查处``) leaves it responsible, and so does one naming the body it helps
(``A要配合C落实…``: :func:`zygraph.sentences.helped_bodies.helping_subjects` reads that).
"""

from __future__ import annotations

import re

from zygraph.sentences.helped_bodies import HELPING_VERBS
from zygraph.sentences.subject_units import MODAL_INSIDE

__all__ = ["helps_only"]

_HELP = "|".join(HELPING_VERBS)
#: How a subject helps: 积极, 主动, 全力, 密切, 紧密, 认真 (积极配合).
_MANNER = "(?:积极|積極|主动|主動|全力|密切|紧密|緊密|认真|認真)?"
#: The help verb alone, then only what the help is for (积极配合，以保证…顺利进行): no work of the subject's own.
_HELP_FOR = re.compile(f"^{_MANNER}(?:{_HELP})(?:[，,](?:以|从而|從而)?(?:保证|保證|确保|確保|促进|促進)[^，,。；;]*)?[。；;]?$")
#: A closing clause helping with named work (配合做好相关项目停工等善后工作), no body helped named before its verb.
_HELP_WITH = re.compile(f"^{_MANNER}(?:{_HELP})(?:做好|开展|開展|抓好|完成|推进|推進)[^，,。；;]*[。；;]?$")
#: A clause opening with a body and its modal: another subject's share, not this subject's help.
_CLAUSES = re.compile("[，,]")


def helps_only(duty: str) -> bool:
    """True when ``duty``, what follows a sentence's subjects (their modal verb first), is only to help with work:
    the help verb alone before what it is for, or the last clause helping with named work while no clause names
    another body's modal.

    Examples
    --------
    >>> helps_only("要积极配合，以保证整治工作的顺利进行。")
    True
    >>> helps_only("要认真执行相关规定，按照总体部署，配合做好停工等善后工作。")
    True
    >>> helps_only("要配合做好宣传工作。")
    True
    >>> helps_only("要紧密配合，依法查处。"), helps_only("要加强巡查，做好宣传。"), helps_only("要配合县公安局落实管控。")
    (False, False, False)
    """
    modal = MODAL_INSIDE.match(duty.strip())
    if modal is None:
        return False
    rest = duty.strip()[modal.end():]
    if _HELP_FOR.match(rest):
        return True
    clauses = [clause for clause in _CLAUSES.split(rest) if clause.strip()]
    return bool(clauses) and bool(_HELP_WITH.match(clauses[-1].strip())) \
        and not any(MODAL_INSIDE.search(clause) for clause in clauses[1:])
