"""Financial institutions and funds named by their kind as a duty's subject (银行业金融机构要…, 融资担保、再担保机构要…).

An opinion on finance gives its duties to the institutions it governs as it gives them to departments: banks
(银行业金融机构), guarantee institutions (融资担保机构, 再担保机构), guarantee funds (国家融资担保基金) and the parties of a
cooperation between them (银担合作各方). Written as a subject, a list of kinds may share the kind noun named after the
last of them (政府性融资担保、再担保机构: each kind a unit, as 公安、交通部门 are), unless 各级 stands over the list
(各级政府性融资担保、再担保机构: one collective, as 各级港航、海事部门 is) or the kinds are levels of place
(市、县融资担保机构: one, the levels sharing the body named after the last).
"""

from __future__ import annotations

import re

__all__ = ["financial_body", "financial_subjects"]

#: The kind nouns the last of a list may share with the kinds before it, the longest first (基金（机构） before 基金).
_KINDS = ("基金（机构）", "基金(机构)", "机构", "基金")
#: The words that qualify a financial kind, a closed list: the collective (各级, 各类, 各地), then levels and places
#: (国家, 省级, 县域, 两级), the owner or the form (政府性, 法人, 政策性, 商业), the trade (农业信贷, 银行业) and the
#: kind of guarantee (融资, 再). Anything else before the kind (一全力扩大…投放, 鼓励, 督促, 上述, 该) is no qualifier:
#: a heading, a verb or a pointer back run into the name.
_COLLECTIVE = "各级|各类|各地|各"
_QUALIFIERS = ("国家|省级|市级|县级|区级|两级|省|市|县|区|地方|县域|区域|农村|城市|法人|政府性|政策性|商业|国有|民营|"
               "中小|小额|农业信贷|农业|信贷|银行业|银行类|银行|融资|再")
#: A financial institution or fund by its kind: qualifiers, then a financial kind noun (银行业金融机构, 政府性融资担保机构,
#: 再担保基金（机构）, 国家融资担保基金, 保险机构); a fund of social insurance (失业保险基金) is money, no body.
_FINANCIAL = re.compile(f"^(?:{_COLLECTIVE})?(?:{_QUALIFIERS})*(?:(?:金融|担保|保险|银行)机构|(?:金融|担保)基金"
                        "(?:[（(]机构[）)])?)$")
#: The parties of a cooperation named by its partners' short kinds (银担合作各方: the banks and guarantors).
_PARTIES = re.compile("^[\u4e00-\u9fff]{2}合作各方$")
#: Places of a level written bare, sharing the body named after the last of them (市、县融资担保机构).
_LEVEL = re.compile("^[省市县区乡镇]$")
#: Where a list of subjects parts: 、 and the joiners 和, 及, 与.
_PARTS = re.compile("[、和及与]")


def financial_body(name: str) -> bool:
    """True when ``name`` names financial institutions or a fund by their kind, or the parties of a cooperation
    between them: a duty's subject in a notice of running sentences.

    Examples
    --------
    >>> financial_body("银行业金融机构"), financial_body("国家融资担保基金"), financial_body("再担保基金（机构）")
    (True, True, True)
    >>> financial_body("银担合作各方"), financial_body("培训机构"), financial_body("产业基金管理办法")
    (True, False, False)
    >>> financial_body("一全力扩大有效信贷投放银行业金融机构"), financial_body("督促县域法人金融机构")
    (False, False)
    >>> financial_body("上述金融机构"), financial_body("失业保险基金")
    (False, False)
    """
    return bool(_FINANCIAL.match(name) or _PARTIES.match(name))


def financial_subjects(units: str) -> list[str]:
    """The units a subject list of financial kinds names: each kind sharing the noun of the last a unit of its own,
    the whole one collective under 各级 or over levels of place; [] when the list is not one of financial kinds.

    Examples
    --------
    >>> financial_subjects("政府性融资担保、再担保机构")
    ['政府性融资担保', '再担保机构']
    >>> financial_subjects("国家融资担保基金和省级担保、再担保基金（机构）")
    ['国家融资担保基金', '省级担保', '再担保基金（机构）']
    >>> financial_subjects("各级政府性融资担保、再担保机构"), financial_subjects("市、县融资担保机构")
    (['各级政府性融资担保、再担保机构'], ['市、县融资担保机构'])
    >>> financial_subjects("银行业金融机构"), financial_subjects("市财政局、再担保机构")
    (['银行业金融机构'], [])
    """
    parts = [part for part in _PARTS.split(units.strip()) if part]
    if not parts or not financial_body(parts[-1]):
        return []
    kind = next((kind for kind in _KINDS if parts[-1].endswith(kind)), "")
    if len(parts) > 1 and (units.startswith("各级") or all(_LEVEL.match(part) for part in parts[:-1])):
        return [units.strip()] if all(financial_body(part) or financial_body(part + kind) for part in parts[:-1]) \
            or all(_LEVEL.match(part) for part in parts[:-1]) else []
    if all(financial_body(part) or financial_body(part + kind) for part in parts[:-1]):
        return parts
    return []
