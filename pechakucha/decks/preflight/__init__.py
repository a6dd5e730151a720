"""Preflight's eyes on a deck: what a page holds and what a slide looks like."""
