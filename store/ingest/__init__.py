"""Turning files into stored articles: decoding, reading formats, and the ingest pipeline."""
