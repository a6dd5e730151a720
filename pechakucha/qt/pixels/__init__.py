"""Pixels for the windows: the render process that owns every deck (server, run by process,
messages in protocol, pipes and shared memory in transport), its Qt face (render), the bounded
pixmap cache (cache), hand-off of its results to the GUI thread (relay), background preflight
(checking).
"""
