"""Who a text says requires its work: a document it cites, a meeting, a leader; and what is only its basis.

A notice, a report or a meeting's news often says that a document lays a duty down: 《方案》明确，A负责…,
通知要求，各部门…, 实施方案指出…. The document is then the speaker, not a unit: the units are those after it.
A meeting or a leader speaks too (会议要求，, 县长强调，, 他要求A…), and a clause of basis (根据上级要求，) names
no one speaking. Every reader that meets such a sentence takes its speakers from here, so a kind of document
learnt once (办法, 纪要, 決定 in a Traditional copy) is known to all of them.

>>> bool(DOCUMENT_SPEAKER.search("实施方案")), bool(DOCUMENT_SPEAKER.search("县长"))
(True, False)
>>> DOCUMENT_SAYS.sub("", "《意见》明确，由市发展改革委牵头")
'由市发展改革委牵头'
"""

from __future__ import annotations

import re

from zygraph.names.list_marks import both_forms

#: The kinds of document a text cites by their common noun: 通知, 实施方案, 会议纪要, 管理办法, 工作计划.
KINDS = ("通知", "意见", "方案", "文件", "规划", "计划", "报告", "纪要", "办法", "细则", "决定")
#: Any one of KINDS, in either character form.
KIND = f"(?:{'|'.join(both_forms(KINDS))})"
#: The kinds of document a role word may take as its object before a page's label (实施方案发布机构, 牵头计划编制): not
#: 报告, 通知 or 文件, which a role label also names as its work (牵头报告单位, 责任通知单位).
PLAN_KIND = f"(?:{'|'.join(both_forms(('方案', '计划', '规划', '意见', '办法', '细则')))})"
#: A document cited by its kind or by its title in book marks: 通知, 意见, 《实施方案》.
DOCUMENT = f"(?:《[^》]{{1,60}}》|{KIND})"
#: The verbs by which a document says what it requires: 明确, 指出, 要求, 规定.
SAYS = f"(?:{'|'.join(both_forms(('明确', '指出', '提出', '要求', '规定', '强调', '确定')))})"
#: A speaker that is a document, not a person or a meeting: 通知, 实施方案, 上级文件, 会议纪要, 《方案》.
DOCUMENT_SPEAKER = re.compile(f"[《》]|{KIND}$")
#: Who speaks a requirement as a person, a meeting or a team: a pronoun for the speaker named before, a meeting, a
#: post (副局长, 书记, 主任) after the name (吴建荣副局长), a team sent to look (督查组, 调研组): not a document
#: (《方案》要求) nor a clause of basis (按照上级要求).
SPEAKS = re.compile("^(?:他|她|他们)$|(?:长|书记|主任|主席|会议|领导|同志|[查研导察]组|長|書記|會議|領導|[查研導察]組)$")
#: A clause of basis read as a speaker's words: 根据目标任务要求，… (what the work follows, no one speaking).
BASIS = re.compile("^(?:根据|按照|依据|依照|遵照|按)")
#: The words opening a sentence that say a document lays its duty down, its comma often lost in a copy:
#: 《意见》明确，, 通知要求，, 方案中规定：, 通知指出市爱卫办将对….
DOCUMENT_SAYS = re.compile(f"^{DOCUMENT}中?{SAYS}[，,：:]?")
