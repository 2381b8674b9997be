"""Guides in a field's work and two guides (guided_subjects), the kinds of parties a regulation binds
(surveyed_parties), a body's organ described by its work (described_subjects) and units asked by their part in a
meeting (asked_units)."""

from zygraph.names.unitname import looks_like_unit
from zygraph.readers.piece_readings import piece_subjects, read_piece
from zygraph.sentences.asked_units import asked_units, attending_units
from zygraph.sentences.described_subjects import described_subject
from zygraph.sentences.guided_subjects import guided_subject
from zygraph.sentences.surveyed_parties import surveyed_parties


def _body(name):
    return name.endswith(("局", "部门", "机构")) and len(name) > 3


def test_a_guide_in_the_fields_work_and_two_guides_joined_by_he_all_lead():
    assert [(i.text, i.role) for i in guided_subject("省林业局在国家林草局业务指导下，组织全省普查", _body)] == [
        ("省林业局", "responsible"), ("国家林草局", "responsible")]
    assert [i.text for i in guided_subject("县级林业主管部门在上级林业主管部门和本级人民政府统计机构指导下，组织实施", _body)] \
        == ["县级林业主管部门", "上级林业主管部门", "本级人民政府统计机构"]
    assert read_piece("省林业局在国家林草局业务指导下，组织全省普查。").rules[0] == "guided"


def test_a_governments_organ_named_by_its_field_is_a_unit():
    assert looks_like_unit("本级人民政府统计机构", lambda name: False)
    assert not looks_like_unit("统计机构", lambda name: False)


def test_the_kinds_of_parties_a_regulation_binds_are_units_and_people_none():
    assert [i.text for i in piece_subjects("国家机关、社会团体、其他组织和个人等普查对象，应当如实填报。")] == [
        "国家机关", "社会团体", "其他组织"]
    assert [i.text for i in piece_subjects("作为普查对象的企业事业单位、其他生产经营者应当按时报送资料。")] == [
        "企业事业单位", "其他生产经营者"]
    assert surveyed_parties("个人和公民应当如实填报") == []
    assert surveyed_parties("县财政局、企业应当加强协作") == []


def test_a_bodys_organ_described_by_its_work_is_the_subject_whole():
    assert described_subject("各级林业主管部门承担普查任务的职能机构负责本部门普查工作", _body) == (
        "各级林业主管部门承担普查任务的职能机构", "负责")
    assert described_subject("县林业局负责普查的审核", _body) is None


def test_units_asked_by_their_part_in_a_meeting_are_asked_with_jiang():
    assert [i.text for i in asked_units("请在分会场参会的单位将回执于5月1日前报送县政府办")] == ["在分会场参会的单位"]
    assert [i.text for i in asked_units("请县农业局将材料报送县政府办")] == ["县农业局"]
    assert attending_units("出席培训的单位") and not attending_units("参会人员")
    assert [i.text for i in asked_units("请三明市将乐县做好准备") or []] != ["三明市"]  # 将乐县: a name, no verb
