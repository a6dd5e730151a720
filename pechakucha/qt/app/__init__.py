"""Shared application services for every window: start-up (startup), translations (i18n), screen
placement (screens), the deadline ticker (ticker), what the app remembers (settings), where its
files go and which files dialogs show (folders), and unexpected errors said and logged (errors,
error_views).
"""
