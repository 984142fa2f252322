"""Generate a realistic synthetic corpus for the speed benchmark (our own generator, no real texts).

Each document is a ~600-word wire report about a pair of countries: a dateline, a title, diplomatic
sentences of the kinds the extractors look for (visits, talks, pledges, positions, trade figures) making
up at least half of the sentences, background sentences, boilerplate, and now and then a related-story
block. A share of the documents are reposts of earlier ones (duplicates with other boilerplate).

    python benchmarks/generate_corpus.py OUT_DIR --n 1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("Kenya", "Kenyan", "Nairobi"), ("Indonesia", "Indonesian", "Jakarta"), ("Peru", "Peruvian", "Lima"),
    ("Chile", "Chilean", "Santiago"), ("Ghana", "Ghanaian", "Accra"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Poland", "Polish", "Warsaw"), ("Egypt", "Egyptian", "Cairo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Morocco", "Moroccan", "Rabat"), ("Norway", "Norwegian", "Oslo"), ("Kazakhstan", "Kazakh", "Astana"),
    ("Mexico", "Mexican", "Mexico City"), ("Nigeria", "Nigerian", "Abuja"), ("Turkey", "Turkish", "Ankara"),
    ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"), ("Serbia", "Serbian", "Belgrade"),
    ("Uzbekistan", "Uzbek", "Tashkent"), ("Argentina", "Argentine", "Buenos Aires"),
]
FIELDS = ["trade", "investment", "energy", "agriculture", "transport and logistics", "digital economy", "health",
          "education", "tourism", "climate change", "defence", "science and technology", "culture", "finance"]
PROJECTS = ["a railway link", "a deep-water port", "a solar power plant", "a joint research centre",
            "an industrial park", "a fertilizer plant", "a free trade zone", "a direct air route"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
BACKGROUND = [
    "The meeting took place amid growing interest in regional cooperation.",
    "Observers noted that the economies of both countries have grown steadily in recent years.",
    "The visit was covered widely by local media, and crowds gathered near the venue.",
    "Officials from several ministries accompanied the delegation.",
    "The region has seen rising demand for infrastructure and energy.",
    "Both governments have faced pressure to diversify their export markets.",
    "Commentators described the atmosphere of the talks as cordial and businesslike.",
    "A number of business leaders also travelled with the delegation.",
]
BOILERPLATE = ["Share this article: Facebook | Twitter | WhatsApp", "Leave a Reply",
               "Your email address will not be published. Required fields are marked *",
               "© 2025 Example Wire. All rights reserved.", "Photo: Example Wire"]


def _document(rng: random.Random, day: date) -> tuple[str, dict]:
    (a, a_dem, a_cap), (b, b_dem, b_cap) = rng.sample(COUNTRIES, 2)
    weekday = WEEKDAYS[day.weekday()] if day.weekday() < 5 else "Sunday"
    amount = round(rng.uniform(0.5, 40.0), 1)
    growth = round(rng.uniform(1, 30), 1)
    year = day.year
    diplomatic = [
        f"{a_dem} President and {b_dem} President held talks in {b_cap} on {weekday}.",
        f"The {a_dem} president paid a state visit to {b} from {day.day} to {min(day.day + 2, 28)} {day.strftime('%B %Y')}.",
        f"The two sides agreed to strengthen cooperation in {rng.choice(FIELDS)} and {rng.choice(FIELDS)}.",
        f"{a} and {b} will build {rng.choice(PROJECTS)} by {year + rng.randint(1, 6)}.",
        f"The two sides signed {rng.randint(2, 12)} agreements on {rng.choice(FIELDS)}, {rng.choice(FIELDS)} and {rng.choice(FIELDS)}.",
        f"{a} is willing to expand imports of agricultural products from {b}.",
        f"{b} encourages its companies to invest in {a}.",
        f"The two sides will hold the next meeting of the joint commission before the end of {year}.",
        f"Bilateral trade between {a} and {b} reached ${amount} billion in {year - 1}, up {growth} percent year on year.",
        f"The two countries set the goal of raising bilateral trade to ${round(amount * 2, 1)} billion by {year + 5}.",
        f"{a} supports {b}'s bid to host the next regional summit.",
        "Both sides expressed concern over the situation in the region and called for dialogue.",
        f"{b} firmly opposes any interference in the internal affairs of {a}.",
        f"The ministers of {a} and {b} met in {a_cap} last month to prepare the visit.",
        f"{a} and {b} plan to launch direct flights between {a_cap} and {b_cap} in {year + 1}.",
    ]
    rng.shuffle(diplomatic)
    sentences = diplomatic[: rng.randint(9, 13)]
    background = rng.sample(BACKGROUND, 5)
    body = []
    for i, sentence in enumerate(sentences):
        body.append(sentence)
        if i < len(background) and rng.random() < 0.6:
            body.append(background[i])
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    # Pad to about 600 words with more diplomatic and background prose.
    while sum(len(p.split()) for p in paragraphs) < 560:
        paragraphs.append(" ".join(rng.sample(diplomatic, 2) + rng.sample(BACKGROUND, 1)))
    title = f"{a} and {b} deepen cooperation during {a_dem} leader's visit"
    parts = [title, f"Example Wire, {day.day} {day.strftime('%B %Y')}", *paragraphs]
    if rng.random() < 0.3:
        c, _c_dem, c_cap = rng.choice(COUNTRIES)
        parts.append(f"Related stories: Floods hit parts of {c} as heavy rain continues near {c_cap}.")
    parts.extend(rng.sample(BOILERPLATE, 3))
    return "\n\n".join(parts) + "\n", {"title": title, "published": day.isoformat()}


def generate(out: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    start = date(2023, 1, 2)
    written: list[Path] = []
    texts: list[str] = []
    for i in range(n):
        if texts and rng.random() < 0.05:
            text = texts[rng.randrange(len(texts))].replace("Example Wire", "Mirror News")  # a late repost
        else:
            text, _meta = _document(rng, start + timedelta(days=rng.randint(0, 900)))
            texts.append(text)
        path = out / f"doc_{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    # Hidden, so a run over the folder passes it over instead of listing it as an unsupported file.
    (out / ".manifest.json").write_text(json.dumps({"n": n, "seed": seed}), encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = generate(args.out, args.n, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} documents, {words} words ({words / len(paths):.0f} per document) to {args.out}")


if __name__ == "__main__":
    main()
