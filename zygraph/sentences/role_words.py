"""The role words: the labels and verbs that give units their roles (牵头单位：, A负责, B配合), and where labels stand in a text."""

from __future__ import annotations

import functools
import re

from zygraph.names.list_marks import OPENING as _OPEN, both_forms
from zygraph.names.verb_manner import manner_free
from zygraph.sentences.speakers import PLAN_KIND

__all__ = ["HELP_VERB", "LABEL", "LABELS", "LABEL_IS", "LABEL_SLIP", "NEUTRAL_LABEL", "PERSON_LABEL",
           "STRONG_VERB_END", "VERBS", "VERB_END", "VERB_THEN_COMMA", "WEAK_FORMS", "has_role_words", "label_role",
           "label_start", "names_a_person", "role_of", "starts_with_label"]


#: The verbs of a unit that only helps another with its work (配合, 协助, 协同), one vocabulary for a meeting's
#: requirements (decisions: A要全力配合…) and a heading's duties (duties: 积极配合…); taking part (参与) is help in a duty
#: list only, where its readers add it.
HELP_VERB = "配合|协助|协同|協助|協同"
#: Role word -> role, for a label: the word before a noun for who (牵头 + 单位 -> 牵头单位：).
LABEL_WORDS = {
    "牵头": "lead", "主责": "lead", "主办": "lead", "牵头责任": "lead", "牵头负责": "lead", "指导": "lead",
    "发起": "lead",  # 发起部门 of a joint inspection (部门联合抽查): the department that initiates it and leads it
    "责任": "responsible", "负责": "responsible", "承办": "responsible", "承担": "responsible",
    "落实": "responsible", "实施": "responsible",
    "配合": "support", "参与": "support", "参加": "support", "协办": "support", "协同": "support", "协助": "support",
    "协作": "support", "支撑": "support",  # 支撑单位 (supporting units) beside a 牵头单位, as 配合单位
    "配合责任": "support", "协同责任": "support", "协助责任": "support", "参与责任": "support",
}
#: Nouns a label ends with: 单位, 部门, and the 处室/科室 of a department's own notices (股室: a county or district
#: bureau's sections, 责任股室), and the 司局 of a ministry's (牵头司局: its departments, 规划司, 信息通信发展司).
LABEL_NOUNS = ("单位", "部门", "处室", "科室", "股室", "机构", "司局")
#: Label -> role. ``responsible`` units all lead unless a lead is named too
#: (see :func:`zygraph.sentences.grammar.assign_roles`).
LABELS = {
    **{word + noun: role for word, role in LABEL_WORDS.items() for noun in LABEL_NOUNS},
    "牵头": "lead", "配合": "support", "责任主体": "responsible", "实施主体": "responsible", "工作主体": "responsible",
    "检查主体": "responsible", "抽查主体": "responsible",  # the body that carries out an inspection (双随机抽查)
    "行使主体": "responsible",  # a power list's (权责清单) body that exercises each power: it does the row's duty
    "主管部门": "responsible", "主管单位": "responsible",  # （主管部门：县民政局）: the department in charge of the work
    "数据提供单位": "support", "数据提供部门": "support",  # the unit that supplies a target's figures: a duty in it
}
#: Labels that are a label only where they open a line, clause or bracket, with their colon (``相关部门：A、B等。``
#: closing a task: the units that answer for it): the same words are a subject in running text (相关部门要…, 各相关单位：
#: an addressee, 组织相关部门共同确认), so they are kept out of LABELS (read as nouns for who elsewhere) and of the
#: prose forms (相关部门为…), and match only with no Han character before them.
OPEN_LABELS = {"相关部门": "responsible", "相关单位": "responsible"}
_OPEN_LABEL = f"(?<![\u4e00-\u9fff])(?:{'|'.join(both_forms(OPEN_LABELS))})"
#: Verb -> role, for units written before the verb (``A、B负责``).
VERBS = {
    "牵头负责": "lead", "负责牵头": "lead", "牵头落实": "lead", "牵头": "lead", "主责": "lead", "指导": "lead", "主抓": "lead",
    "按职责分工负责": "responsible", "按职责负责": "responsible", "分别负责": "responsible", "共同负责": "responsible",
    "按职责分工落实": "responsible", "按职责落实": "responsible",  # A、B等按职责分工落实: as 按职责分工负责
    "按照职责分工": "responsible", "按职责分工": "responsible",  # （A牵头，B、C按照职责分工）: 负责 left unsaid
    "负责落实": "responsible", "负责实施": "responsible", "具体实施": "responsible", "具体负责": "responsible", "负责": "responsible", "承办": "responsible",
    "配合": "support", "参与": "support", "参加": "support", "协助": "support", "协同": "support", "协办": "support",
    "按职责分工配合": "support", "共同参与": "support", "配合协调": "support", "协调配合": "support",
    "负总责": "lead", "主办": "lead", "牵头推进": "lead", "牵头组织": "lead", "牵头实施": "lead", "组织实施": "responsible",
    "抓好落实": "responsible", "具体落实": "responsible", "分别落实": "responsible", "配合落实": "support",
    "协助落实": "support",
    "参照落实": "responsible", "参照执行": "responsible",  # 各镇（街）参照落实: they do it too, after the model of the lead
    **{"为" + label: role for label, role in LABELS.items()},  # A、B为配合单位
}
#: Verbs that end task sentences as often as unit lists (抓好政策落实): they give a role only to names that
#: all look like units, and do not by themselves make a text look like it names units.
WEAK_VERBS = {"落实": "responsible", "实施": "responsible", "组织落实": "responsible", "组织推进": "responsible",
               "组织": "responsible", "统一组织": "responsible", "联合组织": "responsible"}  # 由A、B联合组织举办…
