"""PySide6 layer: passive windows and widgets over the Qt-free core."""
