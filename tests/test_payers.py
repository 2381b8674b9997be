"""Who bears a plan's cost (zygraph.sentences.payers), as the readers of running text read it: the sections reader gives the
payers the funding part as their task, the sentence reader the sentence naming them."""

from zygraph.sentences.clause_subjects import PURSE
from zygraph.sentences.payers import PAYING_WORD, payers, sentence_payers
from zygraph.readers.piece_readings import read_piece
from zygraph.readers.subjects import subject_sections
from zygraph.names.unitname import looks_like_unit


def _body(name):
    return looks_like_unit(name, lambda other: False)


def test_the_money_borne_by_bodies_after_you():
    found = payers("本次电网改造升级工程所需资金由电力公司和国有林场共同承担", _body)
    assert [(i.text, i.role, i.word) for i in found] == [("电力公司", "responsible", PAYING_WORD),
                                                         ("国有林场", "responsible", PAYING_WORD)]
    assert [i.text for i in payers("项目建设经费由县财政局负担", _body)] == ["县财政局"]


def test_each_share_of_the_split_opens_with_who_pays_it():
    assert [i.text for i in payers("电力公司出资8000", _body)] == ["电力公司"]  # 80%, its percent sign lost
    assert [i.text for i in payers("国有林场及地方政府出资20%", _body)] == ["国有林场", "地方政府"]


def test_who_receives_or_no_body_is_no_payer():
    assert payers("形成的电力资产归电力公司所有", _body) == []
    assert payers("所需资金由受益农户共同承担", _body) == []  # households, no body
    assert payers("电力公司出资建设的线路", _body) == []  # no share: what it built


def test_the_sections_reader_gives_the_funding_part_to_the_payers():
    pairs = [(1, "方案如下："), (2, "三、资金筹措。本次工程所需资金由电力公司和国有林场共同承担，其中，电力公司出资8000，"
                                  "国有林场及地方政府出资2000，形成的电力资产归电力公司所有。")]
    found = []
    rows = subject_sections(pairs, found)
    assert [(row.lead, row.support) for row in rows] == [("电力公司、国有林场、地方政府", "")]
    assert [f.message for f in found if f.code == "cost_bearers"] == [
        "a clause names who bears the cost: 电力公司、国有林场、地方政府"]


def test_the_sentence_reader_reads_a_sentence_naming_its_payers():
    reading = read_piece("隶属电力公司的电网改造升级所需资金由电力公司承担。")
    assert [(i.text, i.word) for i in reading.first] == [("电力公司", PAYING_WORD)] and reading.rules == ("pays",)


def test_a_clause_bearing_the_money_named_before_it():
    # 共需经费约400万元，由区级财政承担 (blind102, 虹口区 e-bike charging plan): the money in one clause, who bears it the next
    clauses = ["经测算", "共需资金约50万元", "由县级财政承担。"]
    purse = lambda name: _body(name) or PURSE.match(name) is not None  # noqa: E731 (the sentence reader's bodies)
    assert [(i.text, i.role) for i in sentence_payers(clauses, purse)] == [("县级财政", "responsible")]
    assert [i.text for i in sentence_payers(["改造费用约30万元", "由区财政局和区住建局共同承担"], _body)] == ["区财政局", "区住建局"]
    # no money before: 由A承担 alone says nothing of who pays
    assert sentence_payers(["加强宣传", "由区财政局承担"], _body) == []
    assert [(i.text, i.role) for i in read_piece("经测算，共需经费约20万元，由区级财政承担。").first] == [
        ("区级财政", "responsible")]


def test_a_sum_is_found_after_any_run_of_numerals_and_a_run_with_no_yuan_is_none():
    from zygraph.sentences.payers import _MONEY
    assert _MONEY.search("共需三百五十万元").group(0) == "三百五十万元"
    assert _MONEY.search("预算12.5亿元").group(0) == "12.5亿元"
    assert _MONEY.search("一" * 2000) is None  # one try for the run, not one from each of its characters
