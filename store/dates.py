"""Publication dates as one comparable form: ISO 8601, UTC when the time is known.

Inputs give dates in every style ("Tue, 03 Sep 2024 09:15:00 +0200", "2024-09-03",
"3 September 2024", a Unix time in JSON). Stored as given they compare as text, and
"Tue, 03 Sep 2024" sorts after "2024-09-01" only by accident. So every date is normalised
at ingest, and every date bound (`--since`, `since:`) goes through the same function:

- a date alone stays a date: `2024-09-03`;
- a time with a zone becomes UTC: `2024-09-03T07:15:00Z`;
- a time without a zone is kept as written, without a zone: `2024-09-03T09:15:00`;
- a month without its day stays a month: `2024-05`.

All three sort correctly against each other as text. A date that cannot be read for
certain (free text, or `03/09/2024`, which is 3 September in London and 9 March in New
York) is not guessed: the caller keeps the text as given and the article has no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

_YEARS = range(1800, 2201)  # outside this a "date" is a number that happens to parse
_EPOCH_SECONDS = range(10**8, 10**10)  # 1973 to 2286 as a Unix time
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d|2200)(?!\d)")
# Day and month both written as numbers, in either order: readable only if one is > 12.
_NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
_MONTH_WORD = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)


class DateNotUnderstood(ValueError):
    """The text is not a date that can be read without guessing."""


def normalise_date(value: object) -> str | None:
    """The ISO 8601 form of a publication date, or None when there is no value.

    Raises `DateNotUnderstood` (with the reason) when there is a value but no certain date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise DateNotUnderstood(f"{value!r} is not a date")
    if isinstance(value, datetime):
        return _from_datetime(value)
    if isinstance(value, date):
        return _checked(value).isoformat()
    if isinstance(value, int | float):
        return _from_epoch(value)
    text = " ".join(str(value).split())
    for parse in (_iso, _rfc2822, _numeric, _written):
        found = parse(text)
        if found is not None:
            return found
    raise DateNotUnderstood(f"{text[:60]!r} is not a date this tool can read for certain")


def date_bound(text: str, *, end: bool) -> str:
    """A `--since` bound (end=False: stored dates `>=` it) or an exclusive `--until`
    bound (end=True: stored dates `<` it). Until a day means to the end of that day,
    whatever the time of an article on it; until a moment includes that second."""
    found = normalise_date(text)
    if found is None:
        raise DateNotUnderstood("an empty date")
    if not end:
        return found
    if len(found) == 7:  # a month: everything before the next month
        year, month = int(found[:4]), int(found[5:])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    if len(found) == 10:
        return (date.fromisoformat(found) + timedelta(days=1)).isoformat()
    zone = "Z" if found.endswith("Z") else ""
    return (datetime.fromisoformat(found.removesuffix("Z")) + timedelta(seconds=1)).isoformat() + zone


@dataclass(frozen=True, slots=True)
class Period:
    """Articles published in a period: on or after `since`, before `until` (exclusive), both
    bounds from `date_bound`. Articles without a date are outside any period."""

    since: str | None = None
    until: str | None = None

    @classmethod
    def parse(cls, since: str | None, until: str | None) -> Period:
        """From bounds as a person writes them ("2024-09-01", "3 Sep 2024"); raises
        `DateNotUnderstood` naming the one that cannot be read."""
        return cls(date_bound(since, end=False) if since else None, date_bound(until, end=True) if until else None)

    def __bool__(self) -> bool:
        return bool(self.since or self.until)

    def sql(self, column: str = "s.published") -> tuple[list[str], list[object]]:
        where: list[str] = []
        args: list[object] = []
        if self.since:
            where.append(f"{column} >= ?")
            args.append(self.since)
        if self.until:
            where.append(f"{column} < ?")
            args.append(self.until)
        return where, args

    def sources_sql(self) -> tuple[str, list[object]]:
        """`source_id IN (...)`-ready: the ids of the sources in the period."""
        where, args = self.sql("published")
        return f"SELECT id FROM sources WHERE {' AND '.join(where)}", args


def undated_last(stored: str | None) -> tuple[bool, str]:
    """A sort key putting stored dates in order and the undated after them."""
    return stored is None, stored or ""


