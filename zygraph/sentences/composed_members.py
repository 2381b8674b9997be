"""A body's members listed (由A、B、C组成; 成员单位包括A、B、C), which of them a clause after names its lead (A为牵头单位),
the duties later sentences of the same paragraph give bodies of their own (办公室设在A，承担日常工作), and the members
of a working group given its duty first (救援组负责…。由A、B及有关单位组成。), who answer for it."""

from __future__ import annotations

import re

from zygraph.sentences.grammar import Item
from zygraph.sentences.set_up_body import set_up_body
from zygraph.sentences.statements import clause_units
from zygraph.sentences.subject_units import designated_units, subject_units
from zygraph.names.unitform import without_level
from zygraph.names.unitlist import split_units
from zygraph.names.list_marks import BY_WORD
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["MEMBERS_WORD", "GROUP_WORD", "composed_members", "joined_spellings", "group_members", "members_and_duties",
           "people_then_duties"]

#: The word the members so read carry, for the findings.
MEMBERS_WORD = "由…组成，A为牵头"
#: The word the members of a working group so read carry, for the findings.
GROUP_WORD = "负责…。由…组成"
#: A working group's duty with no subject of its own: opening the text, or after the group's name (救援组负责…).
_GROUP_DUTY = re.compile("^(?:[\u4e00-\u9fff]{1,10}(?:组|小组|专班|組)[：:]?)?(?:主要)?(?:负责|負責)")
_COMPOSED_END = re.compile("(?:共同)?(?:组成|組成)$")
#: How many members a list says it holds, after its last name: 9个部门和单位, 等十个部门, 等单位, 共6个部门（单位）和企业
#: (a kind noted in brackets, enterprises counted beside the departments).
_COUNT = ("[等共]?(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})?个?(?:部门和单位|单位和部门|成员单位|部门|单位|部委|部門|單位)"
          "(?:[（(](?:单位|單位)[）)])?(?:和企业|和企業)?")
#: The members of a body: 由A、B、C（等）（9个部门和单位）组成 (a comma may part the list: 由A、B，C、D等部门和单位组成),
#: or 成员单位包括/为/有：A、B、C, up to the clause's end.
_MEMBERS = re.compile(f"{BY_WORD}(?P<members>[^。；;：:由]{{2,400}}?)(?:{_COUNT})?(?:共同)?(?:组成|組成)"
                      f"|(?:成员单位|成員單位)(?:包括|为|為|有)[：:]?(?P<listed>[^，,。；;：:]{{2,400}}?)(?:{_COUNT})?"
                      "(?=[，,。；;]|$)")
#: How far after the members a clause naming their lead may stand: the rest of the sentence, or the next one.
_LEAD_CLAUSES = re.compile("[^。；;]*[。；;]?[^。；;]*")
#: A note in brackets inside a member's name: 财政（地税）局, 文化广电新闻出版（体育）局.
_NOTE = re.compile("[（(][^（）()]{1,8}[）)]")
#: Where a sentence of the paragraph ends.
_SENTENCE_END = re.compile("(?<=[。；;])")


def composed_members(text: str, known=None) -> list[Item] | None:
    """The members ``text`` lists for a body (``由A、B、C组成``, ``成员单位包括A、B、C``) when a clause after the list,
    in its sentence or the next, names one of them its lead (``A为牵头单位``, ``由A牵头``): that member leads and the
    others support; None when no such clause names a listed member.

    Examples
    --------
    >>> text = "工作专班由市商务局、市公安局、市税务局等3个单位组成，市商务局为牵头单位。"
    >>> [(i.text, i.role) for i in composed_members(text)]
    [('市商务局', 'lead'), ('市公安局', 'support'), ('市税务局', 'support')]
    >>> [(i.text, i.role) for i in composed_members("成员单位包括县水利局、县农业局。由县水利局牵头。")]
    [('县水利局', 'lead'), ('县农业局', 'support')]
    >>> text = "联席会议由市公安局、市燃气公司共2个部门（单位）和企业组成。市公安局为联席会议牵头单位。"
    >>> [(i.text, i.role) for i in composed_members(text)]
    [('市公安局', 'lead'), ('市燃气公司', 'support')]
    >>> composed_members("领导小组由县水利局、县农业局组成。") is None  # no lead named: members only
    True
    """
    found = _composition(text, known)
    return found[0] if found else None


