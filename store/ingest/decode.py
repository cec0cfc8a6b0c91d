"""Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else Windows-1252/Latin-1.

Newlines are normalised as Python's text mode does (`\\r\\n` and `\\r` become `\\n`), so the
stored text, the offsets and `Path.read_text()` all agree.
"""

from __future__ import annotations

import codecs

from store.errors import IngestError

_BINARY_SAMPLE = 8192


def decode_bytes(name: str, data: bytes) -> str:
    """Decode `data` read from the file `name`, refusing binary and empty content."""
    if not data.strip():
        raise IngestError(name, "empty file")
    # UTF-32's little-endian mark begins with UTF-16's: it is looked for first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return _newlines(data.decode("utf-32"))
        except UnicodeDecodeError as exc:
            raise IngestError(name, f"undecodable UTF-32 text ({exc.reason})") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _newlines(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise IngestError(name, f"undecodable UTF-16 text ({exc.reason})") from exc
    if _looks_binary(data):
        raise IngestError(name, "binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _legacy(name, data)
    return _newlines(text)


def _legacy(name: str, data: bytes) -> str:
    """Windows-1252 covers Latin-1 text and the curly quotes Word puts in it."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        try:
            return data.decode("latin-1")
        except UnicodeDecodeError as exc:  # pragma: no cover - latin-1 decodes any byte
            raise IngestError(name, "undecodable text") from exc


def _looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > len(sample) * 0.05


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
