"""`brief`: the command line. With no sub-command it opens the app.

Commands print through Rich in a terminal and plain, stable text when piped; `--json`
gives scripts the data. Textual is imported only when the app opens.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict
from importlib.metadata import version as package_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from briefs.files import ExportTargetError
from briefs.store import BriefError
from store import queries, read
from store.dates import DateNotUnderstood, Period, date_bound, day_of
from store.db import connect, describe_sqlite_error, integrity_problems
from store.errors import StoreError
from store.kinds import ACTOR_TYPES, QUOTE_KINDS, QuoteKind, SearchScope
from store.paths import default_db_path, sample_data_dir
from store.timeline import BUCKETS
from tui.output import (
    console,
    highlighted,
    json_text,
    print_json,
    print_table,
    say,
    sparkline,
    warn,
)

if TYPE_CHECKING:
    from rich.text import Text

    from store.search import SearchHit

EXAMPLES = """
\b
Examples:
  brief                                open the app
  brief ingest ~/articles              add every article under a folder
  brief ingest feed.jsonl page.html    JSON Lines, HTML, Markdown and text files
  brief sources --json                 the stored articles, for scripts
  brief quotes --speaker Starmer       what someone said
  brief extract --json a.txt b.txt     extraction only, no database
  brief --db work.db stats             use another database (or set BRIEF_DB)
  brief briefs new "Migration: week 38"
  brief briefs add 1 quote 17          ids as shown by `brief quotes`
  brief export 1 -o week38.md          Markdown with verified citations
"""


ROW_ID = click.IntRange(1, queries.MAX_ID)
LIMIT = click.IntRange(0, queries.MAX_ID)


class Megabytes(click.ParamType):
    """A size limit in MB: a finite positive number (no `nan`, `inf`, `-1`, `²`)."""

    name = "MB"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, float):
            number = value
        else:
            text = str(value).strip()
            try:
                number = float(text) if text.isascii() else float("nan")
            except ValueError:
                number = float("nan")
        if not (0 < number <= 1_000_000):
            self.fail(f"{value!r} is not a size in MB (a number above 0, such as 20)", param, ctx)
        return number


class BriefGroup(click.Group):
    """The `brief` command group: an error any command meets in the store, a brief or an
    export target is one line on standard error and exit status 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (StoreError, BriefError, ExportTargetError) as exc:
            warn(f"brief: {exc}")
            ctx.exit(2)
        except sqlite3.Error as exc:
            # A store that turns read-only, locked past the timeout or damaged mid-command.
            # Transactions already rolled back: nothing is half-written.
            warn(f"brief: the database failed: {describe_sqlite_error(exc)}")
            ctx.exit(2)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--db PATH` on every command, overriding the group's `--db` and `BRIEF_DB`."""
    return click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                        default=None, help="Database file (default: BRIEF_DB or the user data dir).")(func)


class DateBound(click.ParamType):
    """A `--since` or `--until` date, in any style `store.dates` reads ("2024-09-03",
    "3 Sep 2024", "2024-09"), turned into the bound the store compares with."""

    name = "DATE"

    def __init__(self, end: bool) -> None:
        self.end = end

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return date_bound(str(value), end=self.end)
        except DateNotUnderstood as exc:
            self.fail(str(exc), param, ctx)


def period_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--since` and `--until` on a command, handed to it as one `period`."""

    @functools.wraps(func)
    def with_period(*args: Any, since: str | None = None, until: str | None = None, **kwargs: Any) -> Any:
        return func(*args, period=Period(since, until), **kwargs)

    with_until = click.option("--until", type=DateBound(end=True),
                              help="Only articles published on or before this date (to the end of that day).")
    with_since = click.option("--since", type=DateBound(end=False),
                              help="Only articles published on or after this date (2024-09-03, '3 Sep 2024').")
    return with_since(with_until(with_period))


def _store_path(ctx: click.Context, db_path: Path | None) -> Path:
    """The store a command works on: its own `--db`, the group's `--db`, `BRIEF_DB`, default."""
    return db_path or ctx.obj.get("db_path") or default_db_path()