def joined_spellings(text: str, known=None) -> list[tuple[str, str]]:
    """The members :func:`composed_members` took as the lead its clause names though written otherwise in the list:
    (as listed, as the lead's clause writes it) pairs, each two spellings read as one body; [] when none.

    Examples
    --------
    >>> joined_spellings("联席会议由县委办、财政（地税）局等部门组成，县财政局为牵头单位。")
    [('财政（地税）局', '县财政局')]
    >>> joined_spellings("工作专班由市商务局、市公安局组成，市商务局为牵头单位。")
    []
    """
    found = _composition(text, known)
    return found[2] if found else []


def group_members(text: str, known=None) -> list[Item] | None:
    """The members of a working group whose duty ``text`` gives first, with no subject of its own, then who the group
    is made of with no lead named (``救援组负责…。由A、B及有关单位组成。``): all responsible; else None.

    An emergency plan's working groups say what the group does, then which bodies it is made of: the bodies answer
    for the group's duty together. A composition naming its lead is :func:`composed_members`'s; one with no duty
    before it (``领导小组由A、B组成。``) gives no work.

    Examples
    --------
    >>> text = "安置组负责安置受灾群众。由县民政局、县住建局及有关单位组成。"
    >>> [(i.text, i.role) for i in group_members(text)]
    [('县民政局', 'responsible'), ('县住建局', 'responsible'), ('有关单位', 'responsible')]
    >>> [i.text for i in group_members("负责疏散群众，由县公安局、县交通局组成。")]
    ['县公安局', '县交通局']
    >>> group_members("领导小组由县水利局、县农业局组成。"), group_members("县水利局负责防汛。由县长任组长。")
    (None, None)
    """
    if not _GROUP_DUTY.match(text) or composed_members(text, known) is not None:
        return None
    for found in _MEMBERS.finditer(text):
        name = "members" if found.group("members") else "listed"
        whole = _COMPOSED_END.sub("", text[found.start(name):found.end()])  # 及有关单位组成: 有关单位 a member, no count
        for members in (whole, found.group(name)):
            if found.start() and looks_like_unit_list(members, known):
                return [Item(unit, "responsible", GROUP_WORD) for unit in split_units(members, known)]
    return None


