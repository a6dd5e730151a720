"""Session editor: the window, the segment list and form, the editor's parts."""
