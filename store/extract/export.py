"""The extraction export format read by the evaluation scorer (`brief extract --json`)."""

from __future__ import annotations

from typing import Any

from store.extract.model import Extraction


def document_json(name: str, extraction: Extraction) -> dict[str, Any]:
    """One document of the export: actors, quotes and figures with offsets."""
    return {
        "name": name,
        "actors": [
            {"name": a.name, "type": a.type, "aliases": list(a.aliases), "roles": list(a.roles)}
            for a in extraction.actors
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "kind": q.kind, "cue": q.cue,
             "start": q.start, "end": q.end}
            for q in extraction.quotes
        ],
        "figures": [
            {"text": f.text, "value": f.value, "value_to": f.value_to, "unit": f.unit,
             "qualifier": f.qualifier, "direction": f.direction, "vague": f.vague,
             "start": f.start, "end": f.end}
            for f in extraction.figures
        ],
    }
