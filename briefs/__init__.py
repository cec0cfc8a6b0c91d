"""Briefing notes: the model, ordering, notes and Markdown export. No Textual here."""
