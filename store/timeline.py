"""How an actor moved through the news: mentions and quotes per day, week or month, who
they appear beside, and what they said in date order.

Only dated articles make a timeline; the undated are counted apart, so a timeline never
suggests a quiet period that is really missing dates. Buckets run without gaps from the
first dated mention to the last, so a chart of them is a true time axis.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from store import read
from store.dates import Period

Bucket = Literal["day", "week", "month"]
BUCKETS: tuple[str, ...] = ("auto", "day", "week", "month")
_MAX_DAYS = 120  # 'auto' counts by day up to about four months of news, then by week,
_MAX_WEEKS = 160  # then by month past about three years


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    start: str  # the first day of the bucket, YYYY-MM-DD
    mentions: int
    quotes: int
    articles: int  # articles naming the actor in the bucket


@dataclass(frozen=True, slots=True)
class CoActor:
    id: int
    name: str
    type: str
    articles: int  # articles naming both


@dataclass(frozen=True, slots=True)
class ActorTimeline:
    actor: read.ActorRow
    bucket: Bucket
    points: list[TimelinePoint]
    undated_mentions: int
    undated_quotes: int
    together: list[CoActor]  # most often named in the same articles, most shared first
    quotes: list[read.QuoteRow]  # in date order, undated last


def actor_timeline(conn: sqlite3.Connection, actor_id: int, *, bucket: str = "auto",
                   period: Period = Period(), together: int = 10, quotes: bool = True) -> ActorTimeline | None:
    """The timeline of one actor (None if there is no such actor); `quotes=False` leaves
    their quotes out, for a caller that has them already."""
    found = read.actors(conn, ids=[actor_id])
    if not found:
        return None
    in_period, args = period.sql()
    where = "".join(f" AND {w}" for w in in_period)
    mentions = conn.execute(
        "SELECT substr(s.published, 1, 10) AS day, count(*), count(DISTINCT m.source_id) FROM mentions m"
        f" JOIN sources s ON s.id = m.source_id WHERE m.actor_id = ?{where} GROUP BY day", (actor_id, *args)).fetchall()
    quoted = conn.execute(
        "SELECT substr(s.published, 1, 10) AS day, count(*) FROM quotes q JOIN sources s ON s.id = q.source_id"
        f" WHERE q.speaker_id = ?{where} GROUP BY day", (actor_id, *args)).fetchall()
    per_day: dict[str, list[int]] = {}
    undated_mentions = undated_quotes = 0
    for day, n, articles in mentions:
        if day is None:
            undated_mentions += n
        else:
            entry = per_day.setdefault(_day(day), [0, 0, 0])
            entry[0] += n
            entry[2] += articles
    for day, n in quoted:
        if day is None:
            undated_quotes += n
        else:
            per_day.setdefault(_day(day), [0, 0, 0])[1] += n
    chosen = _bucket(sorted(per_day), bucket)
    return ActorTimeline(
        actor=found[0], bucket=chosen, points=_points(per_day, chosen),
        undated_mentions=undated_mentions, undated_quotes=undated_quotes,
        together=_together(conn, actor_id, period, together),
        quotes=read.quotes(conn, read.QuoteFilter(speaker_id=actor_id, period=period), order="date") if quotes else [],
    )


def _day(stored: str) -> str:
    """A stored date's day; a month without its day counts on the month's first."""
    return stored if len(stored) == 10 else f"{stored[:7]}-01"


def _bucket(days: list[str], wanted: str) -> Bucket:
    if wanted in ("day", "week", "month"):
        return wanted  # type: ignore[return-value]
    if not days:
        return "day"
    span = (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days
    return "day" if span <= _MAX_DAYS else "week" if span <= _MAX_WEEKS * 7 else "month"


def _start(day: date, bucket: Bucket) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())  # weeks start on Monday (ISO 8601)
    if bucket == "month":
        return day.replace(day=1)
    return day


def _next(start: date, bucket: Bucket) -> date:
    if bucket == "day":
        return start + timedelta(days=1)
    if bucket == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def _points(per_day: dict[str, list[int]], bucket: Bucket) -> list[TimelinePoint]:
    if not per_day:
        return []
    sums: dict[date, list[int]] = {}
    for day, (mentions, quotes, articles) in per_day.items():
        entry = sums.setdefault(_start(date.fromisoformat(day), bucket), [0, 0, 0])
        entry[0] += mentions
        entry[1] += quotes
        entry[2] += articles
    points = []
    current, last = min(sums), max(sums)
    while current <= last:
        mentions, quotes, articles = sums.get(current, (0, 0, 0))
        points.append(TimelinePoint(current.isoformat(), mentions, quotes, articles))
        current = _next(current, bucket)
    return points


def _together(conn: sqlite3.Connection, actor_id: int, period: Period, limit: int) -> list[CoActor]:
    """The actors named in most of the same articles (hidden actors left out). One query:
    the (source, actor) index answers it without reading a mention row."""
    if limit <= 0:
        return []
    in_period, args = period.sql()
    where = "".join(f" AND {w}" for w in in_period)
    shared = [(int(r[0]), int(r[1])) for r in conn.execute(
        "WITH mine AS (SELECT DISTINCT m.source_id FROM mentions m JOIN sources s ON s.id = m.source_id"
        f" WHERE m.actor_id = ?{where})"
        " SELECT o.actor_id, count(DISTINCT o.source_id) AS n FROM mine JOIN mentions o ON o.source_id = mine.source_id"
        " WHERE o.actor_id != ? GROUP BY o.actor_id ORDER BY n DESC, o.actor_id LIMIT ?",
        (actor_id, *args, actor_id, limit * 3))]
    labels = read.actor_labels(conn, [i for i, _n in shared])
    return [CoActor(i, *labels[i], n) for i, n in shared if i in labels][:limit]
