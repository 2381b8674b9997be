"""The options the command line's commands share: the documents read and how, the issuer, the network's settings."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

__all__ = ["input_options", "issuer_option", "analysis_options", "lead_weight", "network_options"]


def input_options(command: argparse.ArgumentParser) -> None:
    """Add the options of the commands that read documents: the paths, how they are merged, the registry, the issuer,
    the reader and how strictly to read.

    >>> parser = argparse.ArgumentParser()
    >>> input_options(parser)
    >>> args = parser.parse_args(["a.txt", "b.txt", "--pool"])
    >>> [str(p) for p in args.paths], args.by, args.pool, args.strict
    (['a.txt', 'b.txt'], 'document', True, False)
    """
    command.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                         help="table files or folders of them, e.g. data/ziyang_2023_science_literacy_tasks.txt; "
                         "several documents are read as a corpus (on all cores), each measured in its own network "
                         "unless --by issuer or --pool merges them")
    command.add_argument("--by", choices=("document", "issuer"), default="document",
                         help="the network each unit is measured in: its own document's (default), or one network "
                         "per issuer merging its documents (several years of one city)")
    command.add_argument("--pool", action="store_true",
                         help="merge every document into one network, units pooled across issuers by body and "
                         "level (the 市科协 of every city is then one unit; for comparing cities)")
    command.add_argument("--registry", type=Path, help="a unit registry CSV that extends and overrides the bundled one")
    issuer_option(command)
    from zygraph.readers import LAYOUTS

    command.add_argument("--layout", choices=sorted(LAYOUTS),
                         help="force the reader for this layout instead of detecting it from the file")
    command.add_argument("--strict", action="store_true",
                         help="exit 2 when a row's cells may have moved a column or part of the table was not read "
                         "(a short row, a lead cell without a unit beside a cell of units, an unbalanced quote, ...); "
                         "check --strict also exits 1 on any other warning")
    command.add_argument("--sheet", metavar="NAME",
                         help="the sheet of an .xlsx workbook to read (default: the active sheet, as Excel opens it)")
    command.add_argument("--skip-unreadable", action="store_true",
                         help="with many documents, leave out those that cannot be read (each is named on stderr "
                         "and in the report) instead of stopping at them")


def issuer_option(command: argparse.ArgumentParser) -> None:
    """Add --issuer, the government that issued the notice, for when its text does not say.

    >>> parser = argparse.ArgumentParser()
    >>> issuer_option(parser)
    >>> parser.parse_args(["--issuer", "广州市人民政府"]).issuer
    '广州市人民政府'
    """
    command.add_argument("--issuer", metavar="NAME",
                         help="the government that issued the notice (e.g. 广州市人民政府, 国务院), instead of the one "
                         "read from its title, signature or document number; it places bare names such as 市财政局")


def analysis_options(command: argparse.ArgumentParser) -> None:
    """Add the options of the commands that measure the network: who is in it and what a lead counts.

    >>> parser = argparse.ArgumentParser()
    >>> analysis_options(parser)
    >>> args = parser.parse_args(["--include", "collective", "--lead-weight", "3"])
    >>> args.include, args.lead_weight, args.share
    (['collective'], 3.0, False)
    """
    command.add_argument("--include", nargs="+", choices=("local_government", "collective"), default=(),
                         help="bring local governments and/or collective placeholders into the network "
                         "(left out by default: they sit on nearly every task)")
    command.add_argument("--lead-weight", type=lead_weight, default=2.0,
                         help="what leading a task counts in load against supporting it (default 2)")
    command.add_argument("--share", action="store_true",
                         help="divide each task's weight in load among the units named on it")


def lead_weight(text: str) -> float:
    """A --lead-weight: a finite number, 0 or more.

    >>> lead_weight("2"), lead_weight("0.5")
    (2.0, 0.5)
    >>> lead_weight("-1")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: -1 is not a finite number of 0 or more; give a number such as 2
    """
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number; give a number such as 2") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text} is not a finite number of 0 or more; give a number such as 2")
    return value


def network_options(args) -> dict:
    """The network settings the analysis options give, as :class:`zygraph.corpus_view.Corpus` takes them (a command
    without those options gets the defaults).

    >>> options = network_options(argparse.Namespace(include=["collective"], lead_weight=3.0, share=True))
    >>> "collective" in options["kinds"], options["lead_weight"], options["share"]
    (True, 3.0, True)
    >>> network_options(argparse.Namespace())["lead_weight"]
    2.0
    """
    from zygraph.names.units import PROJECTED_KINDS

    return {"kinds": PROJECTED_KINDS | set(getattr(args, "include", ())),
            "lead_weight": getattr(args, "lead_weight", 2.0), "share": getattr(args, "share", False)}
