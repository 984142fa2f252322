"""Print a compact view of a Pactline database for eyeballing (development aid)."""

import json
import subprocess
import sys

db = sys.argv[1]
what = sys.argv[2]
out = subprocess.run([sys.executable, "-m", "pactline.cli", "export", "--what", what, "--db", db], capture_output=True, text=True, check=True).stdout
for line in out.splitlines():
    r = json.loads(line)
    if what == "events":
        srcs = ",".join(s.split("/")[-1][:3] for s in r["sources"])
        print(f"{r['date']}..{r['date_end'] or ''} [{r['date_confidence'][:3]}] {r['type']}/{r['mode']} {r['cameo']} {','.join(r['parties'])} @{r['location']} | {r['summary'][:90]} | {srcs} n={len(r['mentions'])}")
    elif what == "commitments":
        src = r["evidence"][0]["source"].split("/")[-1][:3]
        print(f"{src} {r['kind'][:3]} {r['modality']:<9} {','.join(r['parties']):<8} {','.join(r['domains']):<28} dl={r['deadline']} st={r['status']} | {r['text'][:110]}")
    elif what == "facts":
        print(f"{r['measure']} {r['value']} {r['unit']} {r['period_start']}..{r['period_end']} chg={r['change_pct']} bound={r['bound']} tgt={r['is_target']} {r['parties']} | {r['subject']}")
    elif what == "links":
        d = r["detail"]
        d = {k: v for k, v in d.items() if k != "pairs"}
        print(f"{r['kind']} {r['a']} {r['b']} {r['score']:.3f} {json.dumps(d)[:160]}")
    else:
        print(json.dumps({k: v for k, v in r.items() if k != "text"})[:600])
