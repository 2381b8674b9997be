"""Tests of zygraph.sentences.financial_bodies: financial institutions and funds by kind as a duty's subject."""

from zygraph.sentences.financial_bodies import financial_body, financial_subjects


def test_banks_guarantee_institutions_and_funds_are_bodies_by_kind():
    # 银行业金融机构要…, 国家融资担保基金要… (blind118 国办发〔2019〕6号)
    assert financial_body("银行业金融机构") and financial_body("农业信贷担保机构") and financial_body("国家融资担保基金")
    assert financial_body("再担保基金（机构）") and financial_body("银担合作各方")
    assert not financial_body("培训机构") and not financial_body("产业基金管理办法") and not financial_body("财政部")


def test_kinds_sharing_the_noun_of_the_last_are_each_a_unit():
    # 政府性融资担保、再担保机构要…: as 公安、交通部门, each kind a unit
    assert financial_subjects("农业信贷担保、再担保机构") == ["农业信贷担保", "再担保机构"]
    assert financial_subjects("国家担保基金和省级担保、再担保基金（机构）") == ["国家担保基金", "省级担保", "再担保基金（机构）"]
    assert financial_subjects("银行业金融机构和融资担保、再担保机构") == ["银行业金融机构", "融资担保", "再担保机构"]


def test_each_level_over_the_kinds_or_levels_of_place_make_one_collective():
    assert financial_subjects("各级农业信贷担保、再担保机构") == ["各级农业信贷担保、再担保机构"]
    assert financial_subjects("省、市融资担保机构") == ["省、市融资担保机构"]


def test_a_list_with_a_department_is_no_list_of_financial_kinds():
    assert financial_subjects("市财政局、再担保机构") == []
    assert financial_subjects("市财政局") == []


def test_a_qualifier_is_one_of_a_closed_list_so_a_verb_or_a_pointer_before_the_kind_is_none():
    assert not financial_body("督促银行业金融机构") and not financial_body("指导融资担保机构")
    assert not financial_body("上述金融机构") and not financial_body("该担保机构")
    assert financial_body("县域法人金融机构") and financial_body("各地政府性融资担保基金")


def test_a_fund_of_social_insurance_is_money_not_a_body():
    assert not financial_body("失业保险基金") and financial_body("保险机构")
