"""The app's main views, one per number key."""