def members_and_duties(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """``text`` as its tasks when it lists a body's members with their lead (:func:`composed_members`) and a later
    sentence gives a body its own duty: a body set in a unit (``联席会议办公室设在A，承担日常工作``) or one opening with
    a role verb (``B负责…``); else None.

    The rules of a joint conference or a leading group write who the body is made of and who leads it, then who runs
    its daily work, in one paragraph: the members are one task, each such duty another, running on over the sentences
    after it that give no body a duty (who chairs, who is the liaison: people). The unit an office sits in is where it
    sits, no unit of its duty.

    Examples
    --------
    >>> text = ("联席会议由县水利局、县农业局、县财政局组成，县水利局为牵头单位。召集人由县长担任。"
    ...         "联席会议办公室设在县水利局，承担联席会议日常工作。办公室主任由县水利局局长兼任。")
    >>> [(task[:9], [(i.text, i.role) for i in items]) for task, items in members_and_duties(text)]
    [('联席会议由县水利局', [('县水利局', 'lead'), ('县农业局', 'support'), ('县财政局', 'support')]),
     ('联席会议办公室设在', [('联席会议办公室', 'responsible')])]
    >>> members_and_duties("联席会议由县水利局、县农业局组成，县水利局为牵头单位。联席会议可根据需要增加成员单位。") is None
    True
    """
    found = _composition(text, known)
    if found is None:
        return None
    members, end, _ = found
    tasks = [(text[:end], members)]
    for sentence in (part for part in _SENTENCE_END.split(text[end:]) if part.strip()):
        items = set_up_body(sentence) or subject_units(sentence, known)
        if items:
            tasks.append((sentence.strip(), items))
        else:
            tasks[-1] = (tasks[-1][0] + sentence, tasks[-1][1])
    return tasks if len(tasks) > 1 else None


def people_then_duties(text: str, known=None) -> list[tuple[str, list[Item]]] | None:
    """``text`` as its tasks when its members are people (``召集人：张三 A局局长成员：…``), no body given a duty before a
    later sentence sets a body in a unit to do work (``联席会议办公室设在A，承担日常工作``): one task from that
    sentence, and one from each later sentence with a body as its subject; else None.

    The rules of a joint conference may list who sits on it by name and post, with no sentence naming the member
    bodies (:func:`members_and_duties` reads that sentence): the people are no units, and the work starts with the
    office set up for the conference. The sentences after a duty that give no body one (who the liaisons are) run on.

    Examples
    --------
    >>> text = "召集人：张三县水利局局长成员：李四县农业局副局长联席会议办公室设在县水利局，承担日常工作。联络员由有关人员担任。"
    >>> [(task[:9], [(i.text, i.role) for i in items]) for task, items in people_then_duties(text)]
    [('联席会议办公室设在', [('联席会议办公室', 'responsible')])]
    >>> people_then_duties("县水利局负责防汛。联席会议办公室设在县水利局，承担日常工作。") is None  # a body's duty first
    True
    >>> people_then_duties("为加强领导，特制定本制度。办公室设在县水利局，承担日常工作。") is None  # no people listed
    True
    """
    sentences = [part for part in _SENTENCE_END.split(text) if part.strip()]
    tasks: list[tuple[str, list[Item]]] = []
    for sentence in sentences:
        if not tasks:
            found = [m for m in _SET_IN_OPENING.finditer(sentence) if set_up_body(sentence[m.start():])]
            if found and _PEOPLE.search(text[:text.index(sentence) + found[0].start()]):
                tasks.append((sentence[found[0].start():].strip(), set_up_body(sentence[found[0].start():])))
            elif subject_units(sentence, known) or set_up_body(sentence):
                return None
            continue
        items = set_up_body(sentence) or subject_units(sentence, known)
        if items:
            tasks.append((sentence.strip(), items))
        else:
            tasks[-1] = (tasks[-1][0] + sentence, tasks[-1][1])
    return tasks or None


#: The people a body's rules list as its members, by their place: 召集人：张三 A局局长, 成员：李四 …, 组长：….
_PEOPLE = re.compile("(?:召集人|成员|成　员|成員|组长|組長)[：:]")
#: Where a body set in a unit may open its sentence, after people and posts glued before it: a conference's or a
#: group's office (联席会议办公室设在…, 领导小组办公室设在…).
_SET_IN_OPENING = re.compile("(?:联席会议|聯席會議|领导小组|領導小組)?(?:办公室|辦公室)(?=设在|設在)")


def _composition(text: str, known=None) -> tuple[list[Item], int, list[tuple[str, str]]] | None:
    """The members :func:`composed_members` reads, where the sentence naming their lead ends, and the members written
    as the lead's clause writes them (:func:`joined_spellings`); or None."""
    for found in _MEMBERS.finditer(text):
        members = found.group("members") or found.group("listed")
        if not looks_like_unit_list(members, known):
            continue
        names = split_units(members, known)
        after = _LEAD_CLAUSES.match(text, found.end()).group()
        named = [item.text for item in (designated_units(_clauses_opening(after), known) or [])
                 + (clause_units(after, known) or []) if item.role == "lead"]
        written = [_written_as(name, named) for name in names]  # 财政（地税）局 … ，市财政局为牵头单位: one body
        joined = [(name, as_lead) for name, as_lead in zip(names, written) if as_lead != name]
        names = written
        leads = [lead for lead in named if lead in names]
        if leads and len(names) > 1:
            # the lead's clause ends the sentence it stands in: the members' own, or the next one
            clauses = _SENTENCE_END.split(after)
            lead_at = next((at for at, clause in enumerate(clauses) if any(lead in clause for lead in leads)), 0)
            end = found.end() + len("".join(clauses[: lead_at + 1]))
            return [Item(name, "lead" if name in leads else "support", MEMBERS_WORD) for name in names], end, joined
    return None


def _written_as(member: str, leads: list[str]) -> str:
    """``member`` as the lead's clause writes it when that clause names the same body in another form (the list's
    ``财政（地税）局`` and the clause's ``市财政局``: the same without the note in brackets and the level); else ``member``."""
    same = [lead for lead in leads if lead != member and _bare(lead) == _bare(member)]
    return same[0] if len(same) == 1 else member


def _bare(name: str) -> str:
    """``name`` without its notes in brackets and the level it opens with (市财政（地税）局 -> 财政局; 市场监管局 keeps
    its 市, a market's)."""
    return without_level(_NOTE.sub("", name))


def _clauses_opening(text: str) -> str:
    """``text`` with each of its clauses a sentence, so a clause after a comma opens one (，A为牵头单位 -> 。A为牵头单位)."""
    return re.sub("^[，,。；;]|[，,]", "。", text)
