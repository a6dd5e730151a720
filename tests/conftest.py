"""Test set-up shared by every layer: headless Qt before anything imports it."""

import os

# Without a display Qt aborts the whole pytest process; offscreen needs no system package.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
