"""People named by their bare names in notices and reports (马娜, 何海平): never units.

A report of a meeting gives work to a district leader by name (``由马娜牵头，A、B负责``), and a table
copied without its separators writes the person in charge before the units (``何海平文体旅局``). A
name of two or three Han characters opening with a common surname, that does not read as a unit, is
a person's, unless it is the name of a kind of body (林业, 商务: 由林业、商务部门牵头 shortens departments).
"""

from __future__ import annotations

import functools
import re

from zygraph.names.bodies import Bodies
from zygraph.names.listlike import looks_like_unit_list

__all__ = ["SURNAMES", "personal_name", "cadres", "post_holders", "people_with_posts", "GROUP_HEAD_POSTS"]

#: The common surnames a person's name opens with (何海平, 张菁).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤芮常温康施文牛樊葛邢安"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
    "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚"
    "皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁都普阙浦戈")
_NAME = re.compile("[\u4e00-\u9fff]{2,3}")
#: Characters a unit's short name ends with and a person's name seldom does (高新区, 安监站, 国土所).
_UNIT_END = frozenset("省市县区乡镇村局办委会厅部所队组处科站院校馆司社园")


def personal_name(text: str, known=None) -> bool:
    """True when ``text`` is a person's bare name: two or three Han characters after a common surname, no unit.

    ``known(name)`` is true for a registry name, which is a unit.

    Examples
    --------
    >>> personal_name("马娜"), personal_name("何海平"), personal_name("财政所"), personal_name("林业")
    (True, True, False, False)
    >>> personal_name("国土")  # the field 国土局 is named by, as 由国土、规划部门… names it
    False
    """
    text = text.strip()
    if not _NAME.fullmatch(text) or text[0] not in SURNAMES or text[-1] in _UNIT_END \
            or text in _body_names():
        return False
    return not looks_like_unit_list(text, known) and not (known and known(text))


#: People named by their post, not a body: 镇村两级包保干部, 各村主要负责人, 联络员 (a report names them beside units).
_CADRES = re.compile("(?:干部|幹部|负责人|負責人|负责同志|負責同志|联络员|聯絡員|专干|專幹|网格员|網格員)$")


def cadres(text: str) -> bool:
    """True when ``text`` names people by their post (``镇村两级包保干部``, ``各村主要负责人``): no unit.

    Examples
    --------
    >>> cadres("镇村两级包保干部"), cadres("各村(社区)农业专干"), cadres("镇秸秆禁烧巡查队")
    (True, True, False)
    """
    return _CADRES.search(text.strip()) is not None


#: The posts of a group's members, said before their names: 组长：文斌, 副组长：马传壮, 成员：侯同波、朱海 (longest
#: first, so 常务副组长 is not read as 组长).
_POSTS = ("常务副组长", "副组长", "组长", "副主任", "主任", "副召集人", "召集人", "成员", "组员", "联络员",
          "常務副組長", "副組長", "組長", "成員", "組員", "聯絡員")
_POST_LABEL = re.compile("(" + "|".join(_POSTS) + ")[：:]")
#: The posts that head a group (its 组长 and their deputies): a heading whose lines name them names a body with a head.
GROUP_HEAD_POSTS = frozenset(("常务副组长", "副组长", "组长", "常務副組長", "副組長", "組長"))
_NAME_SEPARATORS = re.compile("[、，,；;]")


def post_holders(text: str, known=None) -> list[tuple[str, list[str]]] | None:
    """The posts and the people holding them when ``text`` is nothing but a group's members by post and bare name,
    else None.

    ``组长：文斌 副组长：马传壮 成员：侯同波、朱海。`` (one a line, or run together): who sits in a group, people,
    no unit and no task. Every post must name people only (:func:`personal_name`): ``成员：县财政局、县教育局``
    lists units.

    Examples
    --------
    >>> post_holders("组长：文斌副组长：马传壮成员：侯同波、朱海。")
    [('组长', ['文斌']), ('副组长', ['马传壮']), ('成员', ['侯同波', '朱海'])]
    >>> post_holders("成员：县财政局、县教育局。"), post_holders("负责组长会议的筹备。")
    (None, None)
    """
    parts = _POST_LABEL.split(text.strip().replace(" ", "").rstrip("。；;"))
    if len(parts) < 3 or parts[0]:
        return None
    held = [(post, [name for name in _NAME_SEPARATORS.split(names) if name]) for post, names in zip(parts[1::2], parts[2::2])]
    if not all(names and all(personal_name(name, known) for name in names) for _, names in held):
        return None
    return held


#: The kind a local body's short name ends with, after the field it is named by (国土局: the field 国土).
_KIND_ENDINGS = ("局", "厅", "委", "办")


@functools.cache
def _body_names() -> frozenset:
    """The names of the kinds of body (林业, 商务, 卫生) and the fields their short names open with (国土 of 国土局),
    read once from the bundled table: a department named by its field (由国土、规划部门…) is no person."""
    fields = {stem[:-1] for body in Bodies.bundled() for stems in body.local.values() for stem in stems
              if stem.endswith(_KIND_ENDINGS) and len(stem) > 2}
    return frozenset(body.body for body in Bodies.bundled()) | fields


#: A person's name, then the post they hold in a bracket: 王某平（县教育局副局长）, 李某（兼）.
_NAMED_WITH_POST = re.compile("(?P<name>[\u4e00-\u9fff]{2,3})(?:[（(](?P<post>[^（()）]{1,20})[）)])?[、，,；;]?")
#: How a post in such a bracket ends: 副局长, 副调研员, 主任, 主任助理, 书记, 兼 (concurrently), not 试行 or a field.
_POST_END = re.compile("(?:长|員|员|任|理|记|記|席|问|問|兼)$")


def people_with_posts(text: str, known=None) -> list[tuple[str | None, str, str | None]] | None:
    """(group post or None, name, post in brackets or None) for each person when ``text`` is nothing but people named
    by name, each with the post they hold in a bracket after it, a group post (组长：) before them allowed; else None.

    ``组长：王某平（县政府办副主任）`` and a bare ``李某明（县教育局副局长）`` going on with the list on a line of its own
    name people: no unit and no task, though the posts name the bodies the people work in. At least one post in a
    bracket is needed (a bare name alone is :func:`post_holders`'s, with its group post), and every post in a bracket
    must end as posts do (长, 员, 任, 兼 …): ``方案（试行）`` is none.

    Examples
    --------
    >>> people_with_posts("副组长：钱某 （县卫健局副局长）")
    [('副组长', '钱某', '县卫健局副局长')]
    >>> people_with_posts("孔某兰（县农业局调研员）")
    [(None, '孔某兰', '县农业局调研员')]
    >>> people_with_posts("方案（试行）"), people_with_posts("县财政局（县国资办）"), people_with_posts("孔某兰")
    (None, None, None)
    """
    parts = _POST_LABEL.split(text.strip().replace(" ", "").rstrip("。；;"))
    chunks = ([(None, parts[0])] if parts[0] else []) + list(zip(parts[1::2], parts[2::2]))
    people = []
    for post, names in chunks:
        at = 0
        while at < len(names):
            found = _NAMED_WITH_POST.match(names, at)
            if not found or not personal_name(found.group("name"), known) \
                    or (found.group("post") and not _POST_END.search(found.group("post"))):
                return None
            people.append((post, found.group("name"), found.group("post")))
            at = found.end()
        if not names:
            return None
    return people if people and any(held for _, _, held in people) else None

