"""`since:DATE` and `until:DATE` in any list's filter or the search box: the app's
`--since` and `--until`. Dates are read by `store.dates`, as on the command line."""

from __future__ import annotations

import re

from store.dates import DateNotUnderstood, Period, date_bound

_PERIOD = re.compile(r"(?<!\S)(since|until):(\"[^\"]*\"|\S+)", re.IGNORECASE)

HELP = ("since:DATE and until:DATE keep to articles published in that period "
        '(2025-08-11, "11 Aug 2025", 2025-08).')


def split_period(text: str) -> tuple[Period, str, str | None]:
    """The period `text` names, the text without it, and what was wrong with a date that
    could not be read (that bound is then left out)."""
    bounds: dict[str, str] = {}
    problem = None
    for key, value in _PERIOD.findall(text):
        key, value = key.lower(), value.strip('"')
        try:
            bounds[key] = date_bound(value, end=key == "until")
        except DateNotUnderstood as exc:
            problem = f"{key}: {exc}"
    rest = " ".join(_PERIOD.sub(" ", text).split())
    return Period(bounds.get("since"), bounds.get("until")), rest, problem


def describe(text: str) -> str:
    """The period as the status line shows it, from the tokens as typed."""
    parts = [f"{k.lower()} {v.strip(chr(34))}" for k, v in _PERIOD.findall(text)]
    return ", ".join(parts)
