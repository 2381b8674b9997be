"""How a text names a document it cites, and the verbs by which that document says what it requires.

A notice, a report or a meeting's news often says that a document lays a duty down: 《方案》明确，A负责…,
通知要求，各部门…, 实施方案指出…. The document is then the speaker, not a unit: the units are those after it.
Every reader that meets such a sentence takes the document's name and its verbs from here, so a kind of
document learnt once (办法, 纪要, 決定 in a Traditional copy) is known to all of them.

>>> bool(DOCUMENT_SPEAKER.search("实施方案")), bool(DOCUMENT_SPEAKER.search("县长"))
(True, False)
>>> DOCUMENT_SAYS.sub("", "《意见》明确，由市发展改革委牵头")
'由市发展改革委牵头'
"""

from __future__ import annotations

import re

from zygraph.unitlist import both_forms

#: The kinds of document a text cites by their common noun: 通知, 实施方案, 会议纪要, 管理办法, 工作计划.
KINDS = ("通知", "意见", "方案", "文件", "规划", "计划", "报告", "纪要", "办法", "细则", "决定")
#: Any one of KINDS, in either character form.
KIND = f"(?:{'|'.join(both_forms(KINDS))})"
#: A document cited by its kind or by its title in book marks: 通知, 意见, 《实施方案》.
DOCUMENT = f"(?:《[^》]{{1,60}}》|{KIND})"
#: The verbs by which a document says what it requires: 明确, 指出, 要求, 规定.
SAYS = f"(?:{'|'.join(both_forms(('明确', '指出', '提出', '要求', '规定', '强调', '确定')))})"
#: A speaker that is a document, not a person or a meeting: 通知, 实施方案, 上级文件, 会议纪要, 《方案》.
DOCUMENT_SPEAKER = re.compile(f"[《》]|{KIND}$")
#: The words opening a sentence that say a document lays its duty down, its comma often lost in a copy:
#: 《意见》明确，, 通知要求，, 方案中规定：, 通知指出市爱卫办将对….
DOCUMENT_SAYS = re.compile(f"^{DOCUMENT}中?{SAYS}[，,：:]?")
