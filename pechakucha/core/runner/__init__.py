"""Running a session: the runner (runner, base), segment records and snapshot types (state), the
snapshot every view renders (snapshot), crash recovery (recovery), the end report (report).
"""
