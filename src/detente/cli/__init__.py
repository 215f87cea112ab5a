"""The ``detente`` command: a thin shell over the library."""
