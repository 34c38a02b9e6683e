"""The README's env table and examples stay true."""

import re
from pathlib import Path

from agents.cli import main
from metacot_envs.registry import ENV_SPECS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_env_table__is_what_metacot_envs_writes(tmp_path):
    copy = tmp_path / "README.md"
    copy.write_text(README.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["envs", "--write", str(copy)]) == 0
    assert copy.read_text(encoding="utf-8") == README.read_text(encoding="utf-8"), (
        "the README env table is stale: run `metacot envs --write README.md`"
    )
    assert all(f"| `{spec.id}` |" in README.read_text(encoding="utf-8") for spec in ENV_SPECS)


def test_readme_commands__match_ci():
    text = README.read_text(encoding="utf-8")
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    test_command = re.findall(r"```bash\n(.*?)\n```", text, re.S)[1]
    assert test_command in ci


def test_readme_search_example__runs_as_written():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"### Search mode and the Meta-CoT\n\n```python\n(.*?)```", text, re.S).group(
        1
    )
    lines = [line for line in block.splitlines() if not line.startswith("print")]
    import gymnasium as gym

    import metacot_envs  # noqa: F401

    namespace = {"gym": gym}
    code = compile("\n".join(lines), "README-search-example", "exec")
    exec(code, namespace)  # noqa: S102  (trusted: our own README, not user input)
    assert namespace["info"]["trace"] == ("13-9=4", "10-4=6", "6*4=24")


def test_readme_best_first_example__solves_its_episode():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"`backtrack <node>` whenever.*?```python\n(.*?)```", text, re.S).group(1)
    import gymnasium as gym

    import metacot_envs  # noqa: F401

    namespace = {"gym": gym}
    exec(compile(block, "README-best-first-example", "exec"), namespace)  # noqa: S102  (our README)
    record = namespace["record"]
    assert record.solved and record.episode_return == 1.0 and record.meta_cot
    assert record.compute.prm_calls > 0 and record.env_steps >= 3


def test_readme_searchable_example__runs_as_written():
    text = README.read_text(encoding="utf-8")
    block = re.search(r"### SearchableEnv.*?```python\n(.*?)```", text, re.S).group(1)
    import gymnasium as gym

    import metacot_envs  # noqa: F401

    namespace = {"gym": gym}
    exec(compile(block, "README-searchable-example", "exec"), namespace)  # noqa: S102  (our README)
    assert len(namespace["values"]) == len(namespace["children"]) > 0
    assert namespace["plan"] and namespace["child"] == namespace["children"][0][1]
