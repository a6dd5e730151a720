"""Running a session: the runner, one class (runner), its per-segment records and the views it
gives out (state), the session's time line and holds (timeline), its journal events (events),
the countdown levels (levels), the snapshot every view renders (snapshot), crash recovery
(recovery), the end report (report).
"""
