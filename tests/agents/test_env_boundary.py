"""Agents talk to envs through the Gymnasium API and SearchableEnv only."""

import ast
from pathlib import Path

import pytest

AGENTS = Path(__file__).resolve().parents[2] / "agents"
ENV_INTERNALS = {"task", "state", "search_tree", "_state", "_tree", "_task"}


@pytest.mark.parametrize("path", sorted(AGENTS.rglob("*.py")), ids=lambda p: p.name)
def test_agent_code__never_reads_env_internals(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    reads = [
        f"{path.name}:{node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ENV_INTERNALS
    ]
    assert not reads, f"agent code reads env internals (use SearchableEnv): {reads}"
