"""The sample Session Two (generated decks and session file), shipped as `pechakucha.samples`."""
