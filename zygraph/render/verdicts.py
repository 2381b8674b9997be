"""The thresholds the briefing's words follow: when leading is called concentrated, communities worth naming.

Every word the headline findings use about a measure's size is chosen here,
in one place, so the sentences can never say more than the numbers do.

Concentration of leads (:func:`zygraph.metrics.lead_concentration`) is judged
against the even split. With ``n`` departments the Herfindahl index runs from
``1/n`` (all lead equally) to 1 (one leads everything); the normalised index
``(HHI - 1/n) / (1 - 1/n)`` puts that range on 0..1. The Gini coefficient is
0 for an even split and near 1 when one unit leads everything.

- **highly concentrated** when the normalised HHI is at least
  :data:`HIGH_NORMALISED_HHI` (0.25: the share the US merger guidelines call a
  highly concentrated market, HHI 2,500, measured above the even split) or the
  Gini at least :data:`HIGH_GINI` (0.6);
- **evenly spread** when the normalised HHI is below :data:`EVEN_NORMALISED_HHI`
  (0.05) and the Gini below :data:`EVEN_GINI` (0.3);
- **somewhat concentrated** in between.

Communities (Louvain, :func:`zygraph.metrics.unit_metrics`) are named only
when the modularity is at least :data:`MIN_MODULARITY` (0.1) and some
community holds two or more units: below that the split is no better than
chance, and one-unit communities of isolated units are no structure at all.

Local governments are said to be on almost every task only when they are on
at least :data:`LOCAL_ON_MOST_TASKS` (80%) of the tasks.
"""

from __future__ import annotations

import math

__all__ = ["HIGH_NORMALISED_HHI", "HIGH_GINI", "EVEN_NORMALISED_HHI", "EVEN_GINI", "MIN_MODULARITY",
           "LOCAL_ON_MOST_TASKS", "normalised_hhi", "concentration_level", "has_communities"]

#: Normalised HHI at and above which leading is called highly concentrated.
HIGH_NORMALISED_HHI = 0.25
#: Gini coefficient of leads at and above which leading is called highly concentrated.
HIGH_GINI = 0.6
#: Normalised HHI below which (with a Gini below :data:`EVEN_GINI`) leading is called evenly spread.
EVEN_NORMALISED_HHI = 0.05
#: Gini coefficient below which (with a normalised HHI below :data:`EVEN_NORMALISED_HHI`) leading is even.
EVEN_GINI = 0.3
#: Modularity below which the department network is said to have no community structure.
MIN_MODULARITY = 0.1
#: Share of the tasks at and above which local governments are said to be on almost every task.
LOCAL_ON_MOST_TASKS = 0.8


def normalised_hhi(hhi: float, units: int) -> float:
    """Return the HHI on 0 (the even split, ``1/units``) .. 1 (one unit leads everything); NaN for one unit.

    Examples
    --------
    >>> normalised_hhi(0.5, 2), round(normalised_hhi(11 / 49, 5), 3), normalised_hhi(1.0, 1)
    (0.0, 0.031, nan)
    """
    if units <= 1 or math.isnan(hhi):
        return math.nan
    even = 1 / units
    return max(0.0, (hhi - even) / (1 - even))


def concentration_level(concentration: dict) -> str:
    """Return ``"high"``, ``"some"``, ``"even"`` or ``"single"`` (one department) for a lead concentration.

    ``concentration`` is :attr:`zygraph.document.Document.concentration`
    (``units``, ``hhi``, ``gini``); the thresholds are this module's.

    Examples
    --------
    >>> concentration_level({"units": 5, "hhi": 11 / 49, "gini": 0.17})  # Dongguan employment: 2,2,1,1,1 leads
    'even'
    >>> concentration_level({"units": 29, "hhi": 0.14, "gini": 0.71})  # Ziyang: a third of the leads on one unit
    'high'
    >>> concentration_level({"units": 10, "hhi": 0.16, "gini": 0.4}), concentration_level({"units": 1, "hhi": 1.0, "gini": 0.0})
    ('some', 'single')
    """
    units, hhi, gini = concentration["units"], concentration["hhi"], concentration["gini"]
    if units <= 1:
        return "single"
    spread = normalised_hhi(hhi, units)
    if spread >= HIGH_NORMALISED_HHI or gini >= HIGH_GINI:
        return "high"
    if spread < EVEN_NORMALISED_HHI and gini < EVEN_GINI:
        return "even"
    return "some"


def has_communities(modularity: float, sizes) -> bool:
    """Whether communities are worth naming: modularity at least :data:`MIN_MODULARITY`, one of two units or more.

    Examples
    --------
    >>> has_communities(0.0, [3, 2]), has_communities(0.35, [1, 1, 1]), has_communities(0.35, [4, 3])
    (False, False, True)
    """
    if modularity is None or math.isnan(modularity) or modularity < MIN_MODULARITY:
        return False
    return any(size >= 2 for size in sizes)
