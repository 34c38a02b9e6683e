"""Leaderboard plots (matplotlib, the ``plots`` extra): success against compute, and per Math level.

Per family, ``<family>.png`` puts every agent's success rate (with its 95% interval)
against the wall-clock seconds it spent per episode (log scale), one marker per
eval set; ``math-levels.png`` shows the success of each agent on procedural Math
levels 1-3. Plots render without a display (the Agg backend) and are written
through a temporary file, so a failed render never leaves half an image.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.leaderboard import families, label_of, latest_runs
from agents.results import ResultRow

MARKERS = "osD^v<>Pp*hX"
LEVELS = (1, 2, 3)


class PlotsUnavailable(RuntimeError):
    """matplotlib is not installed (``pip install -e ".[plots]"``)."""


def planned_plots(rows: Sequence[ResultRow], min_episodes: int = 1) -> dict[str, str]:
    """``{family or "Math levels": file name}`` of the plots :func:`render_plots` writes."""
    kept = _kept(rows, min_episodes)
    names = {family: f"{slug(family)}.png" for family in families(kept)}
    if any(_family(r) == "Math" and _level(r) is not None for r in kept):
        names["Math levels"] = "math-levels.png"
    return names


def render_plots(
    rows: Sequence[ResultRow], out_dir: Path, min_episodes: int = 1
) -> dict[str, Path]:
    """Write the plots of ``rows`` (newest run per config, ``min_episodes`` or more) to ``out_dir``.

    Returns ``{family or "Math levels": path}`` for every plot written.
    """
    plt = _pyplot()
    kept = _kept(rows, min_episodes)
    written: dict[str, Path] = {}
    for key, name in planned_plots(rows, min_episodes).items():
        if key == "Math levels":
            levels = [r for r in kept if _family(r) == "Math" and _level(r) is not None]
            figure = _math_levels(plt, levels)
        else:
            figure = _success_vs_compute(plt, key, [r for r in kept if _family(r) == key])
        _save(plt, figure, out_dir / name)
        written[key] = out_dir / name
    return written


def _kept(rows: Sequence[ResultRow], min_episodes: int) -> list[ResultRow]:
    return [row for row, _ in latest_runs(rows) if row.episodes >= min_episodes]


def slug(family: str) -> str:
    """A file name for a family (``Game of 24`` -> ``game-of-24``)."""
    return re.sub(r"[^a-z0-9]+", "-", family.lower()).strip("-") or "family"


def _success_vs_compute(plt: Any, family: str, rows: list[ResultRow]) -> Any:
    labels = sorted({label_of(r) for r in rows})
    short = short_set_labels(labels)
    agents = sorted({r.agent for r in rows})
    entries = len(agents) + len(labels)
    # the legend goes under the axes, two columns; the figure grows with it
    figure, axes = plt.subplots(figsize=(8.0, 4.2 + 0.16 * ((entries + 1) // 2)), dpi=100)
    colors = plt.get_cmap("tab10" if len(agents) <= 10 else "tab20")
    palette = 10 if len(agents) <= 10 else 20
    for row in rows:
        x = max(row.wall_seconds / row.episodes, 1e-4)
        y = row.success_rate
        color = colors(agents.index(row.agent) % palette)
        marker = MARKERS[labels.index(label_of(row)) % len(MARKERS)]
        axes.errorbar(x, y, yerr=_error_bar(row), fmt=marker, color=color, capsize=3)
    for agent in agents:
        axes.plot([], [], "o", color=colors(agents.index(agent) % palette), label=agent)
    for label in labels:
        marker = MARKERS[labels.index(label) % len(MARKERS)]
        axes.plot([], [], marker, color="black", label=short[label])
    axes.set_xscale("log")
    axes.set_ylim(-0.03, 1.03)
    axes.set_xlabel("wall-clock seconds per episode (log; 2 shared CPU cores)")
    axes.set_ylabel("success rate (95% Wilson interval)")
    axes.set_title(f"{family}: success vs compute")
    axes.grid(True, alpha=0.3)
    axes.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False)
    figure.tight_layout()
    return figure


def short_set_labels(labels: Sequence[str]) -> dict[str, str]:
    """Each eval-set label without the ``key=value`` parts every such label of the plot shares
    (``width=5`` when all spelled-out sets are 5x5), so the legend names what tells the sets
    apart; named sets (``7x7``) keep their names."""
    parts = {label: label.split(", ") for label in labels}
    spelled = [set(pieces) for label, pieces in parts.items() if "=" in label]
    shared = set.intersection(*spelled) if len(spelled) > 1 else set()
    short = {}
    for label, pieces in parts.items():
        kept = [piece for piece in pieces if piece not in shared]
        short[label] = ", ".join(kept) if kept else label
    return short


def _error_bar(row: ResultRow) -> list[list[float]]:
    """Distances from the rate to its interval's ends; rounding can put an end a hair past the
    rate (a rate of 1.0 with ``ci_high`` 0.9999999999999999), which matplotlib refuses."""
    y = row.success_rate
    return [[max(y - row.ci_low, 0.0)], [max(row.ci_high - y, 0.0)]]


def _math_levels(plt: Any, rows: list[ResultRow]) -> Any:
    figure, axes = plt.subplots(figsize=(7.5, 4.0), dpi=100)
    agents = sorted({r.agent for r in rows})
    width = 0.8 / max(len(agents), 1)
    colors = plt.get_cmap("tab10")
    for k, agent in enumerate(agents):
        for row in (r for r in rows if r.agent == agent):
            level = _level(row)
            assert level is not None
            x = level - 0.4 + width * (k + 0.5)
            y = row.success_rate
            axes.bar(
                x,
                y,
                width,
                color=colors(k % 10),
                label=agent if level == _first(rows, agent) else None,
            )
            axes.errorbar(
                x,
                y,
                yerr=_error_bar(row),
                fmt="none",
                ecolor="black",
                capsize=2,
            )
    axes.set_xticks(LEVELS, [f"level {level}" for level in LEVELS])
    axes.set_ylim(0, 1.05)
    axes.set_ylabel("success rate (95% Wilson interval)")
    axes.set_title("Math (procedural): success per level")
    axes.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    figure.tight_layout()
    return figure


def _first(rows: list[ResultRow], agent: str) -> int | None:
    levels = [_level(r) for r in rows if r.agent == agent]
    return min((lv for lv in levels if lv is not None), default=None)


def _family(row: ResultRow) -> str:
    from agents.eval_sets import family_of

    return family_of(row.env_id)


def _level(row: ResultRow) -> int | None:
    kwargs = row.env_kwargs
    level = kwargs.get("level")
    if kwargs.get("data_path") or isinstance(level, bool) or level not in LEVELS:
        return None
    return int(level)


def _save(plt: Any, figure: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.stem}.{os.getpid()}.tmp.png")
    try:
        figure.savefig(temporary, format="png", metadata={"Software": None}, bbox_inches="tight")
        temporary.replace(path)
    finally:
        plt.close(figure)
        temporary.unlink(missing_ok=True)


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError:
        raise PlotsUnavailable(
            'plots need matplotlib: pip install -e ".[plots]" (tables are rendered without it)'
        ) from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt
