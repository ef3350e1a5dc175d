"""A small corpus written on the fly for the build tests (incremental, parallel, dask, progress).

Five short articles, German and English, each with facts no other article states, so
a test can tell which article a triple came from; one is HTML, one Markdown.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

ARTICLES = {
    "en/airbnb.txt": "Airbnb bets on Qwen\n\nAirbnb uses Alibaba's Qwen for its customer "
                     "service, CEO Brian Chesky said on Monday.\n",
    "en/microsoft.txt": "Microsoft and OpenAI\n\nMicrosoft invested $10 billion in OpenAI. "
                        "Satya Nadella is the CEO of Microsoft.\n",
    "de/samsung.md": "# Samsung setzt auf ChatGPT\n\nSamsung setzt auf ChatGPT von OpenAI. "
                     "Naver und Samsung kooperieren bei Rechenzentren.\n",
    "de/sap.html": "<html><head><title>SAP übernimmt Aleph Alpha</title></head><body><article>"
                   "<h1>SAP übernimmt Aleph Alpha</h1><p>Der Softwarekonzern SAP übernimmt das "
                   "Heidelberger Start-up Aleph Alpha. SAP-Chef Christian Klein sprach von einem "
                   "wichtigen Schritt.</p></article></body></html>",
    "en/nvidia.txt": "Nvidia backs Mistral\n\nNvidia backed Mistral AI in a funding round. "
                     "Mistral AI released Mistral Large on Tuesday.\n",
}
EXTRA = ("en/meta.txt", "Meta and Llama\n\nMeta released Llama 4 on Friday. Spotify uses "
         "Meta's Llama 4 for its playlists.\n")
OUTPUTS = ("trig", "ttl", "jsonld", "nq", "nt")
RDF_FILES = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nq", "graph.nt")


def write_corpus(folder: Path, articles: dict[str, str] | None = None) -> Path:
    for name, text in (articles or ARTICLES).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def files(out: Path) -> dict[str, bytes]:
    """The RDF files of a build folder, by name."""
    return {name: (out / name).read_bytes() for name in RDF_FILES if (out / name).exists()}


def quads(out: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
