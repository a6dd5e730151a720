"""Presentations LibreOffice converts: archives read with limits, the converter kept on a
leash, and what the file says about fonts and animations."""
