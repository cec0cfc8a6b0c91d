"""Reading article files of each supported format into `RawArticle` records.

A reader yields, per article found, either a `RawArticle` or an `IngestError` naming the
file (and line, for JSON Lines) with the reason, so that one bad record never stops the
rest of a batch.
"""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import yaml

from store.article import RawArticle
from store.dates import DateNotUnderstood, normalise_date
from store.errors import IngestError
from store.ingest.decode import decode_bytes
from store.ingest.feeds import FEED_SUFFIXES, read_feed

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", *FEED_SUFFIXES)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_METADATA_KEYS = ("title", "outlet", "author", "date", "url")
# Where inputs put the publication date, most usual first.
_DATE_KEYS = ("date", "published", "pubdate", "published_at", "datepublished", "publication_date",
              "created_at", "updated")


def discover(paths: list[Path]) -> Iterator[Path | IngestError]:
    """Files to ingest under `paths` (folders recursively, hidden entries skipped)."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for fname in sorted(files):
                    if not fname.startswith(".") and fname.lower().endswith(SUPPORTED_SUFFIXES):
                        yield Path(root) / fname
        elif path.exists():
            yield path
        else:
            yield IngestError(str(path), "no such file or directory")


def read_articles(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | IngestError]:
    """Every article in the file at `path`, or the reason it cannot be read."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield IngestError(name, f"unsupported file type {suffix or '(none)'!r}; use {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        data = read_limited(path, max_bytes)
    except IngestError as exc:
        yield exc
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(name, data)
            return
        if suffix in FEED_SUFFIXES:
            yield from read_feed(name, data, _article)
            return
        text = decode_bytes(name, data)
        if suffix in (".md", ".markdown"):
            yield _read_markdown(name, text)
        elif suffix in (".html", ".htm"):
            yield _read_html(name, text)
        else:
            yield _article(name, text, {})
    except IngestError as exc:
        yield exc


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, never more than `max_bytes`: a FIFO, a device (a link
    to /dev/zero) or a directory is refused without blocking, and a file that grows while
    it is read is refused once it passes the limit."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise IngestError(name, f"cannot read file ({exc.strerror or exc})") from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise IngestError(name, f"not a regular file ({_file_kind(st.st_mode)}); only files are read")
        if st.st_size > max_bytes:
            raise IngestError(name, _too_big(st.st_size, max_bytes))
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise IngestError(name, _too_big(total, max_bytes) + " (it grew while being read)")
        return b"".join(chunks)
    except OSError as exc:
        raise IngestError(name, f"cannot read file ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)


def _too_big(size: int, max_bytes: int) -> str:
    return f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit (raise it with --max-mb)"


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "not a file"


def _article(name: str, text: str, meta: dict[str, object]) -> RawArticle:
    try:
        return _build_article(name, text, meta)
    except ValueError as exc:  # a metadata value that cannot be stored
        raise IngestError(name, f"a metadata value is out of range ({exc})") from exc


def _build_article(name: str, text: str, meta: dict[str, object]) -> RawArticle:
    if not text.strip():
        raise IngestError(name, "no article text")
    if "\x00" in text:
        raise IngestError(name, "binary content (NUL characters), not text")
    title = _clean(meta.get("title")) or _first_line(text)
    published, given, problem = _published(meta)
    return RawArticle(
        name=name,
        path=name,
        text=text,
        title=title,
        outlet=_clean(meta.get("outlet") or meta.get("source") or meta.get("sitename")),
        author=_clean(meta.get("author")),
        published=published,
        url=_clean(meta.get("url")),
        published_given=given,
        date_problem=problem,
    )


def _published(meta: dict[str, object]) -> tuple[str | None, str | None, str | None]:
    """The article's date in ISO 8601; else the date as given and why it was not read."""
    raw = next((meta[k] for k in _DATE_KEYS if meta.get(k) not in (None, "")), None)
    try:
        return normalise_date(raw), None, None
    except DateNotUnderstood as exc:
        fallback = meta.get("date_parsed")  # a feed parser's own reading, in UTC
        if fallback is not None:
            try:
                return normalise_date(datetime(*fallback[:6], tzinfo=UTC)), None, None  # type: ignore[index, misc]
            except (DateNotUnderstood, TypeError, ValueError):
                pass
        return None, _clean(raw), str(exc)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def _clean(value: object) -> str | None:
    """A metadata value as stored: one line of text, bounded; numbers must be finite."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} is not a usable value")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value[:50])
    elif isinstance(value, dict):
        raise ValueError("a nested mapping is not a usable value")
    text = " ".join(str(value)[: _MAX_FIELD * 2].split())[:_MAX_FIELD]
    return text or None


def _read_markdown(name: str, text: str) -> RawArticle:
    """Optional YAML front matter between `---` lines; the body is the stored text."""
    if not text.startswith("---\n"):
        return _article(name, text, {})
    close = text.find("\n---", 4)
    if close < 0:
        raise IngestError(name, "front matter opened with '---' is never closed")
    header = text[4:close]
    if len(header) > _MAX_FRONT_MATTER:
        raise IngestError(name, f"front matter is over {_MAX_FRONT_MATTER // 1024} KB; it holds metadata only")
    body_start = text.find("\n", close + 4)
    body = "" if body_start < 0 else text[body_start + 1:]
    try:
        meta = yaml.load(header, Loader=_FrontMatterLoader) or {}
    except _AliasRefused as exc:
        raise IngestError(name, "YAML aliases (*name) are not allowed in front matter") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise IngestError(name, f"malformed YAML front matter{where}") from exc
    except (ValueError, OverflowError) as exc:  # 2024-13-45, year 99999, a 5,000-digit number
        raise IngestError(name, f"a front-matter value is out of range ({exc})") from exc
    if not isinstance(meta, dict):
        raise IngestError(name, "front matter is not a mapping of field: value")
    return _article(name, body, {str(k).lower(): v for k, v in meta.items()})


_MAX_FRONT_MATTER = 64 * 1024
_MAX_FIELD = 2000  # characters kept of one metadata value


class _AliasRefused(yaml.YAMLError):
    """Front matter used an alias: a few hundred bytes of them can expand to gigabytes."""


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML without aliases: metadata is a flat mapping and never needs them."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused("alias")
        return super().compose_node(parent, index)


def _read_html(name: str, html: str) -> RawArticle:
    """Main text and metadata via trafilatura (imported here: it is slow to import)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    doc = {} if found is None else found if isinstance(found, dict) else found.as_dict()
    text = doc.get("text") or ""
    if not text.strip():
        raise IngestError(name, "no article text found in the HTML")
    meta = {k: doc.get(k) for k in ("title", "author", "date", "url", "sitename")}
    return _article(name, text, meta)


def _read_jsonl(name: str, data: bytes) -> Iterator[RawArticle | IngestError]:
    text = decode_bytes(name, data)
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"malformed JSON ({exc.msg})")
            continue
        except RecursionError:
            yield IngestError(where, "JSON nested too deeply to be an article")
            continue
        except ValueError as exc:  # an integer of thousands of digits
            yield IngestError(where, f"a JSON value is out of range ({exc})")
            continue
        if not isinstance(record, dict):
            yield IngestError(where, "a JSON line must be an object with a 'text' field")
            continue
        body = record.get("text") or record.get("body") or record.get("content")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(where, "no 'text' field with article text")
            continue
        meta = {k.lower(): v for k, v in record.items() if k.lower() in (*_METADATA_KEYS, *_DATE_KEYS, "source")}
        try:
            yield _article(where, body.replace("\r\n", "\n"), meta)
        except IngestError as exc:
            yield exc
