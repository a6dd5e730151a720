"""pechakucha: run Pecha Kucha sessions — 20 slides × 20 s, projector plus presenter console."""

__version__ = "0.1.0"