_ROLE_OF = {form: role for table in (LABELS, VERBS, WEAK_VERBS, LABEL_WORDS, OPEN_LABELS) for word, role in table.items()
            for form in both_forms([word])}
#: A label: one of LABELS, or a role word, a few characters and a noun (牵头考核单位, 牵头推进部门).
#: Words qualifying a label before its role word: 主要协作单位, 具体责任单位, 直接责任单位, 工作协助部门 (the departments
#: helping in the work), and the work it answers for: (问题)整改责任单位, a problem list's rectification (no task text).
QUALIFIERS = ("主要", "具体", "直接", "工作", "问题整改", "問題整改", "整改")
_LABEL_TEXT = (f"(?:省|市|县|区)?(?:{'|'.join(QUALIFIERS)})?"  # 省牵头单位, 主要协作单位: a level or qualifier first
               f"(?:{'|'.join(both_forms(LABELS))}"
               f"|(?:{'|'.join(both_forms(LABEL_WORDS))})(?!{PLAN_KIND})"  # 实施计划发布机构: a document, then a page's label
               f"[\u4e00-\u9fff]{{1,4}}?(?:{'|'.join(both_forms(LABEL_NOUNS))}))")
#: A second kind of unit the label names after its noun, in a bracket or after a 、: 责任处室（单位）：A、B,
#: 牵头单位(部门)：A, 责任处室、单位：A、B (a bureau's offices and the bodies beside them, as 责任部门、单位：).
_ALSO_NOUN = f"(?:[（(](?:{'|'.join(both_forms(LABEL_NOUNS))})[）)]|、(?:{'|'.join(both_forms(LABEL_NOUNS))}))?"
#: A note in brackets between a label and its colon on how its units are listed, not which of them leads:
#: 责任处室、单位（按处室、单位顺序排列，下同）：A、B (the offices' standing order), 责任单位（排名不分先后）：A、B. Part of
#: the label; a note saying the first listed leads (（排名第一的为牵头单位）) is none of these.
ORDER_NOTE = ("[（(](?=[^（()）：:]*(?:顺序|次序|排列|排序|先后|为序|下同))(?![^（()）：:]*(?:牵头|牽頭|主责))"
              "[^（()）：:。；;]{1,30}[）)]")
LABEL = re.compile(f"({_LABEL_TEXT}|{_OPEN_LABEL}){_ALSO_NOUN}(?P<note>{ORDER_NOTE})?\\s*[：:]")
#: A label or a person's title written with 是 or 为 in prose (主责单位是A、B; 牵头领导是张某): read as with ：.
LABEL_IS = re.compile(f"^({_LABEL_TEXT}|[^：:，,；;]{{0,8}}(?:领导|領導|责任人|責任人|联系人|聯繫人))(?:是|为|為)(?!否|主|准)")
_LABEL_AT_END = re.compile(f"({_LABEL_TEXT}){_ALSO_NOUN}$")
#: A label opening a clause but closed by another mark (责任单位；A、B: a slip of the key for the colon), what follows.
LABEL_SLIP = re.compile(f"(?:^|(?<=[{_OPEN}；;，,。\\s]))({_LABEL_TEXT}{_ALSO_NOUN})\\s*([；;，,])([^；;，,。：:]*)")
LEVEL_FIRST = re.compile("^(?:省|市|县|区)")
_LABEL_WORD_AT_START = re.compile(f"({'|'.join(both_forms(LABEL_WORDS))})")
VERB_END = re.compile(f"({'|'.join(both_forms({**VERBS, **WEAK_VERBS}))})[\\s。.]*$")
WEAK_FORMS = frozenset(both_forms(WEAK_VERBS))
STRONG_VERB_END = re.compile(f"({'|'.join(both_forms(VERBS))})$")  # A牵头、B配合: a verb closing a run of units
VERB_THEN_COMMA = re.compile(f"(?:{'|'.join(both_forms(VERBS))})、")
#: A clause naming a person, not a unit (责任领导：张三, 分管省领导：李四): skipped.
PERSON_LABEL = re.compile("^[^：:，,；;]{0,8}(领导|領導|责任人|責任人|联系人|聯繫人)\\s*[：:]")
#: A label whose units carry their own verbs: 部门分工：A牵头，B配合.
NEUTRAL_LABEL = re.compile("^(部门分工|部門分工|责任分工|責任分工|任务分工|分工|职责分工)\\s*[：:]")
_NEUTRAL_ANYWHERE = re.compile("(部门分工|部門分工|责任分工|責任分工|职责分工)\\s*[：:]")
_ROLE_WORD = re.compile(f"{LABEL.pattern}|({'|'.join(both_forms(VERBS))})\\s*([，,；;。)）]|$)|会同|會同")
#: The first two characters of every role word and label (会同 and 主要 included): a cheap first look.
_ROLE_CHARS = re.compile("|".join(sorted({form[:2] for table in (LABELS, VERBS, LABEL_WORDS)
                                           for form in both_forms(table)} | {"会同", "會同", "主要", "具体", "直接"})))


