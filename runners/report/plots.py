"""The report's plots (matplotlib, headless), each saved as SVG and PNG."""

from __future__ import annotations

from pathlib import Path

from runners.report.analysis import FAIL_CATEGORIES, PASS, ReportData

MATRIX_CODES = {"pass": 1.0, "fail": 0.0, "cheat": -0.5, "error": -1.0, "incomplete": -1.0}


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update({"svg.hashsalt": "vericode", "font.size": 9, "axes.spines.top": False,
                                "axes.spines.right": False})
    import matplotlib.pyplot as plt

    return plt


def _save(fig, out: Path, name: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{name}.svg", out / f"{name}.png"]
    fig.savefig(paths[0], bbox_inches="tight", metadata={"Date": None})
    fig.savefig(paths[1], bbox_inches="tight", dpi=130)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return paths


def success_by_round(data: ReportData, out: Path) -> list[Path]:
    plt = _pyplot()
    langs = data.langs or ["-"]
    fig, axes = plt.subplots(1, len(langs), figsize=(4.2 * len(langs), 3.2), squeeze=False, sharey=True)
    for ax, lang in zip(axes[0], langs):
        for c in (c for c in data.cells if c.lang == lang and c.by_round):
            ax.plot(range(1, len(c.by_round) + 1), [100 * v for v in c.by_round], marker="o", label=c.label)
        ax.set_title(lang)
        ax.set_xlabel("repair round")
        ax.set_ylim(-3, 103)
        ax.set_xticks(range(1, max(data.max_rounds, 1) + 1))
        ax.grid(alpha=0.3)
    axes[0][0].set_ylabel("cumulative pass rate (%)")
    axes[0][-1].legend(fontsize=7, loc="lower right")
    return _save(fig, out, "success_by_round")


def success_vs_cost(data: ReportData, out: Path) -> list[Path]:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(5, 3.4))
    priced = all(c.cost.cost_known and c.cost.cost_usd > 0 for c in data.cells if c.keys)
    points: dict[tuple[float, float], list[str]] = {}
    for c in (c for c in data.cells if c.keys):
        x = c.cost.cost_usd if priced else c.cost.prompt_tokens + c.cost.completion_tokens
        points.setdefault((x, 100 * c.pass_final), []).append(f"{c.label} / {c.lang}")
    for (x, y), names in points.items():  # rows at the same point share one marker and one label
        ax.scatter([x], [y])
        ax.annotate("\n".join(names), (x, y), fontsize=7, xytext=(4, 3), textcoords="offset points")
    ax.set_xlabel("cost ($)" if priced else "tokens (no price known for every configuration)")
    ax.set_ylabel("pass after repair (%)")
    ax.set_ylim(-3, 103)
    ax.grid(alpha=0.3)
    return _save(fig, out, "success_vs_cost")


def taxonomy_bars(data: ReportData, out: Path) -> list[Path]:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(3.5, 1.4 * len(data.langs) + 2), 3.4))
    cats = [c for c in FAIL_CATEGORIES if any(data.taxonomy[lang].get(c) for lang in data.langs)]
    bottoms = [0.0] * len(data.langs)
    cmap = plt.get_cmap("tab20")
    for i, cat in enumerate(cats):
        shares = []
        for lang in data.langs:
            total = sum(data.taxonomy[lang].values())
            shares.append(100 * data.taxonomy[lang].get(cat, 0) / total if total else 0.0)
        ax.bar(data.langs, shares, bottom=bottoms, label=cat, color=cmap(i % 20))
        bottoms = [b + s for b, s in zip(bottoms, shares)]
    ax.set_ylabel("share of failing rounds (%)")
    if cats:
        ax.legend(fontsize=7, bbox_to_anchor=(1.02, 1), loc="upper left")
    else:
        ax.text(0.5, 0.5, "no failing rounds", ha="center", transform=ax.transAxes)
    return _save(fig, out, "taxonomy")


def transition_heatmap(data: ReportData, out: Path) -> list[Path]:
    plt = _pyplot()
    counts: dict[tuple[str, str], int] = {}
    for lang in data.langs:
        for key, n in data.transitions[lang].items():
            src, dst = key.split(" → ")
            counts[(src, dst)] = counts.get((src, dst), 0) + n
    order = [c for c in FAIL_CATEGORIES if any(c in k for k in counts)]
    rows, cols = order or ["none"], (order + [PASS]) if order else [PASS]
    grid = [[counts.get((r, c), 0) for c in cols] for r in rows]
    fig, ax = plt.subplots(figsize=(1 + 0.7 * len(cols), 1 + 0.45 * len(rows)))
    ax.imshow(grid, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(cols)), cols, rotation=45, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlabel("next round")
    ax.set_ylabel("round")
    top = max((max(r) for r in grid), default=0)
    for i, r in enumerate(grid):
        for j, n in enumerate(r):
            if n:
                ax.text(j, i, str(n), ha="center", va="center", fontsize=7, color="white" if n > top / 2 else "black")
    ax.set_title("round-to-round transitions (all languages)")
    return _save(fig, out, "transitions")


def task_matrix(data: ReportData, out: Path) -> list[Path]:
    plt = _pyplot()
    from matplotlib.colors import BoundaryNorm, ListedColormap

    cols = [f"{c.label} / {c.lang}" for c in data.cells]
    tasks = sorted(data.matrix)
    grid = []
    for task in tasks:
        row = []
        for col in cols:
            text = data.matrix[task].get(col)
            if text is None:
                row.append(float("nan"))
            elif text.startswith("r") and text[1:].isdigit():
                row.append(1.0)
            elif "/" in text.split(" ")[0]:
                k, n = text.split(" ")[0].split("/")
                row.append(int(k) / int(n) if int(n) else -1.0)
            else:
                row.append(MATRIX_CODES.get(text, -1.0))
        grid.append(row)
    fig, ax = plt.subplots(figsize=(1.5 + 0.9 * max(len(cols), 1), 1 + 0.22 * max(len(tasks), 1)))
    # error/incomplete -1 grey, cheat -0.5 red, fail 0 orange, some samples pass (0, 1) light greens, pass 1 green
    cmap = ListedColormap(["#bbbbbb", "#d62728", "#ff9f40", "#c7e9c0", "#74c476", "#238b45"])
    norm = BoundaryNorm([-1.5, -0.75, -0.25, 1e-9, 0.5, 1 - 1e-9, 1.5], cmap.N)
    ax.imshow(grid or [[float("nan")]], cmap=cmap, norm=norm, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(cols)), cols, rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(len(tasks)), tasks, fontsize=7)
    ax.set_title("task × configuration (green pass, orange fail, red cheat, grey error/incomplete)", fontsize=8)
    return _save(fig, out, "task_matrix")


PLOTS = [success_by_round, success_vs_cost, taxonomy_bars, transition_heatmap, task_matrix]


def write_plots(data: ReportData, out: Path) -> list[Path]:
    paths: list[Path] = []
    for plot in PLOTS:
        paths += plot(data, out)
    return paths
