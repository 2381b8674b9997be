"""Whether a piece of text names a unit, by its form: how it ends, what opens it, what it counts.

The vocabulary here (a unit's endings, a collective's words and endings) is what :mod:`zygraph.names.unitlist` splits
lists of names with; a registry of known bodies (``known``) is asked first.
"""

from __future__ import annotations

import re

from zygraph.names.bodies import bundled_fields

__all__ = ["looks_like_unit", "body_by_kind", "organ_of_field", "VERB_STARTS", "UNIT_ENDINGS", "COLLECTIVE", "COLLECTIVE_ENDINGS", "TRAILING_NOTE"]

#: Last characters of a name that looks like a unit, for splitting at 和 when no registry knows both sides.
UNIT_ENDINGS = ("局", "委", "厅", "部", "部门", "办", "院", "会", "府", "署", "室", "处", "所", "中心", "协", "联", "团",
                 "队", "行", "司", "社", "馆", "站", "校", "政府", "公司", "集团", "街道", "镇", "乡", "园区", "专班", "海关",
                 "直属库", "粮库", "直屬庫", "军分区", "警备区", "军区", "軍區",  # 邢台军分区, 上海警备区, 省军区: military bodies
                 "解放军", "解放軍",  # 驻地解放军和武警部队: the army beside the armed police (a whole name only: _ARMY)
                 "科", "股",  # a department's own divisions: 采购管理科, 人事股
                 "电视台", "电台", "電視臺", "電臺",  # 县广播电视台: the county's broadcaster
                 "林场", "林場",  # 贝江河林场: a state forest farm, a body of the county's
                 "交警",  # 高速公路交警: the traffic police (交通警察) of a road or a place, a body of the public security's
                 "领导小组", "領導小組", "工作组", "工作小组", "工作組",  # 各工作组: a body's working groups
                 "推进小组", "协调小组", "推進小組", "協調小組",  # 各专项协调推进小组: a leading group's groups by field
                 "督导组", "督查组", "督察组", "巡查组", "检查组", "指导组",  # a campaign's groups checking the work
                 "筹建组", "筹备组", "籌建組", "籌備組",  # 执法队筹建组: the group setting up a body not yet set up
                 "联席会议", "聯席會議",  # 部际联席会议: a joint conference, a standing body with its members and office
                 "廳", "辦", "會", "處", "聯", "團", "隊", "館", "鎮", "鄉")
#: Bodies a rule names by their kind, with what they run or own before it: 公园管理机构, 风景区管理机构, 公园业主单位
#: (a decree's duty article gives them duties as it gives departments theirs); 管理机构 alone, with nothing it runs, is none.
#: Bodies named by what they do between others: 议事协调机构 (a standing body deliberating and coordinating, as a leading
#: group is), 联络协调机构, 对外联络机构; 协调机构 alone, with nothing saying what it does, is none.
_KIND_OF_BODY_ENDINGS = ("管理机构", "业主单位", "管理機構", "業主單位", "协调机构", "联络机构", "協調機構", "聯絡機構")
#: The fewest characters naming what such a body runs or owns: 公园 (公园管理机构).
_KIND_QUALIFIER = 2
#: Words ending like a unit that name no body: places (厕所, 场所), verbs (查处, 部署, 实行), events (运动会),
#: channels (门户网站).
_NOT_UNIT_ENDINGS = ("厕所", "场所", "住所", "处所", "查处", "惩处", "部署", "举办", "承办", "督办", "创办", "开办",
                     "兴办", "执行", "运行", "进行", "推行", "实行", "施行", "通行", "出行", "试行", "先行", "运动会",
                     "博览会", "交易会", "展览会", "座谈会", "推介会", "洽谈会", "交流会", "发布会", "加油站", "充电站",
                     "网站",  # 门户网站, 政府网站: a channel a catalog publishes on, not a body
                     "实处", "實處", "之处", "之處",  # 落到实处 (made real), 不足之处: a phrase, no 处 (a division)
                     "学科", "本科", "专科", "百科", "控股", "入股", "参股", "持股", "配股",
                     # 空间格局, 产业布局, 服务大局: a pattern or the whole, no 局 (a bureau)
                     "格局", "布局", "佈局", "大局", "全局", "结局", "僵局", "变局", "開局", "开局")
