"""Reading article files of each supported format into `RawArticle` records.

A reader yields, per article found, either a `RawArticle` or an `IngestError` naming the
file (and line, for JSON Lines) with the reason, so that one bad record never stops the
rest of a batch.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import yaml

from store.errors import IngestError
from store.ingest.decode import decode_bytes

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_METADATA_KEYS = ("title", "outlet", "author", "date", "url")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article's text as it will be stored (offsets index it) and its metadata."""

    name: str
    path: str
    text: str
    title: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


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
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestError(name, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit (raise it with --max-mb)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(name, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(name, data)
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


def _article(name: str, text: str, meta: dict[str, object]) -> RawArticle:
    if not text.strip():
        raise IngestError(name, "no article text")
    title = _clean(meta.get("title")) or _first_line(text)
    return RawArticle(
        name=name,
        path=name,
        text=text,
        title=title,
        outlet=_clean(meta.get("outlet") or meta.get("source") or meta.get("sitename")),
        author=_clean(meta.get("author")),
        published=_clean(meta.get("date") or meta.get("published")),
        url=_clean(meta.get("url")),
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return ""


def _clean(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text or None


def _read_markdown(name: str, text: str) -> RawArticle:
    """Optional YAML front matter between `---` lines; the body is the stored text."""
    if not text.startswith("---\n"):
        return _article(name, text, {})
    close = text.find("\n---", 4)
    if close < 0:
        raise IngestError(name, "front matter opened with '---' is never closed")
    header = text[4:close]
    body_start = text.find("\n", close + 4)
    body = "" if body_start < 0 else text[body_start + 1:]
    try:
        meta = yaml.safe_load(header) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise IngestError(name, f"malformed YAML front matter{where}") from exc
    if not isinstance(meta, dict):
        raise IngestError(name, "front matter is not a mapping of field: value")
    return _article(name, body, {str(k).lower(): v for k, v in meta.items()})


def _read_html(name: str, html: str) -> RawArticle:
    """Main text and metadata via trafilatura (imported here: it is slow to import)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    doc = found.as_dict() if found is not None else {}
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
        if not isinstance(record, dict):
            yield IngestError(where, "a JSON line must be an object with a 'text' field")
            continue
        body = record.get("text") or record.get("body") or record.get("content")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(where, "no 'text' field with article text")
            continue
        meta = {k: record.get(k) for k in (*_METADATA_KEYS, "source", "published")}
        try:
            yield _article(where, body.replace("\r\n", "\n"), meta)
        except IngestError as exc:
            yield exc
