"""Rehearsal at home: the window, its panels, the timed run, the results."""