def _open(ctx: click.Context, db_path: Path | None) -> sqlite3.Connection:
    path = _store_path(ctx, db_path)
    conn = connect(path)
    reason = conn.read_only_reason
    if reason is not None and "damaged" in reason:
        warn(f"brief: {path}: {reason}; reading only, writes are refused")
    return conn


@click.group(cls=BriefGroup, invoke_without_command=True, epilog=EXAMPLES)
@db_option
@click.version_option(package_version("brief"), prog_name="brief")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """Read the news for a living: who said what, the numbers, and cited briefing notes."""
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is None:
        _open_app(ctx, db_path)


def _open_app(ctx: click.Context, db_path: Path | None) -> None:
    path = db_path or default_db_path()
    brand_new = not path.exists()
    conn = _open(ctx, path)
    samples = sample_data_dir()
    if brand_new and db_path is None and samples is not None:
        from store.ingest.pipeline import ingest_paths

        report = ingest_paths(conn, [samples])
        say(f"New database at {path}: ingested {len(report.added)} sample articles from {samples}.")
    conn.close()
    from tui.app import BriefApp

    BriefApp(db_path=path).run()


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Re-extract articles already stored.")
@click.option("--max-mb", type=Megabytes(), default=20.0, show_default=True, help="Refuse files larger than this.")
@click.option("--quiet", "-q", is_flag=True, help="Print only failures and the summary line.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None,
              help="Processes preparing articles [default: one per CPU for large batches].")