def day_of(stored: str | None) -> str | None:
    """The calendar day of a stored date (its first ten characters)."""
    return stored[:10] if stored else None


# ----- the readers, most certain first ---------------------------------------------------

def _iso(text: str) -> str | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d\d-\d\d \d", text) else text
    candidate = re.sub(r"(?<=\d)z$", "Z", candidate)
    month = re.match(r"^(\d{4})-(\d\d)$", candidate)
    if month:
        if not 1 <= int(month[2]) <= 12:
            return None
        return _checked(date(int(month[1]), int(month[2]), 1)).isoformat()[:7]
    if not re.match(r"^\d{4}-?\d\d-?\d\d", candidate):
        return None
    try:
        if len(candidate) in (8, 10) and "T" not in candidate:
            return _checked(date.fromisoformat(candidate)).isoformat()
        return _from_datetime(datetime.fromisoformat(candidate))
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    """Feeds and e-mail headers: "Tue, 03 Sep 2024 09:15:00 +0200"."""
    if not re.match(r"^([A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d\d:\d\d", text):
        return None
    try:
        return _from_datetime(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        return None


def _numeric(text: str) -> str | None:
    """`13/09/2024` or `09/13/2024`: read only when the order is certain."""
    match = _NUMERIC_DMY.match(text)
    if not match:
        return None
    first, second, year = (int(g) for g in match.groups())
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    elif first == second:
        day = month = first
    else:
        raise DateNotUnderstood(f"{text[:60]!r} could be day/month or month/day; write it as YYYY-MM-DD")
    try:
        return _checked(date(year, month, day)).isoformat()
    except ValueError as exc:
        raise DateNotUnderstood(f"{text[:60]!r} is not a calendar date ({exc})") from None


def _written(text: str) -> str | None:
    """Dates with the month in words, with or without weekday and time: "3 September
    2024", "September 3, 2024 10:00 EST", "Tuesday 3 Sept 2024"."""
    if not (_MONTH_WORD.search(text) and _FOUR_DIGIT_YEAR.search(text)):
        return None
    from dateutil import parser, tz

    zones = {"GMT": tz.UTC, "UTC": tz.UTC, "BST": tz.tzoffset("BST", 3600),
             "EST": tz.tzoffset("EST", -5 * 3600), "EDT": tz.tzoffset("EDT", -4 * 3600),
             "CST": tz.tzoffset("CST", -6 * 3600), "CDT": tz.tzoffset("CDT", -5 * 3600),
             "PST": tz.tzoffset("PST", -8 * 3600), "PDT": tz.tzoffset("PDT", -7 * 3600),
             "CET": tz.tzoffset("CET", 3600), "CEST": tz.tzoffset("CEST", 7200)}
    try:
        found, skipped = parser.parse(text, fuzzy_with_tokens=True, tzinfos=zones, dayfirst=True,
                                      default=datetime(1, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None
    if found.year == 1 or any(re.search(r"\d", part) for part in skipped):
        return None  # no year read, or numbers left over that might have been the date
    if parser.parse(text, fuzzy=True, tzinfos=zones, dayfirst=True, default=datetime(1, 1, 2)).day != found.day:
        return f"{_checked(found.date()).isoformat()[:7]}"  # a month without its day: "2024-05"
    has_time = bool(re.search(r"\d{1,2}:\d\d", text))
    if not has_time:
        return _checked(found.date()).isoformat()
    return _from_datetime(found)


# ----- helpers ---------------------------------------------------------------------------

def _from_datetime(moment: datetime) -> str:
    _checked(moment.date())
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(microsecond=0).isoformat()
    utc = moment.astimezone(UTC).replace(microsecond=0, tzinfo=None)
    return utc.isoformat() + "Z"


def _from_epoch(seconds: float) -> str:
    if seconds != seconds or int(seconds) not in _EPOCH_SECONDS:
        raise DateNotUnderstood(f"{seconds!r} is not a Unix time in seconds")
    return _from_datetime(datetime.fromtimestamp(int(seconds), UTC))


def _checked(day: date) -> date:
    if day.year not in _YEARS:
        raise DateNotUnderstood(f"year {day.year} is out of range for a publication date")
    return day
