"""How unit kinds and roles look: one palette and one set of names for every renderer.

Figures, interactive pages and the briefing all take their colours and kind
names from here, so a kind has the same colour everywhere.
"""

from types import MappingProxyType

__all__ = ["KIND_COLOURS", "KIND_LABELS", "ROLE_COLOURS"]

#: One colour per unit kind (zygraph.units.KINDS), from the Okabe-Ito palette,
#: which stays distinct under the common forms of colour blindness; the four kinds
#: it has no room for take colours of Paul Tol's muted scheme, also made for it.
KIND_COLOURS = MappingProxyType(
    {
        "party": "#d55e00",  # vermillion
        "government": "#0072b2",  # blue
        "people_org": "#009e73",  # bluish green
        "institution": "#cc79a7",  # reddish purple
        "judiciary": "#56b4e9",  # sky blue
        "legislature": "#882255",  # wine (Tol)
        "state_enterprise": "#999933",  # olive (Tol)
        "military": "#332288",  # indigo (Tol)
        "local_government": "#e69f00",  # orange
        "collective": "#999999",  # grey
        "unknown": "#f0e442",  # yellow
    }
)

#: Display names of the unit kinds, by language ("zh" or "en").
KIND_LABELS = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "party": "党委部门",
                "government": "政府部门",
                "people_org": "群团组织",
                "institution": "事业单位",
                "judiciary": "法院检察院",
                "legislature": "人大政协",
                "state_enterprise": "国有企业",
                "military": "军队武警",
                "local_government": "地方政府",
                "collective": "统称",
                "unknown": "未识别",
            }
        ),
        "en": MappingProxyType(
            {
                "party": "Party department",
                "government": "Government department",
                "people_org": "People's organisation",
                "institution": "Public institution",
                "judiciary": "Court or procuratorate",
                "legislature": "People's congress or CPPCC",
                "state_enterprise": "State enterprise",
                "military": "Military or armed police",
                "local_government": "Local government",
                "collective": "Collective placeholder",
                "unknown": "Not identified",
            }
        ),
    }
)

#: Colours of the two roles in bar charts (Okabe-Ito blue and orange).
ROLE_COLOURS = MappingProxyType({"lead": "#0072b2", "support": "#e69f00"})
