"""The show: one owner of a run (runner, cover, projector, manual jumps, commentator's
protection, reports) and its only journal writer. Operator actions are typed commands."""
