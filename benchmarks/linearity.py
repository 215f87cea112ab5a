"""Whether coding time grows in step with an article's length: time per token for articles of
N sentences, from a few hundred to 12,000 (near the character budget) (reliability issue: "every stage
is linear in the article's size"). The sentences include a statement's "we" and a "they" read back
across the article (a look-back per pronoun over the whole text was quadratic once).

    python benchmarks/linearity.py [--sentences 500 1000 2000 4000 8000 12000] [--json]

Each article is made of short news-like sentences written here (countries, verbs and days
drawn by a seeded generator; a paragraph break every five sentences), coded in process by
the installed coder with the per-article wall-time budget lifted (it is what is measured), and
by spaCy alone on the same text. Prints seconds, tokens, microseconds per token and the
ratio of the largest article's time per token to the smallest's (1.0: linear).
"""

from __future__ import annotations

import argparse
import json
import random
import time

COUNTRIES = (
    "Colombia", "Venezuela", "Kenya", "Uganda", "Peru", "Chile", "Ghana", "Nigeria", "Poland", "Hungary",
    "Vietnam", "Thailand", "Egypt", "Jordan", "Bolivia", "Ecuador", "Norway", "Sweden", "Nepal", "Bhutan",
)  # fmt: skip
SENTENCES = (
    "{a} accused {b} of harboring rebels on {d}.",
    "The foreign minister of {a} met his counterpart from {b} in the capital on {d}.",
    "{a} imposed new tariffs on goods from {b} after talks failed.",
    "Police in {a} arrested dozens of protesters on {d}, officials said.",
    "{a} and {b} signed an agreement to share water from the river.",
    "Troops from {a} shelled positions near the border with {b} overnight.",
    "{a} urged {b} to release the detained journalists.",
    "Aid groups said {a} sent food and medicine to {b} on {d}.",
    # a statement's own voice: "we" is read back to the issuer the text names
    "We condemn the raid on the border post and call on {b} to withdraw.",
    "They discussed trade with officials from {a} on {d}.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(n: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rnd.sample(COUNTRIES, 2)
        out.append(rnd.choice(SENTENCES).format(a=a, b=b, d=rnd.choice(DAYS)))
        out.append("\n\n" if i % 5 == 4 else " ")
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[500, 1000, 2000, 4000, 8000, 12000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    from detente.coder import Coder
    from detente.pipeline import Pipeline

    coder = Coder()
    coder.pipeline = Pipeline(coder.pipeline.stages, max_seconds=24 * 3600.0)
    nlp = coder.services.nlp
    coder.code(article(50))  # warm the caches once
    rows = []
    for n in args.sentences:
        text = article(n)
        started = time.perf_counter()
        doc = nlp(text)
        spacy_s = time.perf_counter() - started
        started = time.perf_counter()
        events = coder.code(text, published="2025-06-02")
        coder_s = time.perf_counter() - started
        rows.append(
            {
                "sentences": n,
                "characters": len(text),
                "tokens": len(doc),
                "events": len(events),
                "spacy_seconds": round(spacy_s, 2),
                "coder_seconds": round(coder_s, 2),
                "spacy_us_per_token": round(1e6 * spacy_s / len(doc), 1),
                "coder_us_per_token": round(1e6 * coder_s / len(doc), 1),
            }
        )
        if not args.json:
            r = rows[-1]
            print(
                f"{n:6d} sentences {r['tokens']:8d} tokens  spaCy {r['spacy_seconds']:7.2f} s "
                f"({r['spacy_us_per_token']:6.1f} us/token)  coder {r['coder_seconds']:7.2f} s "
                f"({r['coder_us_per_token']:6.1f} us/token)  {r['events']} events",
                flush=True,
            )
    growth = rows[-1]["coder_us_per_token"] / rows[0]["coder_us_per_token"]
    if args.json:
        print(json.dumps({"rows": rows, "coder_per_token_growth": round(growth, 2)}, indent=1))
    else:
        print(f"coder time per token, largest / smallest article: {growth:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
