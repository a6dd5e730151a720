"""Pixels for the windows: the render worker that owns every deck (render), the bounded pixmap
cache (cache), worker-to-GUI hand-off (relay), background preflight (checking).
"""
