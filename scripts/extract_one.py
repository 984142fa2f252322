"""Run prepare + analyse + extract on one file and print the records (development aid)."""

import sys
from pathlib import Path

from pactline.core.options import Options
from pactline.extractors import run_extractors
from pactline.language.analysis import analyse
from pactline.reading.ingest import InputItem, read_item
from pactline.reading.prepare import prepare

raw = read_item(InputItem(sys.argv[1], Path(sys.argv[1])), Options())[0]
doc = prepare(raw, Options())
ex = run_extractors(analyse(doc))
what = sys.argv[2] if len(sys.argv) > 2 else "events"
for r in getattr(ex, what):
    if what == "events":
        print(r.date, r.date_confidence, r.type, r.mode, r.parties, r.location, "|", r.summary, "|", r.evidence[0].quote[:80])
    elif what == "commitments":
        print(r.kind[:3], r.modality, r.parties, r.domains, r.deadline, "|", r.text[:120])
    else:
        print(r)
