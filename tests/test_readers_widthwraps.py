"""A converted document's paragraphs broken at a fixed width inside their sentences, put back on one line each."""

from zygraph.readers.widthwraps import unwrapped_width

# a notice of problems found, each paragraph broken every 16 characters or so, a unit name broken too
_BROKEN = "\n".join([
    "关于乡镇集市环境卫生整治情况的通报",
    "一、集市卫生",
    "甲镇集市东侧垃圾池满溢，周边污水横流，",
    "且有商户占道摆摊现象；乙镇集市公厕无人保",
    "洁，气味难闻，群众反映强烈，亟待整改到",
    "位。",
    "责任单位：甲镇政府、乙镇政府、县环境卫生管",
    "理所",
    "二、河道保洁",
    "丙河下游漂浮物较多，沿岸堆放建筑垃圾，",
    "部分排污口未设标识牌，巡河记录不全，河长",
    "制落实不到位。",
    "责任单位：县水利局",
])


def test_paragraphs_broken_at_the_width_are_joined():
    found = []
    lines = [line for line in unwrapped_width(_BROKEN, found).split("\n") if line]
    assert lines == [
        "关于乡镇集市环境卫生整治情况的通报",
        "一、集市卫生",
        "甲镇集市东侧垃圾池满溢，周边污水横流，且有商户占道摆摊现象；乙镇集市公厕无人保洁，气味难闻，群众反映强烈，亟待整改到位。",
        "责任单位：甲镇政府、乙镇政府、县环境卫生管理所",
        "二、河道保洁",
        "丙河下游漂浮物较多，沿岸堆放建筑垃圾，部分排污口未设标识牌，巡河记录不全，河长制落实不到位。",
        "责任单位：县水利局",
    ]
    assert [(f.code, f.line) for f in found] == [("width_lines_joined", 4)]


def test_line_numbers_are_kept():
    assert len(unwrapped_width(_BROKEN, []).split("\n")) == len(_BROKEN.split("\n"))


def test_a_paragraph_a_line_is_left_alone():
    text = "\n".join([
        "一、总体目标",
        "到2025年，全县营商环境便利度明显提升，市场主体满意度达到90%以上，形成一批可复制推广的经验。",
        "二、重点任务",
        "（一）优化审批服务",
        "1.推行企业开办全程网办，压缩办理时限至1个工作日以内。",
        "牵头单位：县市场监管局",
        "配合单位：县政务服务中心",
        "完成时限：2025年6月底前",
    ])
    found = []
    assert unwrapped_width(text, found) == text and found == []


def test_short_lines_of_a_list_are_left_alone():
    # headings, labels and dates of about one length, but no text broken inside its sentences
    text = "\n".join(["县人民政府办公室", "2024年5月10日", "一、工作目标", "二、工作措施", "牵头单位：县发改局",
                      "配合单位：县财政局", "完成时限：年底前", "三、保障措施"])
    assert unwrapped_width(text, []) == text


def test_a_line_that_ends_its_sentence_is_not_joined():
    found = []
    out = unwrapped_width(_BROKEN.replace("气味难闻，群众反映强烈，亟待整改到", "气味难闻，群众反映强烈，亟待整改。"), found)
    lines = out.split("\n")
    assert lines[2].endswith("亟待整改。") and lines[5] == "位。"