def role_of(word):
    """The role a label or verb gives: its own, or that of the role word a label starts with (牵头考核单位: lead).

    >>> role_of("配合单位"), role_of("牵头考核单位"), role_of("主要协作单位"), role_of("负责"), role_of("省牵头单位")
    ('support', 'lead', 'support', 'responsible', 'lead')
    >>> role_of("区负责单位"), role_of("工作协助部门")
    ('responsible', 'support')
    """
    if word not in _ROLE_OF:  # 省牵头单位, 主要协作单位: the level or qualifier before the label
        word = LEVEL_FIRST.sub("", word)
        word = next((word[len(q):] for q in QUALIFIERS if word.startswith(q)), word)
        word = manner_free(word)  # 总牵头, 统一负责: the verb said with how far it reaches
    if word in _ROLE_OF:
        return _ROLE_OF[word]
    return _ROLE_OF[_LABEL_WORD_AT_START.match(word).group(1)]


def label_role(text: str) -> str | None:
    """The role of the label that ends ``text`` (a table header: 市卫健委内牵头处室), or None.

    Examples
    --------
    >>> label_role("市卫健委内牵头处室"), label_role("责任主体与协同单位"), label_role("牵头考核单位")
    ('lead', 'support', 'lead')
    >>> label_role("完成时限")
    """
    found = _LABEL_AT_END.search(text.strip())
    return role_of(found.group(1)) if found else None


def starts_with_label(text: str) -> bool:
    """True when ``text`` begins with a role label (牵头单位：, 部门分工：…).

    Examples
    --------
    >>> starts_with_label("部门分工：省发展改革委牵头"), starts_with_label("推进改革")
    (True, False)
    """
    text = text.lstrip(" （(【[〔")
    return LABEL.match(text) is not None or NEUTRAL_LABEL.match(text) is not None


def label_start(text: str) -> int | None:
    """Where the first role label in ``text`` starts (牵头单位：, 部门分工：…), or None.

    Examples
    --------
    >>> label_start("办科技周。协同责任单位：市科协"), label_start("办科技周"), label_start("垃圾未清运。整改责任单位：A")
    (5, None, 6)
    >>> label_start("相关部门：甲局、乙局等。"), label_start("各相关单位："), label_start("相关部门要加强协作：甲局")
    (0, None, None)
    """
    found = [m.start() for m in (LABEL.search(text), _NEUTRAL_ANYWHERE.search(text)) if m]
    return min(found) if found else None


def names_a_person(text: str) -> bool:
    """True for a line naming a person in charge (分管省领导：林某), which names no unit.

    Examples
    --------
    >>> names_a_person("分管省领导：林某"), names_a_person("牵头单位：市科协")
    (True, False)
    """
    return PERSON_LABEL.match(text.lstrip(" （(【[〔")) is not None


@functools.lru_cache(maxsize=65536)  # a pure function of the text; a notice repeats its unit cells
def has_role_words(text: str) -> bool:
    """True when ``text`` holds a role label, a closing role verb or 会同.

    Examples
    --------
    >>> has_role_words("市科协牵头，市教育局配合"), has_role_words("市就业创业指导中心、市科协")
    (True, False)
    """
    # most cells name no role: a look for the words' first characters saves the long pattern
    return _ROLE_CHARS.search(text) is not None and _ROLE_WORD.search(text) is not None
