"""The by-family view of the real notices: families by source type and layout words, first scores from the README."""

from tests import layouts, realset


def _fixture(fixture_id):
    return next(f for f in realset.fixtures() if f.id == fixture_id)


def test_a_web_page_is_its_own_family_whatever_its_layout_says():
    fixture = _fixture("2018_guobanfa_consumption_poverty")
    assert fixture.source.suffix == ".html"
    assert layouts.family(fixture) == "web page (.html)"


def test_a_text_family_comes_from_the_first_words_its_layout_matches():
    # index.csv: "flattened table (spaces)" -> a table; a dataset cell ON ONE line wins over its brackets
    assert layouts.family(_fixture("2016_guobanhan_quantified_targets")) == "table copied as text"
    assert layouts.family(_fixture("1991_guofa_tungsten_tin_antimony_rare_earth_protective_mining_notice")) == (
        "text run together on one line")


def test_first_scores_are_each_notices_first_row_with_counts_recovered_from_its_rates():
    first = layouts.first_scores()
    # fixtures README, "Scores of the readers before issue 10's work": 2 tasks, 12 assignments, refused
    assert first["2014_guobanhan_rural_reform"] == (12, 0, 0, 2, 0)
    # "2012_guangzhou_talent | dev | … | 44 | 146 | 0.46 | 0.69 | 43/44": 0.69 * 146 = 101 found, 101 / 0.46 = 220 read
    assert first["2012_guangzhou_talent"] == (146, 101, 220, 44, 43)
    # blind113's table, as the notice came: P 1.00 R 0.80, 4 of 5 tasks
    assert first["2017_shanghai_xuhui_district_renovation_waste_duty_sentences"] == (5, 4, 4, 5, 4)


def test_pooled_figures_sum_counts_before_dividing():
    n, p, r, found, tasks = layouts.pooled([(10, 5, 10, 2, 1), (30, 30, 30, 3, 3)])
    assert (n, p, r, found, tasks) == (2, 35 / 40, 35 / 40, 4, 5)
