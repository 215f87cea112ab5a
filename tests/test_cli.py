"""The command line: outputs, exit codes, and one-line errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from detente.cli.main import main
from detente.schema import event_schema

pytestmark = pytest.mark.slow

TEXT = (
    "BOGOTA, Colombia — Colombian President Gustavo Petro ordered security forces on Tuesday to stop sharing "
    "intelligence with the United States. U.S. Secretary of State Marco Rubio accused Petro of shielding "
    "drug traffickers."
)


@pytest.fixture(autouse=True)
def _share_the_coder(coder, monkeypatch):  # type: ignore[no-untyped-def]
    # the CLI builds a Coder per run; reuse the session's to keep the suite fast
    monkeypatch.setattr("detente.coder.Coder", lambda *a, **k: coder)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_code_text_file_gives_valid_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bogota.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "code", str(f), "--published", "2025-10-21")
    assert code == 0, err
    events = [json.loads(line) for line in out.splitlines()]
    assert events, "no events"
    validator = Draft202012Validator(event_schema())
    for ev in events:
        validator.validate(ev)
        assert ev["article_id"] == "bogota"
        assert TEXT[ev["trigger"]["span"][0] : ev["trigger"]["span"][1]] == ev["trigger"]["text"]
    types = {ev["type"] for ev in events}
    assert {"SANCTION", "ACCUSE"} <= types


def test_table_and_json_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, out, _ = run(capsys, "code", str(f), "--format", "table")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["article", "s", "type"]
    code, out, _ = run(capsys, "code", str(f), "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_bad_jsonl_line_is_reported_and_the_rest_coded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "g", "text": "Russian troops shelled the Ukrainian city of Kharkiv."})
    f.write_text(good + "\nnot json at all\n" + json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    failures = tmp_path / "failed.jsonl"
    code, out, err = run(capsys, "code", str(f), "--failures", str(failures))
    assert code == 3
    assert any(json.loads(line)["article_id"] == "g" for line in out.splitlines())
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "line 2" in lines[0] and "line 3" in lines[1]
    kept = [json.loads(line) for line in failures.read_text(encoding="utf-8").splitlines()]
    assert [k["line"] for k in kept] == [2, 3] and kept[0]["raw"] == "not json at all"
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", 65),
        (b"\xff\xfe\x00\x01binary\x00" * 20, 65),
        (b"Caf\xe9 au lait.", 65),
    ],
)
def test_bad_files_exit_with_a_documented_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: int
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    code, _, err = run(capsys, "code", str(f))
    assert code == expected
    assert len(err.strip().splitlines()) == 1 and err.startswith("detente: error:")


def test_huge_text_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "huge.txt"
    f.write_text("The minister met the ambassador in the capital. " * 420_000, encoding="utf-8")  # ~20 MB
    code, _, err = run(capsys, "code", str(f))
    assert code == 65
    assert "limit" in err and len(err.strip().splitlines()) == 1


def test_missing_file_and_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "code", str(tmp_path / "missing.txt"))
    assert code == 66 and "no such file" in err
    code, _, err = run(capsys, "code", "--published", "yesterday", str(tmp_path / "x"))
    assert code == 65 and "YYYY-MM-DD" in err


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    Draft202012Validator.check_schema(json.loads(out))


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "code", str(f)], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 65
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1
