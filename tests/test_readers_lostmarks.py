"""Lines of a copy that lost its punctuation, broken again before a unit opening the next duty."""

from zygraph.readers.lines import PARAGRAPH_BREAK
from zygraph.readers.lostmarks import lost_marks_apart

_LOST = "县财政局负责安排全县防疫经费并做好物资采购保障工作县卫健局负责指导全县消毒杀菌工作县教育局要督导学校开展消杀"


def test_a_line_that_lost_its_marks_is_broken_before_each_unit_after_a_duty_s_closing_word():
    findings = []
    lines, parts = lost_marks_apart(["标题", _LOST], findings)
    assert lines[0] == "标题"
    assert lines[1].split(PARAGRAPH_BREAK) == [
        "县财政局负责安排全县防疫经费并做好物资采购保障工作", "县卫健局负责指导全县消毒杀菌工作", "县教育局要督导学校开展消杀"]
    assert parts == {(2, "县卫健局负责指导全县消毒杀菌工作"), (2, "县教育局要督导学校开展消杀")}
    assert [(f.line, f.code) for f in findings] == [(2, "lost_marks")]


def test_a_line_keeping_its_marks_or_a_short_one_is_left_whole():
    kept = "县财政局负责安排防疫经费，做好保障工作。县卫健局负责指导全县消毒杀菌工作，县教育局要督导学校。"
    short = "保障工作县卫健局负责指导"
    findings = []
    assert lost_marks_apart([kept, short], findings) == ([kept, short], set())
    assert findings == []


def test_a_unit_after_a_word_that_ends_no_duty_breaks_nothing():
    line = "县财政局负责安排全县防疫经费并督导县卫健局负责指导全县消毒杀菌并要求县教育局要督导学校开展消杀"
    assert lost_marks_apart([line], [])[1] == set()
