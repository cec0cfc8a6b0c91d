"""Detail and modal screens pushed over the main views (Escape goes back)."""
