"""Shared application services for every window: translations (i18n), screen placement (screens),
the deadline ticker (ticker).
"""
