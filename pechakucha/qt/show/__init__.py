"""The show: audience window, presenter console, cards, panels, controllers, operator keys,
launch.
"""