#: The office of a campaign named for how many titles it goes for (双创办: 创卫 and 创文; 三创办): an office, though
#: it ends as the verb 创办 does.
_CAMPAIGN_OFFICE = re.compile("[双两三四五][创創][办辦]$")
#: A township's market supervision office said short by its place (吴泾市场所: 吴泾市场监督管理所), though it ends as
#: 场所 (a place) does: the place's name is two to four characters, none a kind of market (农贸市场所在地, 超市场所).
_MARKET_OFFICE = re.compile("^(?![\u4e00-\u9fff]*(?:农贸|集贸|批发|菜|超|商品|交易|专业|农产品|夜|旧货|花鸟))"
                            "[\u4e00-\u9fff]{2,4}(?:市场所|市場所)$")
#: Verbs a task opens with, which no unit's name does (成立工作专班 ends as 专班 does, but is a task).
VERB_STARTS = ("成立", "建立", "组建", "设立", "加强", "开展", "完善", "健全", "明确", "强化", "落实", "深化", "推动",
                "做好", "抓好", "加快", "提升", "实行", "实施", "召开", "发挥", "充分",  # 召开联席会议, 充分发挥…联席会议作用
                "负责", "負責",  # 负责督促所监管场所…: a duty with no subject, though 督促所 ends as 所 does
                "要",  # 要抓到实处: a requirement's modal verb, though it ends as 处 does
                "已", "完成", "新增",  # 已完成新增15家照料中心, 新增示范中心: a progress report's, though it ends as 中心 does
                "请", "請")  # 请统计到街镇: a request in a table's note, though it ends as 镇 does
#: A count with its measure word ending a name (学校1所, 服务站3个): a target, not a unit.
_COUNTED_END = re.compile("[\\d一二两三四五六七八九十百千万]+[所个家座处站]$")
#: One of a kind opening a name (一个党委, 每个乡镇): any one of them, taking turns, no unit named (13个街道 are all of them).
_COUNTED_START = re.compile("^[每一][个家名所]")
#: A school named by its number or as attached to a college, as a town calls it: 县一中, 北重三中, 包四中, 内科大附中.
#: Not 三小 (小作坊、小餐饮、小摊点, a food-safety term: 食品三小), nor a plenary session (十九届三中).
_SCHOOL = re.compile("[\u4e00-\u9fff](?<![届屆])(?:[一二三四五六七八九十]中|[一二四五六七八九十]小|附[中小])$")
#: The army as a body, the whole name: bare, the people's (中国人民解放军), or stationed in a place (驻地解放军, 驻市解放军);
#: not any phrase ending in it (慰问驻地解放军, 学习解放军: a task). 解放军 stays a unit's ending for splitting at 和.
_ARMY = re.compile("^(?:(?:中国)?人民|[驻駐][\u4e00-\u9fff]{1,6}|[当當本]地)?解放[军軍]$")
#: A division numbered within its office, not a count: 综合一处, 秘书二处.
_NUMBERED_DIVISION = re.compile("^[\u4e00-\u9fff]{2}[一二三四五六七八九十]处$")
#: Endings of a two-character name that is a known body said short (妇联, 科协, 团委).
_SHORT_UNIT_ENDINGS = ("联", "协", "委", "办", "局", "司", "聯", "協", "辦")  # 水司: a ministry's 司 by its field
#: A ministry, a department or a court naming itself (我部, 我厅, 我院: the body writing the letter), as 我局 and 我委 are
#: named by their short endings; 部 alone ends no two-character unit (全部, 内部, 干部).
_SELF = re.compile("^我[部厅院廳]$")
#: Words that make a name a collective of units (各, 有关, 成员, 属下 …).
COLLECTIVE = re.compile("各|有关|相关|有關|相關|成员|属下|下属|直属|所属|局属"  # 属下单位: a bureau's own bodies
                        "|^[省市县区州縣區][属屬]")  # 市属新闻单位: the bodies a city owns, of one kind
