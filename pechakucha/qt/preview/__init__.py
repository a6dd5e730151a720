"""Preview: contact sheet window, its loader, views, export, launch (also of rehearse)."""
