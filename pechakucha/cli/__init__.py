"""Command line: `pechakucha` dispatch and shared options (main), check, export, bench."""
