"""Notice titles: short, near the top, ending as a notice's name ends; never a print header, a body paragraph,
a repeat or the lines after the signature."""

from pathlib import Path

import pytest

import zygraph
from zygraph.document import load
from zygraph.readers.notice import parse_notice
from zygraph.readers.titles import notice_title, title_shaped

REAL = Path("tests/fixtures/real")


@pytest.mark.parametrize("fixture, title", [
    ("formats/2022_baotou_digital_government/source.pdf",  # a browser's print header before it
     "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知"),
    ("formats/2021_anhui_industrial_internet/source.pdf",  # given twice on one line
     "安徽省人民政府办公厅关于印发支持工业互联网发展若干政策和安徽省工业互联网创新发展行动计划（2021―2023年）的通知"),
    ("blind/2018_suzhou_changshu_county/source.txt",  # letterhead, number and addressees on its line
     "市政府办公室关于分解落实2018年政府工作任务的通知"),
    ("blind104/2026_shanghai_fengxian_district_city_checkup_indicator_table/source.txt",  # a Markdown heading's #
     "关于印发《2026年奉贤区城市体检工作方案》的通知"),
    ("formats/2023_guangzhou_family_doctors/source.html",  # only the page's <title> holds it
     "广州市卫生健康委等4部门关于印发推进广州市家庭医生签约服务高质量发展实施方案的通知"),
])
def test_real_notices_get_their_own_title(fixture, title):
    meta = load(REAL / fixture).meta
    assert meta["title"] == title and meta["heading"] == title


def test_bodies_that_sign_together_are_issued_by_the_first():
    meta = load(REAL / "formats/2023_guangzhou_family_doctors/source.html").meta
    assert meta["issuer"] == "广州市卫生健康委员会"


@pytest.mark.parametrize("line", [
    "为贯彻落实国家、省关于推进家庭医生签约服务高质量发展的有关决策部署，推动分级诊疗，现印发给你们。",
    "根据《甲市人民政府关于印发方案的通知》要求，制定本方案",
    "11/30/26, 5:42 AM",
    "2023年10月19日",
])
def test_a_sentence_a_citation_or_a_date_is_no_title(line):
    assert title_shaped(line) == ""


@pytest.mark.parametrize("header", ["11/30/26, 5:42 AM", "2022/4/14 下午3:00", "2021-05-06 10:12"])
def test_a_print_header_is_dropped(header):
    assert title_shaped(header + "甲市人民政府关于印发甲方案的通知") == "甲市人民政府关于印发甲方案的通知"


def test_a_title_below_the_signature_is_the_plan_sent_not_the_notice():
    lines = ["各区卫生健康局：", "现印发给你们，请贯彻执行。", "甲市卫生健康委员会", "2023年10月19日", "关于推进甲实施方案"]
    assert notice_title(lines) == ("关于推进甲实施方案", 4)  # nothing better: the plan's name
    meta = parse_notice(lines)
    assert meta["issuer"] == "甲市卫生健康委员会" and meta["date"] == "2023-10-19"


def test_a_title_broken_over_lines_is_joined():
    assert parse_notice(["甲县人民政府", "关于印发甲县2021年重点工作", "任务分工方案的通知", "各乡镇："])["title"] == \
        "甲县人民政府关于印发甲县2021年重点工作任务分工方案的通知"


def test_a_markdown_copy_s_heading_mark_is_no_part_of_the_title():
    # blind113's 青浦 plan, kept by a repository as Markdown: its first line is "# 上海市青浦区人民政府办公室关于印发…的通知"
    path = (Path(__file__).parent / "fixtures" / "real" / "blind113" /
            "2024_shanghai_qingpu_district_public_fire_safety_plan" / "source.txt")
    table = zygraph.read_table(path)
    assert table.meta["title"] == "上海市青浦区人民政府办公室关于印发《关于进一步加强本区公共消防安全工作的实施方案》的通知"
