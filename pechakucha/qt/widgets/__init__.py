"""Reusable widgets: slide view, countdown ring, thumbnail, pacing chart."""
