#!/usr/bin/env python3
"""Regenerates the definition and analysis parts of docs/models/NAME.md from the spec and
`./egt4j analyze --markdown`, keeping the hand-written story. Run from the project root:
python3 docs/models/regenerate.py windmill knowledge ...  (no names: every model document)."""
import re, subprocess, sys, pathlib

names = sys.argv[1:] or [p.stem for p in pathlib.Path("docs/models").glob("*.md") if p.stem != "knowledge-zh"]
for name in names:
    doc = pathlib.Path(f"docs/models/{name}.md")
    story = re.search(r"## The story\n\n(.*?)\n\n## Definition", doc.read_text(), re.S).group(1)
    md = subprocess.run(["./egt4j", "analyze", f"examples/games/{name}.yaml", "--markdown"], capture_output=True, text=True, check=True).stdout
    md = re.sub(r"^# ", "## ", md, count=1, flags=re.M)
    md = re.sub(r"^## (Model|Replicator equations|Stability of the pure profiles \(exact eigenvalues\)|Rest points|Continua of rest points|Conditions and thresholds)$", r"### \1", md, flags=re.M)
    spec = pathlib.Path(f"examples/games/{name}.yaml").read_text().rstrip()
    doc.write_text(f"""# Model: {name}

Spec: [`examples/games/{name}.yaml`](../../examples/games/{name}.yaml). Run
`./egt4j analyze examples/games/{name}.yaml` for the full report with figures (in `out/{name}/`).

## The story

{story}

## Definition

The spec is the model's precise definition: actors (populations), strategies, every payoff term
(expected payoffs per strategy) and the parameters with their meanings, defaults and ranges.

```yaml
{spec}
```

## Analysis at the defaults

The tables below are exactly what `./egt4j analyze examples/games/{name}.yaml --markdown` prints.

{md}""")
    print("regenerated", doc)
