"""How the grader's pure layers scale with the size of a reply (`make bench-audit`).

For replies of growing size it times, in one run: extraction from a fenced reply, the region
self-containment check, the textual pre-check of the spliced file and the audit of a printed
program of the same size. It prints seconds per MiB and the growth ratio t(4x) / (4 * t(x)),
which stays near 1 for linear work (a quadratic audit shows ~4).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from runners.languages.base import region_containment
from runners.languages.dafny import audit_source
from runners.languages.dafny_printed import audit_printed
from runners.languages.dafny import Dafny
from runners.lexer import DAFNY
from runners.regions import splice
from runners.tasks import load_task

ROOT = Path(__file__).resolve().parent.parent
# Honest-looking helper code: bodies, set displays, quantifiers, attributes, strings, comments.
UNIT = ("lemma {:induction false} L#N(x: int, s: set<int>)\n  requires x in s && {1} <= s\n"
        "  ensures forall k {:trigger k in s} :: k in s ==> k in s + {x}\n{\n"
        "  var t := @\"C:\\\"; // a comment\n  /* nested /* comment */ */\n"
        "  while x < 0\n    invariant var y := x; y <= 0\n  {\n  }\n}\n\n")


def helpers_of_size(size: int) -> str:
    parts, total, n = [], 0, 0
    while total < size:
        text = UNIT.replace("#N", str(n))
        parts.append(text)
        total += len(text)
        n += 1
    return "".join(parts)


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="65536,262144,1048576", help="region sizes in bytes, comma separated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    task = load_task(ROOT / "tasks" / "gcd")
    files = task.files("dafny")
    dafny = Dafny()
    template_view = splice(files.template, {"helpers": "", "code": ""})
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        helpers = helpers_of_size(size)
        contents = {"helpers": helpers, "code": files.reference_regions["code"]}
        reply = "```dafny\n// <vc:helpers>\n" + helpers + "// </vc:helpers>\n// <vc:code>\n" + contents["code"] + "// </vc:code>\n```\n"
        source = splice(files.template, contents)
        timings = {
            "extract": best_of(lambda: dafny.extract(reply, task), args.repeat),
            "containment": best_of(lambda: region_containment(contents, DAFNY), args.repeat),
            "pre-check": best_of(lambda: audit_source(source), args.repeat),
            "parsed-program audit": best_of(lambda: audit_printed(source, template_view, {"Gcd"}), args.repeat),
        }
        rows.append((len(helpers), timings))
    names = list(rows[0][1])
    print(f"{'bytes':>9} " + " ".join(f"{n:>22}" for n in names) + "   (seconds, best of %d)" % args.repeat)
    for size, timings in rows:
        print(f"{size:>9} " + " ".join(f"{timings[n]:>22.3f}" for n in names))
    print()
    for name in names:
        per_mib = [t[name] / (s / 2**20) for s, t in rows]
        growth = [(rows[i + 1][1][name] / rows[i][1][name]) / (rows[i + 1][0] / rows[i][0])
                  for i in range(len(rows) - 1) if rows[i][1][name] > 0]
        print(f"{name:>22}: {statistics.median(per_mib):.3f} s per MiB; growth ratio t(kx)/(k*t(x)) = "
              + ", ".join(f"{g:.2f}" for g in growth) + " (1.0 = linear)")


if __name__ == "__main__":
    main()
