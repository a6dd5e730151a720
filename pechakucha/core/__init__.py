"""Qt-free domain: clock, schedule, session, runner, preflight, journal.

Imports neither Qt nor PyMuPDF.
"""