#: The members of a body not listed, or all of them, as one collective: 市森林防火指挥部其他成员, 领导小组各成员.
_MEMBERS = re.compile("(?:其他|其它|其余|各|全体)成员$")
#: Areas or units picked by their pairing with a body, as one collective: 定点联系地区 (the areas each department is
#: linked to), 挂钩联系单位, 对口支援地区, 结对帮扶村: what opens it says how they were picked, what ends it their kind.
_PAIRED = re.compile("^(?:定点|挂钩|掛鉤|对口|對口|结对|結對)(?:联系|聯繫|帮扶|幫扶|支援)?")
#: What a collective ends with: a kind of unit (部门, 单位) or of place (乡镇, 街道, 县; 各省份, a national notice's provinces).
COLLECTIVE_ENDINGS = ("部门", "单位", "机构", "部門", "單位", "機構", "企业", "地区", "地方", "城市", "县区", "区县", "省份",
                       "县市区", "乡镇", "街道", "园区", "镇街", "村", "社区", "县", "区", "市", "镇", "乡",
                       "机关", "機關",  # 各级公安机关: the police bodies of every level
                       "村居",  # 各村居: the villages and the residential communities (居委会) of an area, as 村（居）
                       "省")  # 各省（自治区、直辖市）: a national notice's provinces, as 各省份
#: The bodies of one level in one field, as one collective: 镇级政法单位 (the township's political-legal bodies), 县级
#: 医疗机构. The level (镇级) is what a 各 or 有关 is to other collectives: it says which bodies, all of them. A field
#: is needed: a level's bodies in every field (省级机关, 市级单位) are units in general, no collective of its
#: own; and an honour or a programme's list (市级文明单位, 县级示范单位, 市级重点项目单位) is no field of work, but a
#: title or a list the notice picks bodies by.
_LEVEL_BODIES = re.compile("^(?:省|市|县|区|州|镇|乡|縣|區|鎮|鄉)[级級]"
                           "(?![\u4e00-\u9fff]*?(?:文明|示范|示範|先进|先進|优秀|優秀|重点|重點|试点|試點|模范|模範|标杆|標杆))"
                           "[\u4e00-\u9fff]{1,6}(?:部门|单位|机构|机关|部門|單位|機構|機關)$")
#: A people's congress by its short name after its level: 市人大, 县人大, 全国人大 (人大常委会 ends as a body does).
_CONGRESS = re.compile("(?:省|市|县|区|州|旗|镇|乡|縣|區|鎮|鄉|全国|全國)人大$")
#: A people's tribunal, the county court's body in a township: 城关法庭, 某某镇法庭, 人民法庭; after a place's ending or
#: 人民, not a verb or a kind of hearing (走进法庭, 模拟法庭, 网上法庭).
_TRIBUNAL = re.compile("(?:人民|[镇乡区县市州旗关城街鎮鄉區縣關])法庭$")
#: A government's organ named by its field after the government (本级人民政府统计机构, 县级以上地方人民政府统计机构): a
#: rule names the statistics office so, as the law does; the 人民政府 before it says whose organ it is, a body of the
#: government's as its 部门 are (同级人民政府财政部门).
_GOVERNMENT_ORGAN = re.compile("人民政府[\u4e00-\u9fff]{2,6}(?:机构|機構)$")
#: A note in brackets closing a name: 区民政局（区委社会工委）, 其他相关部门（单位）.
TRAILING_NOTE = re.compile("[（(][^（()）]{2,60}[）)]$")
#: A one-character bracket naming the other kind of township a collective covers too: 各镇（街）, 各乡（镇）; or of
#: village, the residential community beside the villages: 各村（居）.
_ALSO_PLACE = re.compile("[（(][镇乡街居][）)]$")
#: A body named by its kind rather than its office (消防救援机构, 市场监管机构): a unit beside units, not alone.
BODY_BY_KIND = re.compile("^[\u4e00-\u9fff]{2,8}(?:机构|機構)$")


