"""The command line, in process: outputs, exit codes, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from detente.cli.main import main
from detente.coder import check_exclude
from detente.schema import event_schema

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "BOGOTA, Colombia — Colombian President Gustavo Petro ordered security forces on Tuesday to stop sharing "
    "intelligence with the United States. U.S. Secretary of State Marco Rubio accused Petro of shielding "
    "drug traffickers."
)
KHARKIV = "Russian troops shelled the Ukrainian city of Kharkiv."


@pytest.fixture(autouse=True)
def _share_the_coder(coder, model_coder, monkeypatch):  # type: ignore[no-untyped-def]
    # the CLI builds a Coder per run; reuse the session's to keep the suite fast (the stages it
    # is asked to leave out are checked as the real Coder checks them)
    def shared(*a: object, **k: Any) -> object:
        check_exclude(k.get("exclude", ()))
        return coder if k.get("model") is False else model_coder

    monkeypatch.setattr("detente.coder.Coder", shared)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("detente: error:") and "Traceback" not in err
    return lines[0]


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
        start, end = ev["trigger"]["span"]
        assert TEXT[start:end] == ev["trigger"]["text"]
    assert {"SANCTION", "ACCUSE"} <= {ev["type"] for ev in events}


def test_output_dash_is_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "bogota.txt"
    f.write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "code", str(f), "-o", "-")
    assert code == 0, err
    assert [json.loads(line) for line in out.splitlines()]
    assert not (tmp_path / "-").exists()


def test_table_format_prints_a_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    code, out, err = run(capsys, "code", str(f), "--format", "table")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["article", "s", "date", "type"]
    assert len(lines) >= 3 and any("SANCTION" in line for line in lines[1:])


def test_json_format_is_one_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(KHARKIV, encoding="utf-8")
    code, out, _ = run(capsys, "code", str(f), "--format", "json")
    assert code == 0
    events = json.loads(out)
    assert isinstance(events, list) and any(e["type"] == "ASSAULT" for e in events)


def test_one_bad_jsonl_line_is_reported_and_the_rest_coded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "g1", "text": KHARKIV})
        + "\n{this is not json\n"
        + json.dumps({"id": "g3", "text": "Iran threatened to close the Strait of Hormuz."})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "code", str(f))
    assert code == 3
    assert "line 2" in one_error_line(err)
    coded = {json.loads(line)["article_id"] for line in out.splitlines()}
    assert coded == {"g1", "g3"}


def test_failures_file_keeps_each_failed_record_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(
        json.dumps({"id": "g", "text": KHARKIV}) + "\nnot json at all\n" + json.dumps({"id": "x"}) + "\n",
        encoding="utf-8",
    )
    failures = tmp_path / "failed.jsonl"
    code, _, err = run(capsys, "code", str(f), "--failures", str(failures))
    assert code == 3
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "line 2" in lines[0] and "line 3" in lines[1]
    kept = [json.loads(line) for line in failures.read_text(encoding="utf-8").splitlines()]
    assert [k["line"] for k in kept] == [2, 3]
    assert kept[0]["raw"] == "not json at all" and kept[0]["error"] == "RecordError"
    assert "JSON" in kept[0]["reason"] and "text" in kept[1]["reason"]


def test_empty_file_exits_65_without_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    code, out, err = run(capsys, "code", str(f))
    assert code == 65 and out == ""
    one_error_line(err)


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00\x01binary\x00" * 20, b"Caf\xe9 au lait in Bogot\xe1."],
    ids=["binary", "latin1"],
)
def test_undecodable_files_exit_65(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    code, _, err = run(capsys, "code", str(f))
    assert code == 65
    one_error_line(err)


def test_missing_file_exits_66(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "code", str(tmp_path / "missing.txt"))
    assert code == 66
    assert "missing.txt" in one_error_line(err)


def test_bad_published_date_exits_65(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text(KHARKIV, encoding="utf-8")
    code, _, err = run(capsys, "code", "--published", "yesterday", str(f))
    assert code == 65 and "YYYY-MM-DD" in one_error_line(err)


def test_a_20_mb_text_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "huge.txt"
    sentence = "The minister met the ambassador in the capital. "
    f.write_text(sentence * (20_000_000 // len(sentence)), encoding="utf-8")
    assert f.stat().st_size >= 19_900_000
    code, out, err = run(capsys, "code", str(f))
    assert code == 65 and out == ""
    assert "huge" in one_error_line(err)


def test_schema_command_prints_a_valid_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    Draft202012Validator.check_schema(schema)
    assert schema == event_schema()


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    f = tmp_path / "binary.bin"
    f.write_bytes(b"\x00\x01\x02garbage\x00" * 100)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "code", str(f)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )
    assert proc.returncode == 65, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("detente: error:") and proc.stderr.count("\n") == 1


SPANISH = (
    "El presidente de Colombia ordenó el martes a las fuerzas de seguridad suspender el intercambio de "
    "información de inteligencia con los Estados Unidos hasta que cesen los ataques contra las lanchas en "
    "el mar Caribe, según un comunicado publicado por la oficina de prensa del gobierno."
)


def test_a_record_refused_by_the_coder_keeps_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_text(
        json.dumps({"id": "en", "text": KHARKIV}) + "\n" + json.dumps({"id": "es", "text": SPANISH}) + "\n",
        encoding="utf-8",
    )
    failures = tmp_path / "failed.jsonl"
    code, _, err = run(capsys, "code", str(f), "--failures", str(failures))
    assert code == 3
    assert "line 2" in err and "article es" in err and "English" in err
    (kept,) = [json.loads(line) for line in failures.read_text(encoding="utf-8").splitlines()]
    assert (kept["line"], kept["id"], kept["error"]) == (2, "es", "NotEnglishError")
    assert kept["text"] == SPANISH


def test_evaluate_warns_when_the_model_was_trained_on_the_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], model_coder
) -> None:  # type: ignore[no-untyped-def]
    from detente.training import written_path

    gold = tmp_path / "g.jsonl"
    gold.write_bytes(written_path().read_bytes())  # the packaged training sentences, trained on
    code, out, err = run(capsys, "evaluate", str(gold), "--limit", "5")
    assert code == 0 and "type_recall" in out
    assert "warning: the model was trained on" in err
    code, out, err = run(capsys, "evaluate", str(gold), "--limit", "5", "--patterns-only")
    assert code == 0 and "warning" not in err


def test_train_without_gold_data_is_one_line_and_exit_78(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "train", "--gold", str(tmp_path / "nowhere"), "--folds", "1")
    assert code == 78
    assert "training data not found" in one_error_line(err)


def test_article_cv_without_an_article_gold_is_one_line_and_exit_78(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "train", "--article-cv", "3", "--articles", "")
    assert code == 78 and out == ""
    assert "--article-cv needs an article gold" in one_error_line(err)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["serve", "--threads", "0"], "--threads: must be at least 1: 0"),
        (["batch", "x.jsonl", "--out", "o", "--workers", "-1"], "--workers: must be at least 1: -1"),
        (["code", "x.txt", "--batch-size", "many"], "--batch-size: not a whole number: 'many'"),
        (["serve", "--limit-concurrency", "0"], "--limit-concurrency: must be at least 1: 0"),
        (["serve", "--head-timeout", "0"], "--head-timeout: must be more than 0 seconds: 0"),
        (["serve", "--body-timeout", "soon"], "--body-timeout: not a number of seconds: 'soon'"),
        (["serve", "--timeout-keep-alive", "nan"], "--timeout-keep-alive: must be more than 0 seconds: nan"),
    ],
)
def test_counts_below_one_are_usage_errors(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert said in capsys.readouterr().err


def test_a_stage_that_cannot_be_left_out_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(KHARKIV, encoding="utf-8")
    code, out, err = run(capsys, "code", str(src), "--patterns-only", "--without", "parse")
    assert code == 2 and out == ""
    assert "cannot leave out 'parse'" in one_error_line(err) and "require_recipient" in err


def _python(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    # buffered as a user's process is (this machine's shell may set PYTHONUNBUFFERED)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | {"PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=300, check=False, env=env
    )


def test_quick_exit_flushes_what_is_buffered_and_keeps_the_status() -> None:
    # 5,000 characters stay in the stdout buffer of a pipe until flushed; os._exit alone loses them
    proc = _python(
        "-c",
        "import sys; from detente.cli.main import quick_exit; sys.stdout.write('x' * 5000); "
        "sys.stderr.write('note'); quick_exit(3)",
    )
    assert proc.returncode == 3
    assert proc.stdout == "x" * 5000
    assert proc.stderr == "note"


def test_the_real_command_writes_every_event_before_it_exits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "a.jsonl"
    rows = [{"id": f"a{i}", "text": TEXT, "published": "2025-10-21"} for i in range(30)]
    f.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, expected, _ = run(capsys, "code", str(f))
    assert code == 0 and expected.count("\n") >= 60
    to_stdout = _python("-m", "detente", "code", str(f))  # a pipe: block-buffered
    assert (to_stdout.returncode, to_stdout.stderr) == (0, "")
    assert to_stdout.stdout == expected
    to_file = _python("-m", "detente", "code", str(f), "-o", str(tmp_path / "out.jsonl"))
    assert to_file.returncode == 0
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == expected


def test_the_real_command_keeps_its_exit_status_on_a_missing_file(tmp_path: Path) -> None:
    proc = _python("-m", "detente", "code", str(tmp_path / "nothing.txt"))
    assert proc.returncode == 66
    assert proc.stderr.startswith("detente: error:") and proc.stderr.count("\n") == 1


def test_code_puts_what_it_loaded_out_of_the_collectors_reach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    f = tmp_path / "a.txt"
    f.write_text(KHARKIV, encoding="utf-8")
    gc.unfreeze()
    try:
        assert gc.get_freeze_count() == 0
        code, _, _ = run(capsys, "code", str(f))
        assert code == 0
        assert gc.get_freeze_count() > 10_000  # the loaded coder (here, the session's)
    finally:
        gc.unfreeze()
