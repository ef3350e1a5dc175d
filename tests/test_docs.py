"""The README shows what kgraph really prints, and documents every command and option.

README blocks between ``<!-- [[[run]]] -->`` (a ```console block of ``$ kgraph ...``
commands) or ``<!-- [[[pycon]]] -->`` (a ```pycon block of ``>>>`` lines) and
``<!-- [[[end]]] -->`` are executed in document order, in a scratch folder holding the
repository's ``examples/``, ``queries/`` and ``ontologies/``, and must show exactly what
they print. When kgraph changes on purpose, regenerate them with ``make readme``
(``python tests/test_docs.py --update``) and read the diff before committing it.
"""
from __future__ import annotations

import contextlib
import difflib
import io
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
BLOCK = re.compile(
    r"(?P<head><!-- \[\[\[(?P<kind>run|pycon)\]\]\] -->\n```[a-z]*\n)(?P<body>.*?)"
    r"(?P<tail>```\n<!-- \[\[\[end\]\]\] -->)", re.S)


def _section(text: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, f"README has no '## {heading}' section"
    return match.group(1)


def _commands(body: str) -> list[list[str]]:
    """The ``$ `` commands of a console block, each with its continuation lines."""
    lines = body.splitlines()
    commands, i = [], 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        command = [lines[i]]
        i += 1
        while True:
            try:
                shlex.split("\n".join(command)[2:])
                break
            except ValueError:  # an open quote: the command goes on
                if i >= len(lines):
                    raise AssertionError(f"unclosed quote in README: {command[0]}") from None
                command.append(lines[i])
                i += 1
        commands.append(command)
    return commands


def _run_console(body: str) -> str:
    from click.testing import CliRunner

    from kgraph.cli import main

    out: list[str] = []
    commands = _commands(body)
    assert commands, f"a README run block has no '$ kgraph' command:\n{body}"
    for command in commands:
        argv = shlex.split("\n".join(command)[2:])
        assert argv[0] == "kgraph", f"README run blocks may only call kgraph: {command[0]}"
        result = CliRunner().invoke(main, argv[1:], prog_name="kgraph")
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        out += command + result.output.rstrip("\n").splitlines()
    return "\n".join(out) + "\n"


def _statements(body: str) -> list[str]:
    statements: list[list[str]] = []
    for line in body.splitlines():
        if line.startswith(">>> "):
            statements.append([line[4:]])
        elif line.startswith("... ") or line == "...":
            statements[-1].append(line[4:])
    return ["\n".join(s) for s in statements]


def _run_pycon(body: str, namespace: dict) -> str:
    out: list[str] = []
    for source in _statements(body):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            exec(compile(source + "\n", "<README>", "single"), namespace)  # noqa: S102
        lines = source.splitlines()
        out += [">>> " + lines[0], *("... " + line for line in lines[1:])]
        if lines[0].rstrip().endswith(":"):  # a compound statement ends with an empty line
            out.append("...")
        out += buf.getvalue().rstrip("\n").splitlines()
    return "\n".join(out) + "\n"


def render(text: str, workdir: Path) -> list[tuple[str, str]]:
    """(what the README shows, what kgraph prints) for every checked block, in order."""
    for folder in ("examples", "queries", "ontologies"):  # what README commands read
        (workdir / folder).symlink_to(REPO / folder, target_is_directory=True)
    namespace: dict = {}
    pairs = []
    old = Path.cwd()
    os.chdir(workdir)
    try:
        for match in BLOCK.finditer(text):
            body = match.group("body")
            fresh = (_run_console(body) if match.group("kind") == "run"
                     else _run_pycon(body, namespace))
            pairs.append((body, fresh))
    finally:
        os.chdir(old)
    return pairs


_DURATION = re.compile(r"\b\d+(?:\.\d+)? ?(?:s|ms|seconds?)\b")


def same(shown: str, fresh: str) -> bool:
    """Equal but for durations ("checked in 0.6 s"), which differ from run to run."""
    return _DURATION.sub("<time>", shown) == _DURATION.sub("<time>", fresh)


def update() -> int:
    """Rewrite the output of every checked README block; returns how many changed."""
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        pairs = iter(render(text, Path(tmp)))
    changed = 0

    def replace(match: re.Match) -> str:
        nonlocal changed
        shown, fresh = next(pairs)
        if same(shown, fresh):  # keep the text as it is when only timings differ
            return match.group(0)
        changed += 1
        return match.group("head") + fresh + match.group("tail")

    README.write_text(BLOCK.sub(replace, text), encoding="utf-8")
    return changed


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_readme_examples_show_what_kgraph_prints(readme, tmp_path):
    pairs = render(readme, tmp_path)
    assert len(pairs) >= 8, "README lost its checked examples"
    for shown, fresh in pairs:
        if not same(shown, fresh):
            diff = "\n".join(difflib.unified_diff(shown.splitlines(), fresh.splitlines(),
                                                  "README.md", "kgraph prints", lineterm=""))
            pytest.fail("README example out of date; check the change, then run "
                        f"`make readme`:\n{diff}")


def test_quick_start_is_make_demo_and_make_test(readme):
    quick = _section(readme, "Quick start")
    commands = re.findall(r"^(?:\$ )?(make \S+)$", quick, re.M)
    assert commands == ["make demo", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    demo = re.search(r"^demo:.*?\n((?:\t.*\n)+)", makefile, re.M).group(1)
    assert "kgraph build examples/articles --out outputs" in demo


def test_make_demo_says_it_installs_before_the_quiet_install_starts(tmp_path):
    """pip runs with --quiet for 1-3 minutes on a fresh clone: without a line first, a new
    user sees nothing happen."""
    import shutil
    import subprocess

    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    planned = subprocess.run([make, "-n", "demo", f"VENV={tmp_path / 'venv'}"], cwd=REPO,
                             capture_output=True, text=True, timeout=60).stdout.splitlines()
    first_pip = next(i for i, line in enumerate(planned) if "pip install" in line)
    assert any("installing kgraph" in line for line in planned[:first_pip])


def _all_commands():
    from kgraph.cli import main

    return sorted(main.commands.items())


@pytest.mark.parametrize(("name", "command"), _all_commands())
def test_every_command_is_in_the_cli_reference(readme, name, command):
    reference = _section(readme, "CLI reference")
    assert f"### `kgraph {name}`" in reference
    assert f"$ kgraph {name} --help" in reference


@pytest.mark.parametrize(("name", "command"), _all_commands())
def test_every_command_and_option_has_help_text(name, command):
    import click

    assert command.help and command.help.strip(), name
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"kgraph {name} {param.opts[0]} has no help text"


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/test_docs.py --update   (rewrites README example output)")
    print(f"README.md: {update()} example block(s) changed")
