"""How units, roles, areas and lines look: one palette and one set of names for every renderer.

Figures, interactive pages and the briefing all take their colours and kind
names from here, so a kind has the same colour everywhere.
"""

from types import MappingProxyType

__all__ = ["KIND_COLOURS", "KIND_LABELS", "ROLE_COLOURS", "AREA_COLORS", "node_colour", "edge_colour"]

#: One colour per unit kind (zygraph.names.units.KINDS), from the Okabe-Ito palette,
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

#: Colours for task areas, in order of first appearance (matplotlib's tab20, cycled).
AREA_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
)

#: Graph pages: unit boxes, lines, lead lines, labels.
UNIT_BOX_COLOR = "#e4e7eb"
EDGE_COLOR = "#9aa5b1"
LEAD_EDGE_COLOR = "#52606d"
FONT_COLOR = "#1f2933"


def node_colour(color: str) -> dict:
    """Return a vis-network node colour: ``color`` filled, a darker border, a dark border when picked.

    Examples
    --------
    >>> node_colour("#0072b2")["border"]
    '#004f7c'
    """
    red, green, blue = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    border = "#{:02x}{:02x}{:02x}".format(*(int(c * 0.7) for c in (red, green, blue)))
    return {
        "background": color,
        "border": border,
        "highlight": {"background": color, "border": FONT_COLOR},
        "hover": {"background": color, "border": FONT_COLOR},
    }


def edge_colour(color: str) -> dict:
    """Return a vis-network edge colour: ``color`` at 75 % opacity, dark when picked.

    Examples
    --------
    >>> edge_colour("#9aa5b1")["opacity"]
    0.75
    """
    return {"color": color, "highlight": FONT_COLOR, "hover": FONT_COLOR, "opacity": 0.75}
