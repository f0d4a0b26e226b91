"""GUI: the main window and its parts.

``main_window`` is the window itself; ``actions`` holds every action in one typed object
(``window.acts``), from which ``menus`` builds the menu bar and the window its toolbar;
``commands`` carries out what the actions ask for (files, exports, maps); ``docks`` and
``panels`` own the docked panels; ``geometry`` places the window on the screen;
``help_dialogs`` shows the user guide, the shortcuts and About.
"""
