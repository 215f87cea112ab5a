from detente.cli.main import run

run()
