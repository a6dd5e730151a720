"""Printable pages: the running order and the speakers\x27 proofs (QPdfWriter, light on ink)."""