def body_by_kind(name: str) -> bool:
    """True when ``name`` names a body by its kind (消防救援机构, 医保经办机构): a unit beside units, not alone.

    Examples
    --------
    >>> body_by_kind("医保经办机构"), body_by_kind("区医保局")
    (True, False)
    """
    return BODY_BY_KIND.match(name) is not None


#: Fields named together for the organs of one body (纪检监察: 纪律检查 and 监察, the 纪委监委), no body's field alone.
_JOINT_FIELDS = frozenset({"纪检监察"})
#: An organ named by its field and 机关 (公安机关, 审计机关): the bodies of that field at every level.
_ORGAN = re.compile("^(?:各级|各級)?(?P<field>[\u4e00-\u9fff]{2,4})(?:机关|機關)$")


def organ_of_field(name: str) -> bool:
    """True when ``name`` is a field of government (a body of data/bodies.csv) and 机关: ``公安机关``, ``审计机关``, the
    bodies of that field at every level, a unit as their department is; ``行政机关``, ``国家机关`` name no field.
    ``纪检监察机关`` names the discipline and supervision commissions' organs (纪委监委) by their two fields.

    >>> organ_of_field("税务机关"), organ_of_field("各级审计机关"), organ_of_field("行政机关"), organ_of_field("省级机关")
    (True, True, False, False)
    >>> organ_of_field("纪检监察机关"), organ_of_field("各级纪检监察机关")
    (True, True)
    """
    found = _ORGAN.match(name)
    return found is not None and (found.group("field") in bundled_fields() or found.group("field") in _JOINT_FIELDS)


