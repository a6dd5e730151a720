"""Deck sources (PDF, image folder, image files) rendered to plain RGB pixels. Qt-free."""
