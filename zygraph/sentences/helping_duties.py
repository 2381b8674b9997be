"""A subject's duty that is only to help with the work (A要积极配合，以保证…; A要…，配合做好…): the subject supports.

A sentence of running text whose subject's work is to help others' (``民政、公安等部门要积极配合，以保证清理整顿工作的
顺利进行``; ``各级国土、环保等部门要认真执行相关法律法规，配合做好相关项目停工等善后工作``) names the subject as a
partner of the work, not as who carries it: 配合 says support (README, role conventions), whether the help verb
stands alone before what the help is for or closes the duty with the work it helps with. A help verb followed by
work of the subject's own (``要紧密配合，依法查处``) leaves it responsible, and so does one naming the body it helps
(``A要配合C落实…``: :func:`zygraph.sentences.helped_bodies.helping_subjects` reads that); a body helped alone in
its clause, the work after a comma (``A要主动协助B，做好…工作``), has no verb of its own: the subject
only helps, and the body helped is no unit of the task (README's settled rule).
"""

from __future__ import annotations

import re

from zygraph.names.listlike import looks_like_unit_list
from zygraph.names.verb_manner import HELP_MANNER
from zygraph.sentences.first_work import deciding_help, names_helped
from zygraph.sentences.role_words import HELP_VERB
from zygraph.sentences.subject_units import MODAL_INSIDE

__all__ = ["helps_only"]

#: A help word with the manner of helping before it (积极配合, 全力协助): the verbs and manners the grammar knows.
_HELP = re.compile(f"(?:{HELP_MANNER})?(?:{HELP_VERB})")
#: Where the clause naming the body helped ends (协助B，做好…).
_CLAUSE_END = re.compile("[，,。；;]")
#: The subject's own charge before its help (负责…，配合…): it is responsible, helping besides.
_OWN_CHARGE = re.compile("负责|負責|牵头|牽頭")


def helps_only(duty: str) -> bool:
    """True when ``duty``, what follows a sentence's subjects (their modal verb first), is only to help with work: a
    help verb in its first working clause (:func:`zygraph.sentences.first_work.deciding_help`), naming no body helped
    and after no charge of the subject's own.

    Examples
    --------
    >>> helps_only("要积极配合，以保证整治工作的顺利进行。")
    True
    >>> helps_only("要加强扬尘管控，依法查处违规行为，配合做好宣传工作。"), helps_only("要密切配合，确保各项任务落到实处。")
    (False, False)
    >>> helps_only("要配合做好宣传工作。")
    True
    >>> helps_only("要紧密配合，依法查处。"), helps_only("要加强巡查，做好宣传。"), helps_only("要配合县公安局落实管控。")
    (False, False, False)
    >>> helps_only("要主动协助政府有关部门，做好登记、统计等相关工作。")
    True
    """
    duty = duty.strip()
    modal = MODAL_INSIDE.match(duty)
    if modal is None:
        return False
    found = deciding_help(duty, modal.end(), _HELP)
    # 要配合县公安局落实…: the body helped is named; helped_bodies reads that, the subject keeps its own reading
    if found is None or _OWN_CHARGE.search(duty, 0, found.start()):
        return False
    helped = _CLAUSE_END.split(duty[found.end():], maxsplit=1)
    # 要协助B，做好…: the body helped stands alone in its clause, no verb of its own
    alone = len(helped) > 1 and looks_like_unit_list(helped[0])
    return alone or not names_helped(duty[found.end():])