@db_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], force: bool, max_mb: float, quiet: bool,
           jobs: int | None, db_path: Path | None) -> None:
    """Add articles (.txt, .md, .html, .jsonl, RSS or Atom feed files, or folders) to the store."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from store.ingest.pipeline import ingest_paths

    conn = _open(ctx, db_path)
    show = console.is_terminal and not quiet
    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, disable=not show, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        report = ingest_paths(
            conn, list(paths), force=force, max_bytes=int(max_mb * 1024 * 1024), jobs=jobs,
            on_total=lambda n: progress.update(task, total=n),
            on_file=lambda _p: progress.advance(task),
        )
    for note in report.notes:
        warn(f"note: {note}")
    for failure in report.failed:
        warn(f"failed: {failure}")
    parts = [f"{len(report.added)} added", f"{len(report.duplicates)} skipped as duplicate"]
    if report.reextracted:
        parts.append(f"{len(report.reextracted)} re-extracted")
    parts.append(f"{len(report.failed)} failed")
    say(", ".join(parts))
    sys.exit(0 if report.ok else 1)


@cli.command()
@db_option
@click.pass_context
def reindex(ctx: click.Context, db_path: Path | None) -> None:
    """Re-run extraction over every stored article (after the extractor changes)."""
    from store.ingest.pipeline import reindex as run_reindex

    conn = _open(ctx, db_path)
    count = run_reindex(conn)
    say(f"re-extracted {count} articles")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--limit", type=LIMIT, default=None, help="At most this many rows.")
@click.option("--sort", type=click.Choice(list(read.SOURCE_ORDERS)), default="id", show_default=True,
              help="Order of the rows ('date': oldest first, undated last).")
@click.option("--desc", is_flag=True, help="Reverse the order ('--sort date --desc': newest first).")
@period_options
@db_option
@click.pass_context
def sources(ctx: click.Context, as_json: bool, limit: int | None, sort: str, desc: bool, period: Period,
            db_path: Path | None) -> None:
    """The stored articles."""
    rows = read.sources(_open(ctx, db_path), order=sort, desc=desc, limit=limit, period=period)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    print_table("Sources", ["id", "title", "outlet", "date", "quotes", "figures"],
                [[r.id, r.title, r.outlet, r.published, r.quotes, r.figures] for r in rows])


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@db_option
@click.pass_context
def stats(ctx: click.Context, as_json: bool, db_path: Path | None) -> None:
    """How much the store holds."""
    path = _store_path(ctx, db_path)
    counts = queries.stats(_open(ctx, db_path))
    if as_json:
        print_json({"database": str(path), **counts})
        return
    print_table(f"Store {path}", ["table", "rows"], [[k, v] for k, v in counts.items()])


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Write the extraction export format (the default).")
def extract(files: tuple[Path, ...], as_json: bool) -> None:
    """Extract actors, quotes and figures from files, without any database."""
    from store.extract import extract as run_extract
    from store.extract.export import document_json
    from store.ingest.readers import read_articles

    documents, failed = [], 0
    for path in files:
        for article in read_articles(path):
            if isinstance(article, Exception):
                warn(f"failed: {article}")
                failed += 1
                continue
            try:
                documents.append(document_json(article.name, run_extract(article.text)))
            except Exception as exc:  # noqa: BLE001 - one article failing spoils nothing else
                warn(f"failed: {article.name}: extraction failed ({type(exc).__name__}: {exc})")
                failed += 1
    sys.stdout.write(json_text({"documents": documents}, indent=1) + "\n")
    sys.exit(1 if failed else 0)


@cli.command()
@click.argument("name", nargs=-1)
@click.option("--type", "type_", type=click.Choice(ACTOR_TYPES))
@click.option("--limit", type=LIMIT, default=None)
@click.option("--timeline", is_flag=True,
              help="NAME's mentions and quotes over time, who is named beside them, and their quotes by date.")
@click.option("--bucket", type=click.Choice(BUCKETS), default="auto", show_default=True,
              help="With --timeline: count per day, week or month ('auto' by the span of the dates).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@period_options
@db_option
@click.pass_context
def actors(ctx: click.Context, name: tuple[str, ...], type_: str | None, limit: int | None, timeline: bool,
           bucket: str, as_json: bool, period: Period, db_path: Path | None) -> None:
    """People, organisations, places and groups found in the articles (with --since or
    --until: those named in articles of that period, counted there). With NAME, that actor
    (a name or an alias, any case)."""
    conn = _open(ctx, db_path)
    if timeline and not name:
        raise click.UsageError("--timeline needs an actor's NAME")
    if name:
        actor = read.actor_named(conn, " ".join(name))
        if actor is None:
            warn(f"brief: no actor named {' '.join(name)!r} (or the name is an alias of several)")
            sys.exit(1)
        if timeline:
            _print_timeline(conn, actor.id, bucket, period, as_json)
            return
        rows = [actor]
    else:
        rows = read.actors(conn, type_=type_, limit=limit, period=period)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    print_table("Actors", ["id", "name", "type", "roles", "articles", "mentions", "quotes"],
                [[r.id, r.name, r.type, r.roles, r.articles, r.mentions, r.quotes] for r in rows])


def _print_timeline(conn: sqlite3.Connection, actor_id: int, bucket: str, period: Period, as_json: bool) -> None:
    from store.timeline import actor_timeline

    found = actor_timeline(conn, actor_id, bucket=bucket, period=period)
    if found is None:  # removed since it was looked up
        warn("brief: the actor is no longer in the store")
        sys.exit(1)
    if as_json:
        print_json(asdict(found))
        return
    points = found.points
    say(f"{found.actor.name} ({found.actor.type}): per {found.bucket}, "
        f"{points[0].start if points else '-'} to {points[-1].start if points else '-'}")
    say(f"mentions {sparkline([p.mentions for p in points])}")
    say(f"quotes   {sparkline([p.quotes for p in points])}")
    if found.undated_mentions or found.undated_quotes:
        say(f"undated: {found.undated_mentions} mentions, {found.undated_quotes} quotes")
    print_table("Over time", [found.bucket, "mentions", "quotes", "articles"],
                [[p.start, p.mentions, p.quotes, p.articles] for p in points if p.mentions or p.quotes])
    print_table("Named beside them", ["id", "name", "type", "articles together"],
                [[a.id, a.name, a.type, a.articles] for a in found.together])
    print_table("Quotes by date", ["date", "quote", "source"],
                [[day_of(q.published), q.text, q.source_title] for q in found.quotes])


@cli.command(name="quotes")
@click.option("--speaker", help="Part of the speaker's name or alias.")
@click.option("--source", help="Source id, path or a unique part of its title.")
@click.option("--kind", type=click.Choice(QUOTE_KINDS))
@click.option("--limit", type=LIMIT, default=None)
@click.option("--corroborated", is_flag=True, help="Only quotations other articles report too.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@period_options
@db_option
@click.pass_context
def quotes_cmd(ctx: click.Context, speaker: str | None, source: str | None, kind: str | None,
               limit: int | None, corroborated: bool, as_json: bool, period: Period, db_path: Path | None) -> None:
    """Quotes with their speakers, and how many articles report each. With --corroborated
    and --json, each quote's other reports (its versions) and the first of them."""
    conn = _open(ctx, db_path)
    rows = read.quotes(conn, read.QuoteFilter(speaker=speaker, source_id=_source_id(conn, source), kind=kind,
                                              period=period, corroborated=corroborated), limit=limit)
    if as_json:
        out = []
        for r in rows:
            item = asdict(r)
            if r.sources > 1:
                versions = read.quote_versions(conn, r.id)
                first = read.first_report([r, *versions])
                item["versions"] = [asdict(v) for v in versions]
                item["first_reported"] = {"quote_id": first.id, "source_title": first.source_title,
                                          "outlet": first.outlet, "published": first.published}
            out.append(item)
        print_json(out)
        return
    print_table("Quotes", ["id", "speaker", "kind", "quote", "source", "sources"],
                [[r.id, r.speaker, r.kind, r.text, r.source_title, r.sources] for r in rows])


