# The settings panel (src/game/screens/settings.rs).

settings-title = Settings
settings-apply-at-once = Changes apply at once.
settings-on = On
settings-off = Off
settings-text-size = Text size: { $percent } %
settings-high-contrast = High contrast: { $state }
settings-reduced-motion = Reduced motion: { $state }
# The language's name in itself, e.g. "Español".
settings-language = Language: { $language }
settings-done = Done
settings-saved-in = Saved for this computer in { $path }.
settings-not-saved = Not saved: this system has no settings folder.
settings-keyboard = Keyboard
settings-key-move = Arrows or Tab
settings-key-move-does = move between controls (Shift+Tab goes back)
settings-key-choose = Enter or Space
settings-key-choose-does = choose the control with the ring around it
settings-key-number = 1 to 9
settings-key-number-does = the control with that number: a response, a button, a card
settings-key-scroll = Page Up, Page Down
settings-key-scroll-does = scroll a long text
settings-key-back = Esc
settings-key-back-does = back; during a scenario the pause menu; here, close the settings
settings-key-mouse = Mouse
settings-key-mouse-does = click anything a key can reach; the wheel scrolls
