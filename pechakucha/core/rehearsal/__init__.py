"""Rehearsal: pacing analysis of one run (pacing) and the history of runs (history)."""
