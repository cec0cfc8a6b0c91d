"""The hash that identifies an article's text: sources are stored once per hash, and a brief
item records the hash of the text it cites, so both must be computed the same way."""

from __future__ import annotations

import hashlib


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
