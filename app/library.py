"""App: the team library as the window uses it (re-exported from storage).

The window reaches storage only through app/ (an import-linter contract keeps it so).
"""

from storage.library import Library
from storage.library_names import hide_password
from storage.sync import pull

__all__ = ["Library", "hide_password", "pull"]
