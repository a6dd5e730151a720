"""Icons, translations and styles shipped inside the wheel as `pechakucha.resources`."""