def looks_like_unit(name: str, known) -> bool:
    """Known, or ending like a unit (局, 委, 政府 …), or a collective (市级各有关部门, 各成员单位).

    >>> looks_like_unit("县派出所", lambda name: False), looks_like_unit("改造农村厕所", lambda name: False)
    (True, False)
    >>> looks_like_unit("县执法局派驻城东执法队筹建组", lambda name: False)
    True
    >>> looks_like_unit("各镇（街区）", lambda name: False), looks_like_unit("城镇", lambda name: False)
    (True, False)
    >>> looks_like_unit("各镇（街）", lambda name: False), looks_like_unit("各村（居）", lambda name: False)
    (True, True)
    >>> looks_like_unit("各村居", lambda name: False), looks_like_unit("农村居", lambda name: False)
    (True, False)
    >>> looks_like_unit("为把目标任务落到实处", lambda name: False), looks_like_unit("综合一处", lambda name: False)
    (False, True)
    >>> looks_like_unit("各省（自治区、直辖市）", lambda name: False), looks_like_unit("节约用电省", lambda name: False)
    (True, False)
    >>> looks_like_unit("市森林防火指挥部其他成员", lambda name: False), looks_like_unit("小组成员", lambda name: False)
    (True, False)
    >>> looks_like_unit("一个党委", lambda name: False), looks_like_unit("请统计到街镇", lambda name: False)
    (False, False)
    >>> looks_like_unit("县双创办", lambda name: False), looks_like_unit("积极创办", lambda name: False)
    (True, False)
    >>> [looks_like_unit(n, lambda name: False) for n in ("吴泾市场所", "农贸市场所", "大型超市场所", "城市场所")]
    [True, False, False, False]
    >>> looks_like_unit("北重三中", lambda name: False), looks_like_unit("内科大附中", lambda name: False)
    (True, True)
    >>> looks_like_unit("食品三小", lambda name: False), looks_like_unit("十九届三中", lambda name: False)
    (False, False)
    >>> looks_like_unit("已完成新增15家居家养老服务照料中心", lambda name: False)
    False
    >>> looks_like_unit("公园管理机构", lambda name: False), looks_like_unit("管理机构", lambda name: False)
    (True, False)
    >>> [looks_like_unit(n, lambda name: False) for n in ("议事协调机构", "联络协调机构", "对外联络机构", "协调机构")]
    [True, True, True, False]
    >>> looks_like_unit("定点联系地区", lambda name: False), looks_like_unit("定点联系", lambda name: False)
    (True, False)
    >>> looks_like_unit("镇级政法单位", lambda name: False), looks_like_unit("县级", lambda name: False)
    (True, False)
    >>> looks_like_unit("城关法庭", lambda name: False), looks_like_unit("模拟法庭", lambda name: False)
    (True, False)
    >>> looks_like_unit("水污染防治部际联席会议", lambda name: False), looks_like_unit("召开联席会议", lambda name: False)
    (True, False)
    >>> [looks_like_unit(n, lambda name: False) for n in ("县级医疗机构", "省级机关", "市级文明单位", "县级示范单位")]
    [True, False, False, False]
    >>> [looks_like_unit(n, lambda name: False) for n in ("驻地解放军", "中国人民解放军", "慰问驻地解放军", "学习解放军")]
    [True, True, False, False]
    >>> looks_like_unit("县人大", lambda name: False), looks_like_unit("成人大", lambda name: False)
    (True, False)
    >>> looks_like_unit("我部", lambda name: False), looks_like_unit("全部", lambda name: False)
    (True, False)
    >>> looks_like_unit("本级人民政府统计机构", lambda name: False), looks_like_unit("统计机构", lambda name: False)
    (True, False)
    """
    if known(name):
        return True
    bare = TRAILING_NOTE.sub("", name)  # 区民政局（区委社会工委）, 其他相关部门（单位）: the name before its note
    bare = _ALSO_PLACE.sub("", bare)  # 各镇（街）: the towns and the subdistricts, a collective
    name = bare if len(bare) >= 2 else name
    if len(name) == 2:  # 残联, 妇联, 科协, 团委, 侨办: short names of known bodies; 各镇, 各区: collectives
        return name.endswith(_SHORT_UNIT_ENDINGS) or (name[0] == "各" and name.endswith(COLLECTIVE_ENDINGS)) \
            or _SELF.match(name) is not None
    if len(name) < 3:
        return False
    if (name.endswith(_NOT_UNIT_ENDINGS) and not _CAMPAIGN_OFFICE.search(name)
            and not _MARKET_OFFICE.match(name)) \
            or (_COUNTED_END.search(name) and not _NUMBERED_DIVISION.match(name)) \
            or name.startswith(VERB_STARTS) or _COUNTED_START.match(name) \
            or (name.endswith(("解放军", "解放軍")) and not _ARMY.match(name)):
        return False  # 改造农村厕所, 依法查处, 新建学校1所: a task, though it ends as 派出所 and 办 do; 一个党委: any one
    by_kind = name.endswith(_KIND_OF_BODY_ENDINGS) and len(name) >= len(_KIND_OF_BODY_ENDINGS[0]) + _KIND_QUALIFIER
    return name.endswith(UNIT_ENDINGS) or (COLLECTIVE.search(name) is not None and name.endswith(COLLECTIVE_ENDINGS)) \
        or _MEMBERS.search(name) is not None or _SCHOOL.search(name) is not None or by_kind \
        or _LEVEL_BODIES.match(name) is not None or _TRIBUNAL.search(name) is not None \
        or _CONGRESS.search(name) is not None or _GOVERNMENT_ORGAN.search(name) is not None \
        or (_PAIRED.match(name) is not None and name.endswith(COLLECTIVE_ENDINGS) and len(name) > _PAIRED.match(name).end())