@cli.command(name="figures")
@click.option("--source", help="Source id, path or a unique part of its title.")
@click.option("--unit", help="Only figures with this unit (percent, GBP, people...).")
@click.option("--limit", type=LIMIT, default=None)
@click.option("--conflicting", is_flag=True,
              help="Only figures that other articles of the time give otherwise for the same quantity.")
@click.option("--series", "series_of", type=ROW_ID, default=None,
              help="The figures of the same quantity as figure ID, in every article, by date (its chart).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@period_options
@db_option
@click.pass_context
def figures_cmd(ctx: click.Context, source: str | None, unit: str | None, limit: int | None, conflicting: bool,
                series_of: int | None, as_json: bool, period: Period, db_path: Path | None) -> None:
    """Numbers found in the articles; a figure that another article of the time gives
    otherwise is flagged, and in JSON lists what else it was reported as."""
    from store.corroboration import figure_series

    conn = _open(ctx, db_path)
    if series_of is not None:
        rows = read.figures_by_id(conn, figure_series(conn, series_of))
        if not rows:
            warn(f"brief: no figure with id {series_of}")
            sys.exit(1)
    else:
        rows = read.figures(conn, read.FigureFilter(source_id=_source_id(conn, source), unit=unit, period=period,
                                                    conflicting=conflicting), limit=limit)
    if as_json:
        out = []
        for r in rows:
            item = asdict(r)
            if r.conflicts:
                item["also_reported_as"] = [{**asdict(c.figure), "kind": c.kind}
                                            for c in read.figure_conflicts(conn, r.id)]
            out.append(item)
        print_json(out)
        return
    print_table("Figures", ["id", "figure", "value", "to", "unit", "qualifier", "source", "date", "conflicts"],
                [[r.id, r.text, r.value, r.value_to, r.unit, r.qualifier, r.source_title, day_of(r.published),
                  r.conflicts or ""] for r in rows])


@cli.command(name="search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=LIMIT, default=20, show_default=True,
              help="Articles to show (quotes or actors with --quotes or --actors).")
@click.option("--prefix", is_flag=True, help="Treat the last word as unfinished, as the app does while you type.")
@click.option("--quotes", "quotes_only", is_flag=True, help="Search quotes only.")
@click.option("--actors", "actors_only", is_flag=True, help="Search actors' names only.")
@click.option("--speaker", help="Only quotes by this speaker (implies --quotes).")
@click.option("--kind", type=click.Choice(QUOTE_KINDS), help="Only quotes of this kind.")
@click.option("--source", help="Source id, path or a unique part of its title.")
@click.option("--outlet", help="Only sources from this outlet.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@period_options
@db_option
@click.pass_context
def search_cmd(ctx: click.Context, query: tuple[str, ...], limit: int, prefix: bool, quotes_only: bool,
               actors_only: bool, speaker: str | None, kind: QuoteKind | None, source: str | None, outlet: str | None,
               as_json: bool, period: Period, db_path: Path | None) -> None:
    """Search everything read, best articles first, each shown by the passages that matched.

    Any word may match (articles holding more of the query, and its rarer words, rank
    first); other forms of a word (`fined`, `fines`) and misspellings are found too;
    "exact phrases" go in double quotes. Exit status 1 when nothing matches.
    """
    from store.search import SearchEngine, SearchQuery

    conn = _open(ctx, db_path)
    text = " ".join(query)
    scope: SearchScope = "actors" if actors_only else "quotes" if quotes_only or speaker or kind else "all"
    results = SearchEngine(conn).run(SearchQuery(
        text, limit=limit, scope=scope, source_id=_source_id(conn, source), outlet=outlet,
        period=period, speaker=speaker, kind=kind, typing=prefix,
    ))
    hits = results.hits
    if as_json:
        print_json({
            "query": text, "total": results.total, "unknown_words": results.unknown,
            "hits": [
                {"kind": h.kind, "score": h.score, "article_rank": h.article_rank, "text": h.text,
                 "source_id": h.source_id, "source_title": h.source_title, "paragraph": h.paragraph,
                 "start": h.start, "end": h.end, "matches": [list(m) for m in h.matches], "quote_id": h.quote_id,
                 "speaker": h.speaker, "actor_id": h.actor_id, "actor_type": h.actor_type}
                for h in hits
            ],
        })
    elif not hits:
        pass  # said below, on standard error
    elif scope == "actors":
        print_table("Actors", ["id", "name", "type", "score"],
                    [[h.actor_id, h.text, h.actor_type, f"{h.score:.2f}"] for h in hits])
    elif scope == "quotes":
        print_table(f"Search: {text}", ["score", "source", "speaker", "quote"],
                    [[f"{h.score:.2f}", h.source_title, h.speaker, _matched(h)] for h in hits])
    else:
        rows = []
        for i, h in enumerate(hits):
            first = i == 0 or hits[i - 1].article_rank != h.article_rank
            rows.append([h.article_rank if first else "", f"{h.score:.2f}" if first else "",
                         h.source_title if first else "", _matched(h)])
        print_table(f"Search: {text}", ["#", "score", "source", "passage"], rows)
        if hits:
            shown = hits[-1].article_rank
            say(f"{shown} of {results.total:,} matching articles shown"
                + (" (--limit shows more)" if shown < results.total else ""))
    if not hits:
        warn(results.explain_empty(text))
        sys.exit(1)


def _matched(hit: SearchHit) -> Text:
    """A hit's text with the words that matched highlighted."""
    return highlighted(hit.text, hit.spans)


@cli.command(name="export")
@click.argument("brief", required=False)
@click.option("-o", "--output", default=None, help="File to write ('-' for standard output; default: TITLE.md here).")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True)
@click.option("--force", is_flag=True, help="Replace the file if it exists.")
@db_option
@click.pass_context
def export_cmd(ctx: click.Context, brief: str | None, output: str | None, fmt: str, force: bool,
               db_path: Path | None) -> None:
    """Export a brief (default: the current one) as Markdown with verified citations.

    Every quote, figure and passage is exported as recorded when it was added and checked
    against the store; an item whose source changed or whose speaker the store now gives
    otherwise is exported with a visible warning, named here, and the exit status is 1.
    An existing file is replaced only with --force.
    """
    from briefs.export import default_filename, export_brief
    from briefs.files import write_export
    from briefs.store import BriefStore

    conn = _open(ctx, db_path)
    store = BriefStore(conn)
    chosen = store.find(brief) if brief else store.current()
    result = export_brief(conn, chosen.id)
    content = result.markdown if fmt == "markdown" else json_text(result.data) + "\n"
    if output == "-":
        sys.stdout.write(content)
    else:
        suffix = ".md" if fmt == "markdown" else ".json"
        target = Path(output) if output else Path.cwd() / default_filename(chosen.title, suffix)
        written = write_export(target, content, force=force, keep=[_store_path(ctx, db_path)])
        say(f"wrote {written} ({len(result.data['items'])} items)")
    for problem in result.warnings:
        warn(f"warning: {problem}")
    sys.exit(1 if result.warnings else 0)


@cli.command(name="check")
@db_option
@click.pass_context
def check_cmd(ctx: click.Context, db_path: Path | None) -> None:
    """Check the whole database file for damage (SQLite's integrity check)."""
    path = _store_path(ctx, db_path)
    conn = _open(ctx, db_path)
    problems = integrity_problems(conn)
    if problems:
        for problem in problems:
            warn(f"brief: {path}: {problem}")
        warn(f"brief: {path} is damaged; restore it from a backup (brief reads it but refuses writes)")
        sys.exit(1)
    say(f"{path}: ok")


@cli.group(name="correct")
@db_option
@click.pass_context
def correct_cmd(ctx: click.Context, db_path: Path | None) -> None:
    """Correct the machine: a quote's speaker, two actors that are one, a junk actor.
    Corrections are kept apart from extraction and survive `reindex` and re-ingest."""
    if db_path:
        ctx.obj["db_path"] = db_path


@correct_cmd.command(name="speaker")
@click.argument("quote_id", type=ROW_ID)
@click.argument("name", nargs=-1)
@click.option("--none", "no_one", is_flag=True, help="No one known: the quote is unattributed.")
@db_option
@click.pass_context
def correct_speaker_cmd(ctx: click.Context, quote_id: int, name: tuple[str, ...], no_one: bool,
                        db_path: Path | None) -> None:
    """Say who said quote QUOTE_ID (ids from `brief quotes`)."""
    from store import corrections

    if not name and not no_one:
        raise click.UsageError("give the speaker's NAME, or --none")
    made = corrections.correct_speaker(_open(ctx, db_path), quote_id, None if no_one else " ".join(name))
    say(f"correction {made.id}: quote {quote_id} is {made.name or 'unattributed'}'s")


@correct_cmd.command(name="merge")
@click.argument("actor_id", type=ROW_ID)
@click.argument("into_id", type=ROW_ID)
@db_option
@click.pass_context
def correct_merge_cmd(ctx: click.Context, actor_id: int, into_id: int, db_path: Path | None) -> None:
    """Say that actor ACTOR_ID is actor INTO_ID (ids from `brief actors --json`)."""
    from store import corrections

    made = corrections.merge_actors(_open(ctx, db_path), actor_id, into_id)
    say(f"correction {made.id}: {made.describe()}")


@correct_cmd.command(name="hide")
@click.argument("actor_id", type=ROW_ID)
@db_option
@click.pass_context
def correct_hide_cmd(ctx: click.Context, actor_id: int, db_path: Path | None) -> None:
    """Leave a junk actor out of every list."""
    from store import corrections

    made = corrections.hide_actor(_open(ctx, db_path), actor_id)
    say(f"correction {made.id}: {made.describe()}")


@correct_cmd.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@db_option
@click.pass_context
def correct_list_cmd(ctx: click.Context, as_json: bool, db_path: Path | None) -> None:
    """The corrections made, oldest first."""
    from store import corrections

    made = corrections.corrections(_open(ctx, db_path))
    if as_json:
        print_json([asdict(c) for c in made])
        return
    print_table("Corrections", ["id", "kind", "correction", "made"],
                [[c.id, c.kind, c.describe(), c.created_at] for c in made])


@correct_cmd.command(name="remove")
@click.argument("correction_id", type=ROW_ID)
@db_option
@click.pass_context
def correct_remove_cmd(ctx: click.Context, correction_id: int, db_path: Path | None) -> None:
    """Forget a correction (extraction decides again from the next reindex)."""
    from store import corrections

    gone = corrections.remove(_open(ctx, db_path), correction_id)
    say(f"removed correction {gone.id}: {gone.describe()}")


@cli.group(name="briefs", invoke_without_command=True)
@db_option
@click.pass_context
def briefs_cmd(ctx: click.Context, db_path: Path | None) -> None:
    """List briefs; sub-commands create and fill them."""
    if db_path:
        ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is None:
        from briefs.store import BriefStore

        rows = BriefStore(_open(ctx, None)).all()
        print_table("Briefs", ["id", "title", "items", "updated"], [[b.id, b.title, b.items, b.updated_at] for b in rows])


def _brief_store(ctx: click.Context, db_path: Path | None):
    from briefs.store import BriefStore

    return BriefStore(_open(ctx, db_path))


@briefs_cmd.command(name="new")
@click.argument("title", nargs=-1, required=True)
@db_option
@click.pass_context
def briefs_new(ctx: click.Context, title: tuple[str, ...], db_path: Path | None) -> None:
    """Start a brief."""
    brief = _brief_store(ctx, db_path).create(" ".join(title))
    say(f"brief {brief.id}: {brief.title}")


@briefs_cmd.command(name="add")
@click.argument("brief")
@click.argument("kind", type=click.Choice(["quote", "figure"]))
@click.argument("item_id", type=ROW_ID)
@db_option
@click.pass_context
def briefs_add(ctx: click.Context, brief: str, kind: str, item_id: int, db_path: Path | None) -> None:
    """Add a quote or figure (ids from `brief quotes` / `brief figures`) to a brief."""
    store = _brief_store(ctx, db_path)
    chosen = store.find(brief)
    item = store.add_quote(chosen.id, item_id) if kind == "quote" else store.add_figure(chosen.id, item_id)
    say(f"added {kind} {item_id} to “{chosen.title}” as item {item.position + 1}")


@briefs_cmd.command(name="note")
@click.argument("brief")
@click.argument("text", nargs=-1, required=True)
@db_option
@click.pass_context
def briefs_note(ctx: click.Context, brief: str, text: tuple[str, ...], db_path: Path | None) -> None:
    """Add a note (Markdown) to a brief."""
    _add_own_text(ctx, brief, " ".join(text), db_path, "note")


@briefs_cmd.command(name="heading")
@click.argument("brief")
@click.argument("text", nargs=-1, required=True)
@db_option
@click.pass_context
def briefs_heading(ctx: click.Context, brief: str, text: tuple[str, ...], db_path: Path | None) -> None:
    """Start a section in a brief."""
    _add_own_text(ctx, brief, " ".join(text), db_path, "heading")


def _add_own_text(ctx: click.Context, brief: str, text: str, db_path: Path | None, kind: str) -> None:
    """Notes and headings: the analyst's own words."""
    store = _brief_store(ctx, db_path)
    chosen = store.find(brief)
    (store.add_note if kind == "note" else store.add_heading)(chosen.id, text)
    say(f"added a {'note' if kind == 'note' else 'section'} to “{chosen.title}”")


@briefs_cmd.command(name="show")
@click.argument("brief")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@db_option
@click.pass_context
def briefs_show(ctx: click.Context, brief: str, as_json: bool, db_path: Path | None) -> None:
    """A brief's items in order."""
    store = _brief_store(ctx, db_path)
    chosen = store.find(brief)
    items = store.items(chosen.id)
    if as_json:
        print_json({"id": chosen.id, "title": chosen.title, "items": [
            {"id": i.id, "kind": i.kind, "text": i.text, "speaker": i.speaker,
             "source": i.citation.title if i.citation else None} for i in items]})
        return
    print_table(chosen.title, ["#", "kind", "text", "speaker", "source"],
                [[n, i.kind, i.text, i.speaker, i.citation.title if i.citation else None]
                 for n, i in enumerate(items, start=1)])


@briefs_cmd.command(name="undo")
@click.argument("brief")
@db_option
@click.pass_context
def briefs_undo(ctx: click.Context, brief: str, db_path: Path | None) -> None:
    """Take back a brief's latest edit, made here or in the app."""
    _step(ctx, brief, db_path, redo=False)


@briefs_cmd.command(name="redo")
@click.argument("brief")
@db_option
@click.pass_context
def briefs_redo(ctx: click.Context, brief: str, db_path: Path | None) -> None:
    """Make again the edit undone last (unless a new edit came since)."""
    _step(ctx, brief, db_path, redo=True)


def _step(ctx: click.Context, brief: str, db_path: Path | None, redo: bool) -> None:
    store = _brief_store(ctx, db_path)
    chosen = store.find(brief)
    done = store.redo(chosen.id) if redo else store.undo(chosen.id)
    what = "redo" if redo else "undo"
    if done is None:
        say(f"“{chosen.title}”: nothing to {what}")
        sys.exit(1)
    say(f"“{chosen.title}”: {'redone' if redo else 'undone'}: {done.label}")


@briefs_cmd.command(name="refresh")
@click.argument("brief")
@click.option("--yes", "-y", is_flag=True, help="Apply the changes without asking.")
@db_option
@click.pass_context
def briefs_refresh(ctx: click.Context, brief: str, yes: bool, db_path: Path | None) -> None:
    """Show how the store now differs from a brief's cited items, and update them.

    Items keep what you saw when you added them; this is the one way to change that. Each
    change is shown first; items whose text is gone from their source are left as they are.
    """
    store = _brief_store(ctx, db_path)
    chosen = store.find(brief)
    plans = store.refresh_plan(chosen.id)
    positions = {item.id: n for n, item in enumerate(store.items(chosen.id), start=1)}
    if not plans:
        say(f"“{chosen.title}”: every cited item matches its source and the store; nothing to refresh")
        return
    for plan in plans:
        for line in plan.lines(f"item {positions.get(plan.item.id, '?')} ({plan.item.kind}, “{_short(plan.item.text)}”)"):
            say(line)
    doable = [p for p in plans if p.record is not None]
    if not doable:
        sys.exit(1)
    if not yes:
        if not sys.stdin.isatty():
            say(f"{len(doable)} items would change; run again with --yes to apply")
            sys.exit(1)
        click.confirm(f"Update {len(doable)} items of “{chosen.title}”?", abort=True)
    applied = store.apply_refresh(chosen.id, doable)
    say(f"updated {applied} items of “{chosen.title}”")
    sys.exit(1 if len(doable) < len(plans) else 0)


def _short(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _source_id(conn: sqlite3.Connection, ref: str | None) -> int | None:
    if ref is None:
        return None
    found = queries.find_source(conn, ref)
    if found is None:
        warn(f"brief: no single source matches {ref!r}")
        sys.exit(2)
    return found


def main() -> None:
    cli(obj={}, standalone_mode=True)
