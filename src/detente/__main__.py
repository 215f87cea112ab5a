import sys

from detente.cli.main import main

sys.exit(main())
