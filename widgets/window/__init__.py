"""GUI: the main window and its parts.

``main_window`` is the window itself; ``menus`` makes its actions and menus, ``commands`` carries out what the actions ask for
(files, exports, maps), ``docks`` and ``panels`` own the docked panels, ``geometry``
places the window on the screen, ``help_dialogs`` shows the user guide, the shortcuts
and About.
"""
