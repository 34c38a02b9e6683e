"""The README's TRL and verifiers examples run as written (verifiers against ``metacot serve``)."""

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[3] / "README.md"


def block(heading: str, language: str = "python") -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1]
    return re.search(rf"```{language}\n(.*?)```", section, re.S).group(1)


def test_readme_trl_example__trains_two_grpo_steps(tmp_path, monkeypatch):
    pytest.importorskip("trl")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRL_EXPERIMENTAL_SILENCE", "1")
    namespace: dict = {}
    code = compile(block("### TRL: GRPO with a multi-turn"), "README-trl-example", "exec")
    exec(code, namespace)  # noqa: S102  (trusted: our own README, not user input)
    assert namespace["trainer"].state.global_step == 2


def test_readme_verifiers_example__plays_an_episode(monkeypatch, capsys):
    pytest.importorskip("verifiers.v1")
    pytest.importorskip("agents.serving")  # the serve extra
    from agents.serving.process import served
    from agents.serving.server import TINY_MODEL_NAME

    monkeypatch.setenv("OPENAI_API_KEY", "local")
    section = "### verifiers: a taskset and a step env"
    assert "vf-eval metacot-verifiers" in block(section, "bash")
    with served("--tiny") as server:
        namespace = {"BASE_URL": server.url, "MODEL": TINY_MODEL_NAME}
        code = compile(block(section), "README-verifiers-example", "exec")
        exec(code, namespace)  # noqa: S102  (trusted: our own README, not user input)
    trace = namespace["trace"]
    actions = trace.info["metacot"]["actions"]
    assert actions and len(trace.assistant_messages) == len(actions)
    assert str(trace.rewards["episode_return"].score) in capsys.readouterr().out
